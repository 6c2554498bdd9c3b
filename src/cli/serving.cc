#include "cli/serving.h"

#include <pthread.h>
#include <signal.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "cli/context.h"

namespace kenes::cli {

void AddServeOptions(CLI::App& command, ServeOptions& options) {
  command.add_option("--host", options.host, "address to listen on")->capture_default_str();
  command.add_option("--port", options.port, "port to listen on (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  command.add_option("--threads", options.threads, "request threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 256));
  command.add_flag("--secure-cookies", options.secure_cookies,
                   "mark session cookies Secure (when clients reach kenes over HTTPS)");
}

namespace {

sigset_t StopSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

}  // namespace

void BlockStopSignals() {
  // Blocked everywhere, and waited for on one thread of our own: a signal handler may not safely
  // stop the server itself.
  const sigset_t signals = StopSignals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

Status Serve(Ledger& ledger, Accounts& accounts, const ServeOptions& options) {
  const sigset_t stop_signals = StopSignals();

  Server server(ledger, accounts, options);
  KENES_ASSIGN(const int port, server.Bind());
  // The campaign goes into memory before the first request, so the first dashboard is as fast
  // as the rest; a large campaign takes seconds here.
  const auto loading = std::chrono::steady_clock::now();
  KENES_TRY(server.analytics().Refresh());
  std::fprintf(stderr, "kenes: campaign loaded for analytics in %.1f s\n",
               std::chrono::duration<double>(std::chrono::steady_clock::now() - loading).count());
  std::printf(
      "kenes is serving %s at http://%s:%d/ (API: /api/v1, described at "
      "/api/v1/openapi.json); Ctrl-C stops it\n",
      ledger.store().Describe().c_str(), options.host.c_str(), port);
  std::fflush(stdout);

  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    std::fprintf(stderr, "kenes: stopping\n");
    server.Stop();
  });
  server.Run();
  // Run returned: either a signal stopped it, or the listener failed. Wake the waiter either way.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return Ok();
}

void AddServe(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("serve", "Serve the HTTP API over a database");
  auto database = std::make_shared<DatabaseOptions>();
  auto options = std::make_shared<ServeOptions>();
  AddDatabaseOptions(*command, *database);
  AddServeOptions(*command, *options);
  command->callback(Command(exit_code, [=]() -> Status {
    BlockStopSignals();
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    // A database from before accounts existed has nobody who can sign in: say how to fix it
    // rather than serve a wall of 401s.
    if (auto has_users = open.accounts->HasUsers(); has_users.ok() && !*has_users) {
      std::fprintf(
          stderr, "kenes: nobody can sign in yet; `kenes init --db %s` creates the administrator\n",
          database->db.c_str());
    }
    return Serve(*open.ledger, *open.accounts, *options);
  }));
}

}  // namespace kenes::cli
