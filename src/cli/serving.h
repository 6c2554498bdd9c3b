// Running the HTTP server from the command line until SIGINT or SIGTERM.
#pragma once

#include <CLI/CLI.hpp>

#include "core/result.h"
#include "ledger/ledger.h"
#include "server/server.h"

namespace kenes::cli {

using ServeOptions = ServerOptions;

void AddServeOptions(CLI::App& command, ServeOptions& options);

// Blocks SIGINT and SIGTERM in this thread and every thread started after it, so that Serve can
// wait for them; call it first thing in a command that will serve, before the database opens
// (the store starts threads of its own).
void BlockStopSignals();

// Serves `ledger` until the process gets SIGINT or SIGTERM, then returns Ok; an error when the
// port cannot be bound or the campaign cannot be loaded.
// REQUIRES: BlockStopSignals() was called before any thread started.
Status Serve(Ledger& ledger, Accounts& accounts, const ServeOptions& options);

}  // namespace kenes::cli
