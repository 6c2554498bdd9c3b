// Runs a program as a child process, as a user would from a shell: arguments, standard input,
// captured output, exit code, and signals (a test kills the server mid-write with SIGKILL).
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace kenes::testing {

struct Completed {
  int exit_code = -1;  // -1 when killed by a signal
  std::string out;
  std::string err;
};

// Runs to completion. `input` is written to its standard input.
Completed Run(const std::vector<std::string>& argv, const std::string& input = {});

// A child left running, its output going to files in `output_dir`.
class Child {
 public:
  Child(const std::vector<std::string>& argv, const std::string& output_dir);
  ~Child();  // kills the child if it still runs
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  // Waits until the child's standard output contains `text`, or `seconds` pass; returns the
  // output so far either way.
  std::string WaitForOutput(const std::string& text, double seconds);
  // The port a started kenes server announced ("... at http://127.0.0.1:PORT/ ..."), or 0 when it
  // announced none within 30 seconds.
  int AnnouncedPort();
  void Signal(int signal);
  // Waits for the child to end; returns its exit code, or -signal when a signal ended it.
  int Wait();
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  std::string out_path_;
  bool reaped_ = false;
};

// The path of the kenes binary under test.
std::string KenesBinary();

}  // namespace kenes::testing
