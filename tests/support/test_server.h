// A real kenes server on loopback for a test: a fresh SQLite file with the reference data of
// data/ and a campaign, the HTTP server on a free port, and an HTTP client pointed at it.
#pragma once

#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "crypto/participant_hasher.h"
#include "ledger/ledger.h"
#include "server/server.h"
#include "store/store.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes::testing {

// A reply with its body parsed (null when it is not JSON).
struct Reply {
  int status = 0;
  nlohmann::json body;
  std::string raw;
  httplib::Headers headers;
};

class TestServer {
 public:
  // The campaign runs from 2026-02-12 to 2026-03-14. With `with_demo`, the sample campaign of
  // data/demo is loaded too.
  explicit TestServer(bool with_demo = false);
  ~TestServer();

  Reply Get(const std::string& path);
  Reply Post(const std::string& path, const nlohmann::json& body);
  Reply Patch(const std::string& path, const nlohmann::json& body);
  Reply Delete(const std::string& path);
  // A request with a body sent as given.
  Reply Send(const std::string& method, const std::string& path, const std::string& body,
             const std::string& content_type);

  Ledger& ledger() { return *ledger_; }
  Server& server() { return *server_; }
  int port() const { return port_; }

 private:
  TempDir dir_;
  TestDatabase database_{dir_};
  std::unique_ptr<Store> store_;
  std::unique_ptr<ParticipantHasher> hasher_;
  std::unique_ptr<Ledger> ledger_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
};

}  // namespace kenes::testing
