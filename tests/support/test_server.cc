#include "support/test_server.h"

#include <stdexcept>

#include "ledger/demo.h"
#include "ledger/reference_data.h"

namespace kenes::testing {
namespace {

template <class T>
T Must(Result<T> result, const char* what) {
  if (!result.ok()) {
    throw std::runtime_error(std::string(what) + ": " + result.error().field + ": " +
                             result.error().message);
  }
  return std::move(result).value();
}

Reply ReplyOf(const httplib::Result& result) {
  if (!result) throw std::runtime_error("no reply from the test server");
  Reply reply{result->status, nullptr, result->body, result->headers};
  if (!result->body.empty()) {
    reply.body = nlohmann::json::parse(result->body, nullptr, false);
    if (reply.body.is_discarded()) reply.body = nullptr;
  }
  return reply;
}

const Actor& Setup() {
  static const Actor actor = Actor::System("test");
  return actor;
}

}  // namespace

TestClient::TestClient(int port, httplib::Headers headers)
    : client_(std::make_unique<httplib::Client>("127.0.0.1", port)) {
  client_->set_connection_timeout(5);
  client_->set_read_timeout(30);
  client_->set_default_headers(std::move(headers));
}

Reply TestClient::Get(const std::string& path) { return ReplyOf(client_->Get(path)); }

Reply TestClient::Post(const std::string& path, const nlohmann::json& body) {
  return Send("POST", path, body.dump(), "application/json");
}

Reply TestClient::Patch(const std::string& path, const nlohmann::json& body) {
  return Send("PATCH", path, body.dump(), "application/json");
}

Reply TestClient::Delete(const std::string& path) { return ReplyOf(client_->Delete(path)); }

Reply TestClient::Send(const std::string& method, const std::string& path, const std::string& body,
                       const std::string& content_type, const httplib::Headers& extra) {
  if (method == "GET") return ReplyOf(client_->Get(path, extra));
  if (method == "POST") return ReplyOf(client_->Post(path, extra, body, content_type));
  if (method == "PATCH") return ReplyOf(client_->Patch(path, extra, body, content_type));
  if (method == "PUT") return ReplyOf(client_->Put(path, extra, body, content_type));
  if (method == "DELETE") {
    if (body.empty()) return ReplyOf(client_->Delete(path, extra));
    return ReplyOf(client_->Delete(path, extra, body, content_type));
  }
  throw std::runtime_error("unsupported method " + method);
}

TestServer::TestServer(bool with_demo) {
  store_ = OpenTestStore(database_);
  hasher_ = std::make_unique<ParticipantHasher>(
      Must(ParticipantHasher::LoadOrCreate(dir_.File("kenes.key")), "key"));
  ledger_ = Must(Ledger::Open(*store_, hasher_.get()), "ledger");
  AccountsOptions options;
  options.password_cost = TestPasswordCost();
  accounts_ = std::make_unique<Accounts>(*ledger_, options);
  Must(LoadReferenceData(*ledger_, KENES_DATA_DIR), "reference data");
  Must(ledger_->CreateCampaign(Setup(), {0, "Тестовая кампания", Date::FromCivil(2026, 2, 12),
                                         Date::FromCivil(2026, 3, 14), std::nullopt}),
       "campaign");
  if (with_demo) {
    const Status loaded = LoadDemo(*ledger_, KENES_DATA_DIR);
    if (!loaded.ok()) {
      throw std::runtime_error("demo: " + loaded.error().field + ": " + loaded.error().message);
    }
  }
  ServerOptions server_options;
  server_options.port = 0;
  server_options.threads = 4;
  server_ = std::make_unique<Server>(*ledger_, *accounts_, server_options);
  port_ = Must(server_->Bind(), "bind");
  thread_ = std::thread([this] { server_->Run(); });
  admin_token_ = TokenFor({"admin", Role::kAdmin, {}, {}, {}});
  admin_ = std::make_unique<TestClient>(WithToken(admin_token_));
}

TestServer::~TestServer() {
  server_->Stop();
  thread_.join();
}

std::string TestServer::TokenFor(NewUser user) {
  const std::string name = user.name;
  Must(accounts_->CreateUser(Setup(), std::move(user)), "account");
  return Must(accounts_->CreateToken(Setup(), name, "test", 1), "token").token;
}

TestClient TestServer::As(Role role, std::optional<Id> organization_id) {
  NewUser user;
  user.name = std::string(RoleName(role)) + std::to_string(++accounts_made_);
  user.role = role;
  if (role == Role::kCoordinator) user.region_code = "350000000";
  if (role == Role::kReporter) user.organization_id = organization_id;
  return WithToken(TokenFor(std::move(user)));
}

TestClient TestServer::WithToken(const std::string& token) {
  return TestClient(port_, {{"Authorization", "Bearer " + token}});
}

TestClient TestServer::Anonymous() { return TestClient(port_, {}); }

}  // namespace kenes::testing
