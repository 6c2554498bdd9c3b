// The real gazetteer and catalog (data/places.csv, data/segments.csv, data/provisions.csv) for the
// publish tests, read once.
#pragma once

#include <string>
#include <vector>

#include "core/catalog.h"
#include "core/gazetteer.h"
#include "core/place.h"

namespace kenes::publish::testing {

const Gazetteer& ShippedGazetteer();
const std::vector<Segment>& ShippedSegments();
const std::vector<Provision>& ShippedProvisions();

// `code`'s place up to its region, most specific first, as the ledger hands it to the writer.
std::vector<Place> Chain(const std::string& code);

}  // namespace kenes::publish::testing
