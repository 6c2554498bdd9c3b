// Breaks the layer rule twice, for tests/layers: core includes a module above it and a library.
#pragma once

#include <sqlite3.h>

#include <string>

#include "core/result.h"
#include "store/store.h"
