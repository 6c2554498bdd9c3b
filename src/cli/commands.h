// The kenes subcommands. Each Add* registers one on the app; its callback (made by Command, in
// cli/context.h) runs the command and sets the process exit code through `exit_code`.
#pragma once

#include <CLI/CLI.hpp>

namespace kenes::cli {

void AddInit(CLI::App& app, int& exit_code);
void AddServe(CLI::App& app, int& exit_code);
void AddDemo(CLI::App& app, int& exit_code);
void AddImport(CLI::App& app, int& exit_code);
void AddExport(CLI::App& app, int& exit_code);
void AddStats(CLI::App& app, int& exit_code);
void AddGazetteer(CLI::App& app, int& exit_code);
void AddExtract(CLI::App& app, int& exit_code);
void AddReport(CLI::App& app, int& exit_code);
void AddGen(CLI::App& app, int& exit_code);
void AddMigrate(CLI::App& app, int& exit_code);
void AddBackup(CLI::App& app, int& exit_code);
void AddUser(CLI::App& app, int& exit_code);
void AddToken(CLI::App& app, int& exit_code);
void AddAudit(CLI::App& app, int& exit_code);
void AddResults(CLI::App& app, int& exit_code);
void AddClaims(CLI::App& app, int& exit_code);
void AddPublication(CLI::App& app, int& exit_code);

}  // namespace kenes::cli
