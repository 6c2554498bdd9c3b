#include "server/shared_answer.h"

namespace kenes::http {

Reply SharedAnswers::Answer(const std::string& key, const std::function<Reply()>& compute) {
  std::promise<Reply> promise;
  std::shared_future<Reply> future;
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
      promise.set_value(compute());
    } catch (...) {
      promise.set_exception(std::current_exception());
      done();
      throw;
    }
    done();
  }
  return future.get();  // rethrows what the computing request threw
}

}  // namespace kenes::http
