// Breaks the layer rule, for tests/layers: extract includes the ledger, which sits above it.
#pragma once

#include "core/result.h"
#include "ledger/ledger.h"
