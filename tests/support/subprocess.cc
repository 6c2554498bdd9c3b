#include "support/subprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/temp_dir.h"

namespace kenes::testing {
namespace {

std::vector<char*> ArgvOf(const std::vector<std::string>& argv) {
  std::vector<char*> pointers;
  for (const std::string& arg : argv) pointers.push_back(const_cast<char*>(arg.c_str()));
  pointers.push_back(nullptr);
  return pointers;
}

std::string Slurp(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
}

int ExitCodeOf(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  return -1;
}

}  // namespace

std::string KenesBinary() {
#ifdef KENES_BINARY
  return KENES_BINARY;
#else
  throw std::runtime_error("KENES_BINARY is not defined for this test program");
#endif
}

Completed Run(const std::vector<std::string>& argv, const std::string& input) {
  TempDir dir;
  const std::string in = dir.File("in"), out = dir.File("out"), err = dir.File("err");
  std::ofstream(in, std::ios::binary) << input;
  const pid_t pid = fork();
  if (pid == 0) {
    const int in_fd = open(in.c_str(), O_RDONLY);
    const int out_fd = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err_fd = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    auto args = ArgvOf(argv);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return {ExitCodeOf(status), Slurp(out), Slurp(err)};
}

Child::Child(const std::vector<std::string>& argv, const std::string& output_dir) {
  // Each child its own files: a restarted server must not be read for the first one's output.
  static std::atomic<int> children{0};
  const std::string name = output_dir + "/child-" + std::to_string(++children);
  out_path_ = name + ".out";
  const std::string err_path = name + ".err";
  pid_ = fork();
  if (pid_ == 0) {
    const int out_fd = open(out_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    auto args = ArgvOf(argv);
    execv(args[0], args.data());
    _exit(127);
  }
}

Child::~Child() {
  if (!reaped_ && pid_ > 0) {
    kill(pid_, SIGKILL);
    Wait();
  }
}

int Child::AnnouncedPort() {
  const std::string output = WaitForOutput("http://127.0.0.1:", 30);
  std::smatch match;
  if (!std::regex_search(output, match, std::regex(R"(http://127\.0\.0\.1:(\d+)/)"))) return 0;
  return std::stoi(match[1]);
}

std::string Child::WaitForOutput(const std::string& text, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  std::string output;
  while (std::chrono::steady_clock::now() < deadline) {
    output = Slurp(out_path_);
    if (output.find(text) != std::string::npos) return output;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return output;
}

void Child::Signal(int signal) { kill(pid_, signal); }

int Child::Wait() {
  int status = 0;
  waitpid(pid_, &status, 0);
  reaped_ = true;
  return ExitCodeOf(status);
}

}  // namespace kenes::testing
