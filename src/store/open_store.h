// Opens the store a --db option names: a file path (or "sqlite:PATH") is an embedded SQLite
// database; "postgresql://..." (or "postgres://...") a PostgreSQL server. Callers never name a
// backend themselves.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/clock.h"
#include "store/store.h"

namespace kenes {

// `clock` stamps what the store records; it must outlive the store.
Result<std::unique_ptr<Store>> OpenStore(const std::string& location,
                                         const Clock& clock = SystemClock());

// True when `location` names a file on this machine (SQLite) rather than a server.
bool IsFileStore(const std::string& location);

// The file path of a file store ("sqlite:PATH" -> PATH). REQUIRES: IsFileStore(location).
std::string FileStorePath(const std::string& location);

}  // namespace kenes
