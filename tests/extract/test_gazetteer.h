// A small gazetteer for the extractor's tests, built in code so that the tests do not depend on
// data/places.csv: the regions of Kazakhstan and the districts, towns and villages the test
// texts name. The codes follow the KATO layout (region, district, okrug, settlement) but below
// the regions they are illustrative, not the official ones.
#pragma once

#include "core/gazetteer.h"

namespace kenes::extract::testing {

// Built once; shared by every test.
const Gazetteer& TestGazetteer();

}  // namespace kenes::extract::testing
