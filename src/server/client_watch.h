// Stops the database work of a request whose client has gone. A dashboard asked for by a browser
// tab that was closed, or a report whose caller gave up, would otherwise hold its admission slot,
// a connection and a core until its time limit: a client that sends costly requests and hangs up
// at once could keep the server busy for nobody.
//
// Each request watched gets a stop flag for its QueryDeadline. A thread looks at the watched
// requests' connections ten times a second and raises the flag of one whose client has closed
// it (the kernel saw the client's FIN or a reset), then calls `on_abandoned`, which cancels
// what the store runs for raised flags (Store::InterruptStopped). Like nginx, a client that shuts
// only its sending side is taken as gone: HTTP clients do not do that and wait for the answer.
// A server stopping raises every flag (StopAll), as it did its own.
//
// httplib 0.11 does not tell a handler its connection, so the watch finds it by the addresses
// the request came with; only requests still running after a tenth of a second are looked for,
// so the quick ones (nearly all) cost a lock and nothing else.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kenes::http {

class ClientWatch {
 public:
  explicit ClientWatch(std::function<void()> on_abandoned);
  ~ClientWatch();
  ClientWatch(const ClientWatch&) = delete;
  ClientWatch& operator=(const ClientWatch&) = delete;

  // A request being watched, from its start to its answer.
  class Watched {
   public:
    ~Watched();
    Watched(const Watched&) = delete;
    Watched& operator=(const Watched&) = delete;
    // The flag the request's work stops on.
    const std::atomic<bool>* stop() const;
    // Whether its client went away before the answer.
    bool abandoned() const;

   private:
    friend class ClientWatch;
    struct Entry;
    Watched(ClientWatch& watch, std::unique_ptr<Entry> entry);
    ClientWatch& watch_;
    std::unique_ptr<Entry> entry_;
  };

  // Watches `request`'s connection until the result is destroyed. Its flag is raised already if
  // the server is stopping.
  std::unique_ptr<Watched> Watch(const httplib::Request& request);

  // The server is stopping: every request's flag is raised, now and from now on.
  void StopAll();

 private:
  void Run();
  // Finds the connections of the entries not yet looked for that have run a while.
  void FindSockets(std::chrono::steady_clock::time_point now);
  // Raises the flag of every entry whose client has closed its connection; how many it raised.
  int RaiseAbandoned();

  std::function<void()> on_abandoned_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Watched::Entry*> entries_;
  bool stopping_ = false;
  bool quitting_ = false;
  std::thread thread_;
};

}  // namespace kenes::http
