#include "cli/background_writer.h"

#include <unistd.h>

#include <cerrno>

namespace kenes::cli {
namespace {

constexpr std::size_t kMostWaiting = 2;

// Writes all of `text` to `fd`, through short writes and interruptions; errno on failure, else 0.
int WriteAll(int fd, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
    if (wrote < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    done += static_cast<std::size_t>(wrote);
  }
  return 0;
}

}  // namespace

BackgroundWriter::BackgroundWriter(int fd) : fd_(fd), thread_([this] { Run(); }) {}

BackgroundWriter::~BackgroundWriter() { Finish(); }

void BackgroundWriter::Write(std::string& piece) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return waiting_.size() < kMostWaiting; });
  waiting_.push_back(std::move(piece));
  piece.clear();
  if (!spare_.empty()) {
    piece.swap(spare_.back());
    spare_.pop_back();
  }
  changed_.notify_all();
}

int BackgroundWriter::Finish() {
  {
    std::lock_guard lock(mutex_);
    finishing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  return error_;
}

void BackgroundWriter::Run() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [&] { return !waiting_.empty() || finishing_; });
    if (waiting_.empty()) return;
    std::string piece = std::move(waiting_.front());
    waiting_.pop_front();
    const bool failed = error_ != 0;
    lock.unlock();
    const int error = failed ? 0 : WriteAll(fd_, piece);
    piece.clear();
    lock.lock();
    if (error && !error_) error_ = error;
    spare_.push_back(std::move(piece));
    changed_.notify_all();
  }
}

}  // namespace kenes::cli
