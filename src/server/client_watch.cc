#include "server/client_watch.h"

#include <dirent.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdlib>

namespace kenes::http {
namespace {

// How often the watch looks, and how long a request runs before its connection is looked for.
constexpr auto kInterval = std::chrono::milliseconds(100);

// The numeric address and port of a socket's end, as httplib gives them in a request.
bool AddressOf(const sockaddr_storage& address, socklen_t length, std::string& host, int& port) {
  char text[NI_MAXHOST], service[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, text, sizeof text, service,
                  sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
    return false;
  }
  host = text;
  port = std::atoi(service);
  return true;
}

}  // namespace

struct ClientWatch::Watched::Entry {
  std::string remote_addr;
  int remote_port = -1;
  int local_port = -1;
  std::chrono::steady_clock::time_point started;
  int socket = -1;
  bool looked_for = false;
  std::atomic<bool> stop{false};
  std::atomic<bool> abandoned{false};
};

ClientWatch::Watched::Watched(ClientWatch& watch, std::unique_ptr<Entry> entry)
    : watch_(watch), entry_(std::move(entry)) {}

ClientWatch::Watched::~Watched() {
  std::lock_guard lock(watch_.mutex_);
  std::erase(watch_.entries_, entry_.get());
}

const std::atomic<bool>* ClientWatch::Watched::stop() const { return &entry_->stop; }

bool ClientWatch::Watched::abandoned() const { return entry_->abandoned.load(); }

ClientWatch::ClientWatch(std::function<void()> on_abandoned)
    : on_abandoned_(std::move(on_abandoned)), thread_([this] { Run(); }) {}

ClientWatch::~ClientWatch() {
  {
    std::lock_guard lock(mutex_);
    quitting_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

std::unique_ptr<ClientWatch::Watched> ClientWatch::Watch(const httplib::Request& request) {
  auto entry = std::make_unique<Watched::Entry>();
  entry->remote_addr = request.remote_addr;
  entry->remote_port = request.remote_port;
  entry->local_port = request.local_port;
  entry->started = std::chrono::steady_clock::now();
  std::lock_guard lock(mutex_);
  entry->stop = stopping_;
  entries_.push_back(entry.get());
  if (entries_.size() == 1) changed_.notify_all();
  return std::unique_ptr<Watched>(new Watched(*this, std::move(entry)));
}

void ClientWatch::StopAll() {
  std::lock_guard lock(mutex_);
  stopping_ = true;
  for (Watched::Entry* entry : entries_) entry->stop = true;
}

void ClientWatch::Run() {
  std::unique_lock lock(mutex_);
  while (!quitting_) {
    if (entries_.empty()) {
      changed_.wait(lock, [&] { return quitting_ || !entries_.empty(); });
      continue;
    }
    if (changed_.wait_for(lock, kInterval, [&] { return quitting_; })) break;
    // Under the lock throughout: a watched request's connection stays open until its entry
    // leaves, so no socket looked at here can have been closed and its number reused.
    FindSockets(std::chrono::steady_clock::now());
    if (RaiseAbandoned() > 0) {
      lock.unlock();
      on_abandoned_();
      lock.lock();
    }
  }
}

void ClientWatch::FindSockets(std::chrono::steady_clock::time_point now) {
  std::vector<Watched::Entry*> wanted;
  for (Watched::Entry* entry : entries_) {
    if (!entry->looked_for && now - entry->started >= kInterval) wanted.push_back(entry);
  }
  if (wanted.empty()) return;
  for (Watched::Entry* entry : wanted) entry->looked_for = true;
  DIR* fds = opendir("/proc/self/fd");
  if (!fds) return;  // not Linux's /proc: requests are not watched, only time-limited
  const int own = dirfd(fds);
  while (const dirent* item = readdir(fds)) {
    char* end = nullptr;
    const long number = std::strtol(item->d_name, &end, 10);
    if (end == item->d_name || *end != '\0' || number == own) continue;
    const int fd = static_cast<int>(number);
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) continue;
    std::string host;
    int local_port = -1;
    if (!AddressOf(address, length, host, local_port)) continue;
    length = sizeof address;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) continue;
    int remote_port = -1;
    if (!AddressOf(address, length, host, remote_port)) continue;
    for (Watched::Entry* entry : wanted) {
      if (entry->socket < 0 && entry->local_port == local_port &&
          entry->remote_port == remote_port && entry->remote_addr == host) {
        entry->socket = fd;
      }
    }
  }
  closedir(fds);
}

int ClientWatch::RaiseAbandoned() {
  std::vector<pollfd> polled;
  std::vector<Watched::Entry*> owners;
  for (Watched::Entry* entry : entries_) {
    if (entry->socket < 0 || entry->stop) continue;
    polled.push_back({entry->socket, POLLRDHUP, 0});
    owners.push_back(entry);
  }
  if (polled.empty() || poll(polled.data(), polled.size(), 0) <= 0) return 0;
  int raised = 0;
  for (std::size_t i = 0; i < polled.size(); ++i) {
    if ((polled[i].revents & (POLLRDHUP | POLLHUP | POLLERR)) == 0) continue;
    owners[i]->abandoned = true;
    owners[i]->stop = true;
    ++raised;
  }
  return raised;
}

}  // namespace kenes::http
