#include "support/test_database.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <pqxx/pqxx>
#include <stdexcept>

#include "store/open_store.h"

namespace kenes::testing {
namespace {

const char* PostgresServer() {
  const char* url = std::getenv("KENES_TEST_POSTGRES");
  return url && *url ? url : nullptr;
}

void RunOnServer(const std::string& sql) {
  pqxx::connection connection(PostgresServer());
  pqxx::nontransaction work(connection);
  work.exec(sql);
}

}  // namespace

bool TestingPostgres() { return PostgresServer() != nullptr; }

TestDatabase::TestDatabase(const TempDir& dir, const std::string& name) {
  if (!TestingPostgres()) {
    location_ = dir.File(name);
    return;
  }
  static std::atomic<int> count{0};
  schema_ = "t" + std::to_string(getpid()) + "_" + std::to_string(++count);
  RunOnServer("CREATE SCHEMA " + schema_);
  const std::string server = PostgresServer();
  location_ = server + (server.find('?') == std::string::npos ? "?" : "&") +
              "options=-csearch_path%3D" + schema_;
}

TestDatabase::~TestDatabase() {
  if (schema_.empty()) return;
  try {
    RunOnServer("DROP SCHEMA " + schema_ + " CASCADE");
  } catch (const std::exception&) {
    // A server already stopped takes its schemas with it.
  }
}

std::unique_ptr<Store> OpenTestStore(const TestDatabase& database, const Clock& clock) {
  auto store = OpenStore(database.location(), clock);
  if (!store.ok()) throw std::runtime_error("open store: " + store.error().message);
  return std::move(store).value();
}

}  // namespace kenes::testing
