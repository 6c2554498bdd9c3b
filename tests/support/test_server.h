// A real kenes server on loopback for a test: a fresh SQLite file with the reference data of
// data/ and a campaign, the HTTP server on a free port, and HTTP clients pointed at it. The
// server's own methods (Get, Post, ...) act as an administrator with an API token; As() gives a
// client acting as another account, Anonymous() one that sends no credential.
#pragma once

#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "crypto/participant_hasher.h"
#include "crypto/password.h"
#include "ledger/accounts.h"
#include "ledger/ledger.h"
#include "server/server.h"
#include "store/store.h"
#include "support/temp_dir.h"
#include "support/test_database.h"

namespace kenes::testing {

// The cheapest Argon2id libsodium allows, for tests that sign in with passwords: the real cost
// (60 ms a hash) would make the suite slow without testing anything more.
inline PasswordCost TestPasswordCost() { return {1, 8192}; }

// A reply with its body parsed (null when it is not JSON).
struct Reply {
  int status = 0;
  nlohmann::json body;
  std::string raw;
  httplib::Headers headers;
};

class TestClient {
 public:
  // `headers` go with every request (e.g. Authorization).
  TestClient(int port, httplib::Headers headers);

  Reply Get(const std::string& path);
  Reply Post(const std::string& path, const nlohmann::json& body);
  Reply Patch(const std::string& path, const nlohmann::json& body);
  Reply Delete(const std::string& path);
  // A request with a body sent as given, and headers beside the default ones.
  Reply Send(const std::string& method, const std::string& path, const std::string& body,
             const std::string& content_type, const httplib::Headers& extra = {});

 private:
  std::unique_ptr<httplib::Client> client_;
};

class TestServer {
 public:
  // The campaign runs from 2026-02-12 to 2026-03-14. With `with_demo`, the sample campaign of
  // data/demo is loaded too.
  // `admission`, when given, limits costly requests as ServerOptions::admission does.
  explicit TestServer(bool with_demo = false,
                      std::optional<http::Admission::Limits> admission = std::nullopt);
  ~TestServer();

  Reply Get(const std::string& path) { return admin_->Get(path); }
  Reply Post(const std::string& path, const nlohmann::json& body) {
    return admin_->Post(path, body);
  }
  Reply Patch(const std::string& path, const nlohmann::json& body) {
    return admin_->Patch(path, body);
  }
  Reply Delete(const std::string& path) { return admin_->Delete(path); }
  Reply Send(const std::string& method, const std::string& path, const std::string& body,
             const std::string& content_type, const httplib::Headers& extra = {}) {
    return admin_->Send(method, path, body, content_type, extra);
  }

  // Creates an account (without a password) and returns an API token for it.
  std::string TokenFor(NewUser user);
  // A client acting as a new account of `role`: a coordinator of Karaganda region (350000000),
  // a reporter of `organization_id`.
  TestClient As(Role role, std::optional<Id> organization_id = std::nullopt);
  TestClient WithToken(const std::string& token);
  // Another client acting as the administrator the server's own methods use, with a connection
  // of its own (for requests sent at once from several threads).
  TestClient Admin() { return WithToken(admin_token_); }
  TestClient Anonymous();

  Ledger& ledger() { return *ledger_; }
  Accounts& accounts() { return *accounts_; }
  Server& server() { return *server_; }
  int port() const { return port_; }
  // Where the campaign is kept, for a test that opens a store of its own beside the server's.
  const TestDatabase& database() const { return database_; }
  // The SQLite database file, for tests that read its bytes. REQUIRES: not TestingPostgres().
  std::string database_path() const { return database_.location(); }

 private:
  TempDir dir_;
  TestDatabase database_{dir_};
  std::unique_ptr<Store> store_;
  std::unique_ptr<ParticipantHasher> hasher_;
  std::unique_ptr<Ledger> ledger_;
  std::unique_ptr<Accounts> accounts_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::unique_ptr<TestClient> admin_;
  std::string admin_token_;
  int accounts_made_ = 0;
};

}  // namespace kenes::testing
