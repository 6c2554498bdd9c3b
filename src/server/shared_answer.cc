#include "server/shared_answer.h"

namespace kenes::http {

void SharedAnswers::Answer(const std::string& key, httplib::Response& response,
                           const std::function<void(httplib::Response&)>& compute) {
  std::promise<Kept> promise;
  std::shared_future<Kept> future;
  bool mine = false;
  {
    std::lock_guard lock(mutex_);
    auto found = in_flight_.find(key);
    if (found != in_flight_.end()) {
      future = found->second;
    } else {
      future = promise.get_future().share();
      in_flight_.emplace(key, future);
      mine = true;
    }
  }
  if (mine) {
    const auto done = [&] {
      std::lock_guard lock(mutex_);
      in_flight_.erase(key);
    };
    try {
      httplib::Response computed;
      compute(computed);
      promise.set_value(Kept{computed.status, computed.body,
                             computed.get_header_value("Content-Type"), computed.headers});
    } catch (...) {
      promise.set_exception(std::current_exception());
      done();
      throw;
    }
    done();
  }
  const Kept& kept = future.get();  // rethrows what the computing request threw
  response.status = kept.status;
  for (const auto& [name, value] : kept.headers) {
    if (name != "Content-Type" && name != "Content-Length") response.set_header(name, value);
  }
  response.set_content(kept.body, kept.content_type);
}

}  // namespace kenes::http
