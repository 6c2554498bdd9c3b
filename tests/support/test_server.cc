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

}  // namespace

TestServer::TestServer(bool with_demo) {
  store_ = OpenTestStore(database_);
  hasher_ = std::make_unique<ParticipantHasher>(
      Must(ParticipantHasher::LoadOrCreate(dir_.File("kenes.key")), "key"));
  ledger_ = Must(Ledger::Open(*store_, hasher_.get()), "ledger");
  Must(LoadReferenceData(*ledger_, KENES_DATA_DIR), "reference data");
  Must(ledger_->CreateCampaign({0, "Тестовая кампания", Date::FromCivil(2026, 2, 12),
                                Date::FromCivil(2026, 3, 14), std::nullopt}),
       "campaign");
  if (with_demo) {
    const Status loaded = LoadDemo(*ledger_, KENES_DATA_DIR);
    if (!loaded.ok()) {
      throw std::runtime_error("demo: " + loaded.error().field + ": " + loaded.error().message);
    }
  }
  ServerOptions options;
  options.port = 0;
  options.threads = 4;
  server_ = std::make_unique<Server>(*ledger_, options);
  port_ = Must(server_->Bind(), "bind");
  thread_ = std::thread([this] { server_->Run(); });
  client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  client_->set_connection_timeout(5);
  client_->set_read_timeout(30);
}

TestServer::~TestServer() {
  server_->Stop();
  thread_.join();
}

Reply TestServer::Get(const std::string& path) { return ReplyOf(client_->Get(path)); }

Reply TestServer::Post(const std::string& path, const nlohmann::json& body) {
  return Send("POST", path, body.dump(), "application/json");
}

Reply TestServer::Patch(const std::string& path, const nlohmann::json& body) {
  return Send("PATCH", path, body.dump(), "application/json");
}

Reply TestServer::Delete(const std::string& path) { return ReplyOf(client_->Delete(path)); }

Reply TestServer::Send(const std::string& method, const std::string& path, const std::string& body,
                       const std::string& content_type) {
  if (method == "POST") return ReplyOf(client_->Post(path, body, content_type));
  if (method == "PATCH") return ReplyOf(client_->Patch(path, body, content_type));
  if (method == "PUT") return ReplyOf(client_->Put(path, body, content_type));
  throw std::runtime_error("unsupported method " + method);
}

}  // namespace kenes::testing
