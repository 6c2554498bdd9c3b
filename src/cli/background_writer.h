// Writes pieces of text to a file descriptor on a thread of its own, so that copying them into
// the file (the kernel's page cache: a third of the processor an export of ten million check-ins
// as JSONL took, 1.7 GB) runs beside the reading and writing of the next piece, on another core.
//
// Memory stays bounded: at most two pieces wait, and a writer that has two waiting holds the
// producer until one is written. The buffers go round: each Write gives back an empty one that
// a written piece left, with its room kept.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kenes::cli {

class BackgroundWriter {
 public:
  // REQUIRES: `fd` is open for writing and outlives the writer; the writer does not close it.
  explicit BackgroundWriter(int fd);
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;
  ~BackgroundWriter();  // finishes, as Finish does

  // Takes `piece` to write and leaves an empty buffer in its place. Waits while two pieces wait.
  // After a failed write, pieces are taken and dropped; Finish says so.
  void Write(std::string& piece);
  // Waits until every piece is written; the errno of the first failed write, or 0.
  int Finish();

 private:
  void Run();

  const int fd_;
  std::mutex mutex_;
  std::condition_variable changed_;  // a piece came, a piece was written, or the end came
  std::deque<std::string> waiting_;  // guarded by mutex_
  std::vector<std::string> spare_;   // guarded by mutex_: written pieces' buffers, emptied
  bool finishing_ = false;           // guarded by mutex_
  int error_ = 0;                    // guarded by mutex_
  std::thread thread_;               // last: started once the rest is made
};

}  // namespace kenes::cli
