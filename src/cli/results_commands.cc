// kenes results: the referendum's official results, imported from CSV and listed back.
#include <cstdio>

#include "cli/commands.h"
#include "cli/context.h"
#include "exchange/vote_results.h"
#include "ledger/reference_data.h"

namespace kenes::cli {

void AddResults(CLI::App& app, int& exit_code) {
  auto* results = app.add_subcommand(
      "results", "The referendum's official results per region and district (import, list)");
  results->require_subcommand(1);

  auto* import_command = results->add_subcommand(
      "import",
      "Add or replace results from a CSV file with the columns place_code,eligible,voted,for,"
      "against,invalid,turnout_percent,as_of,source (empty where unpublished); all rows or none");
  auto database = std::make_shared<DatabaseOptions>();
  AddDatabaseOptions(*import_command, *database);
  auto as = std::make_shared<std::string>();
  import_command->add_option("--as", *as,
                             "import as this account (an administrator; default: as cli:<your Unix "
                             "user>)");
  auto file = std::make_shared<std::string>();
  import_command->add_option("file", *file, "the CSV file")->required();
  import_command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    KENES_ASSIGN(Actor actor, CommandActor(open, *as));
    KENES_ASSIGN(std::size_t changed, LoadVoteResults(*open.ledger, actor, *file));
    std::printf("%zu results added or changed\n", changed);
    return Ok();
  }));

  auto* list = results->add_subcommand("list", "Print the stored results as CSV, as import reads");
  auto list_database = std::make_shared<DatabaseOptions>();
  AddDatabaseOptions(*list, *list_database);
  list->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*list_database, false));
    KENES_ASSIGN(std::vector<VoteResult> stored,
                 open.store->Read<std::vector<VoteResult>>(
                     [](Transaction& tx) { return tx.ListVoteResults(); }));
    std::fputs(VoteResultsCsv(stored).c_str(), stdout);
    return Ok();
  }));
}

}  // namespace kenes::cli
