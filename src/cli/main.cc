// kenes: the command line. Every command is a thin front end over the ledger, as the HTTP server
// is; the two agree because they call the same code.
#include <spdlog/spdlog.h>

#include <cstdio>
#include <exception>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"kenes: the operations system of a nationwide explanatory campaign"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "kenes 0.1.0");
  int exit_code = 0;
  kenes::cli::AddInit(app, exit_code);
  kenes::cli::AddServe(app, exit_code);
  kenes::cli::AddDemo(app, exit_code);
  kenes::cli::AddImport(app, exit_code);
  kenes::cli::AddExport(app, exit_code);
  kenes::cli::AddStats(app, exit_code);
  kenes::cli::AddGazetteer(app, exit_code);
  kenes::cli::AddExtract(app, exit_code);
  kenes::cli::AddReport(app, exit_code);
  kenes::cli::AddGen(app, exit_code);
  kenes::cli::AddMigrate(app, exit_code);
  kenes::cli::AddBackup(app, exit_code);
  kenes::cli::AddUser(app, exit_code);
  kenes::cli::AddToken(app, exit_code);
  kenes::cli::AddAudit(app, exit_code);
  kenes::cli::AddResults(app, exit_code);
  kenes::cli::AddPublication(app, exit_code);
  kenes::cli::AddClaims(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::exception& e) {
    // A bug: say so plainly rather than crash without a word.
    std::fprintf(stderr, "kenes: internal error: %s\n", e.what());
    return 70;
  }
  return exit_code;
}
