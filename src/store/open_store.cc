#include "store/open_store.h"

#include "store/postgres/postgres_store.h"
#include "store/sqlite/sqlite_store.h"

namespace kenes {

bool IsFileStore(const std::string& location) {
  return location.rfind("postgresql://", 0) != 0 && location.rfind("postgres://", 0) != 0;
}

std::string FileStorePath(const std::string& location) {
  return location.rfind("sqlite:", 0) == 0 ? location.substr(7) : location;
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& location, const Clock& clock) {
  if (!IsFileStore(location)) {
    KENES_ASSIGN(auto store, PostgresStore::Open(location, clock));
    return std::unique_ptr<Store>(std::move(store));
  }
  KENES_ASSIGN(auto store, SqliteStore::Open(FileStorePath(location), clock));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace kenes
