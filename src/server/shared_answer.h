// Identical requests in flight at once share one computation: the first to ask for `key` computes
// the answer, the others wait for it and send the same. Polling dashboards ask the same question
// many times a second; with this the server answers it once.
//
// Thread-safety: every method may be called from any thread.
#pragma once

#include <httplib.h>

#include <functional>
#include <future>
#include <map>
#include <mutex>
#include <string>

namespace kenes::http {

class SharedAnswers {
 public:
  // Fills `response` with the answer for `key`, computing it with `compute` (which fills a
  // response of its own) unless a request with the same key is already computing it.
  void Answer(const std::string& key, httplib::Response& response,
              const std::function<void(httplib::Response&)>& compute);

 private:
  struct Kept {
    int status = 200;
    std::string body;
    std::string content_type;
    httplib::Headers headers;
  };
  std::mutex mutex_;  // guards in_flight_
  std::map<std::string, std::shared_future<Kept>> in_flight_;
};

}  // namespace kenes::http
