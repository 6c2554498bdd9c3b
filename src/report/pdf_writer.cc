#include "report/pdf_writer.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "report/files.h"
#include "report/html_writer.h"

extern char** environ;

namespace kenes::report {
namespace {

constexpr auto kTimeLimit = std::chrono::seconds(120);

// Runs `argv` with its output discarded; the exit code, or -1 when it could not start, ran past
// the time limit (then it is killed) or was killed.
int Run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  const auto deadline = std::chrono::steady_clock::now() + kTimeLimit;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

Status WritePdf(const Report& report, const std::string& path) {
  return PrintHtmlToPdf(ReportHtml(report), path);
}

Status PrintHtmlToPdf(const std::string& page, const std::string& path) {
  const char* configured = std::getenv("KENES_CHROMIUM");
  const std::string chromium = configured && *configured ? configured : "/usr/bin/chromium";
  if (access(chromium.c_str(), X_OK) != 0) {
    return Invalid("--format", "PDF is printed by Chromium, which is not at " + chromium +
                                   "; install it (apt-get install chromium) or set "
                                   "KENES_CHROMIUM, or write --format html and print that");
  }
  ScratchFolder scratch("kenes-pdf");
  if (scratch.path().empty()) {
    return Error{ErrorCode::kUnavailable, "cannot create a temporary folder for the PDF", "--out"};
  }
  const std::string html = scratch.path() + "/report.html";
  const std::string pdf = scratch.path() + "/report.pdf";
  KENES_TRY(WriteFileAtomically(html, page));
  const int exit_code =
      Run({chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--user-data-dir=" + scratch.path() + "/profile",
           "--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html});
  std::error_code error;
  if (exit_code != 0 || !std::filesystem::exists(pdf, error)) {
    return Error{
        ErrorCode::kUnavailable,
        "Chromium could not print the page to PDF (exit code " + std::to_string(exit_code) + ")",
        "--format"};
  }
  KENES_ASSIGN(const std::string bytes, ReadWholeFile(pdf, "--format"));
  return WriteFileAtomically(path, bytes);
}

}  // namespace kenes::report
