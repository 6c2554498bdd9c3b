// Keeps the layer rule, for tests/layers: the store includes itself, core and its library.
#pragma once

#include <sqlite3.h>

#include "core/result.h"
#include "store/store.h"
