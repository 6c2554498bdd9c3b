// Identical requests in flight at once share one computation: the first to ask for `key` computes
// the answer, the others wait for it and send the same. Polling dashboards ask the same question
// many times a second; with this the server answers it once.
//
// Thread-safety: every method may be called from any thread.
#pragma once

#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <string>

#include "server/reply.h"

namespace kenes::http {

class SharedAnswers {
 public:
  // The answer for `key`, computed with `compute` unless a request with the same key is already
  // computing it.
  Reply Answer(const std::string& key, const std::function<Reply()>& compute);

 private:
  std::mutex mutex_;  // guards in_flight_
  std::map<std::string, std::shared_future<Reply>> in_flight_;
};

}  // namespace kenes::http
