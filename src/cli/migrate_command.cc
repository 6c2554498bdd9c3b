// kenes migrate and kenes backup: moving and copying a campaign's database.
#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"
#include "cli/context.h"
#include "store/backup.h"
#include "store/migrate.h"
#include "store/open_store.h"

namespace kenes::cli {

void AddMigrate(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "migrate",
      "Move a whole campaign to another database (e.g. from SQLite to PostgreSQL); "
      "resumable, verified by counts and checksums");
  auto from = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>();
  command->add_option("--from", *from, "the database to copy: sqlite:PATH or postgresql://...")
      ->required();
  command->add_option("--to", *to, "the database to fill: postgresql://... or sqlite:PATH")
      ->required();
  command->callback(Command(exit_code, [=]() -> Status {
    const bool terminal = isatty(fileno(stderr));
    KENES_ASSIGN(
        const std::vector<TableCopy> report,
        MigrateDatabase(
            *from, *to, [&](const std::string& table, std::int64_t done, std::int64_t total) {
              if (terminal)
                std::fprintf(stderr, "\r%-22s %10lld / %lld", table.c_str(),
                             static_cast<long long>(done), static_cast<long long>(total));
              if (terminal && done >= total) std::fputc('\n', stderr);
            }));
    std::printf("%-22s %10s %10s  %s\n", "table", "rows", "copied", "checksum");
    for (const TableCopy& table : report) {
      std::printf("%-22s %10lld %10lld  %s\n", table.table.c_str(),
                  static_cast<long long>(table.rows), static_cast<long long>(table.copied),
                  table.checksum.c_str());
    }
    std::printf("every table has the same rows and checksum in both databases\n");
    if (IsFileStore(*from)) {
      std::printf(
          "participant hashes were copied as they are: give every server of the new "
          "database the key file %s.key (--key-file)\n",
          FileStorePath(*from).c_str());
    }
    return Ok();
  }));
}

void AddBackup(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "backup",
      "Copy an SQLite database to a file while kenes keeps serving it (PostgreSQL: "
      "use pg_dump, see docs/operations.md)");
  auto database = std::make_shared<std::string>("kenes.db");
  auto out = std::make_shared<std::string>();
  command->add_option("--db", *database, "the database file")->capture_default_str();
  command->add_option("--out", *out, "the backup file to write")->required();
  command->callback(Command(exit_code, [=]() -> Status {
    if (!IsFileStore(*database)) {
      return Error{ErrorCode::kUnsupported,
                   "kenes backup copies an SQLite file; back PostgreSQL up with pg_dump "
                   "(docs/operations.md)",
                   "db"};
    }
    KENES_ASSIGN(const std::int64_t pages, BackupSqlite(FileStorePath(*database), *out));
    std::printf("backed up %s to %s (%lld pages)\n", database->c_str(), out->c_str(),
                static_cast<long long>(pages));
    return Ok();
  }));
}

}  // namespace kenes::cli
