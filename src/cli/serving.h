// Running the HTTP server from the command line until SIGINT or SIGTERM.
#pragma once

#include <CLI/CLI.hpp>

#include "ledger/ledger.h"
#include "server/server.h"

namespace kenes::cli {

using ServeOptions = ServerOptions;

void AddServeOptions(CLI::App& command, ServeOptions& options);

// Serves `ledger` until the process is asked to stop; returns the exit code.
int Serve(Ledger& ledger, Accounts& accounts, const ServeOptions& options);

}  // namespace kenes::cli
