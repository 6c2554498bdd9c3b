// kenes gen: a synthetic national campaign for benchmarks (bench/synthetic).
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"
#include "cli/context.h"
#include "ledger/reference_data.h"
#include "store/open_store.h"
#include "synthetic/synthetic_campaign.h"

namespace kenes::cli {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

Status Generate(const DatabaseOptions& database, const std::string& data_dir,
                const synthetic::Options& options) {
  KENES_ASSIGN(OpenDatabase open, Open(database, true));
  KENES_ASSIGN(bool set_up, IsSetUp(open));
  if (set_up) {
    return Invalid("--db", "gen writes a new campaign; '" + database.db +
                               "' has one already. Remove it or name another database");
  }
  KENES_TRY(LoadReferenceData(*open.ledger, data_dir));
  KENES_ASSIGN(const Actor actor, CommandActor(open, ""));
  KENES_TRY(open.ledger->CreateCampaign(actor, synthetic::SyntheticCampaign()));
  const auto progress = [](const std::string& line) {
    std::fprintf(stderr, "  %s\n", line.c_str());
  };

  auto start = std::chrono::steady_clock::now();
  KENES_TRY(synthetic::GenerateEvents(*open.ledger, options, progress));
  std::printf("events     %lld in %.1f s\n", static_cast<long long>(options.events),
              SecondsSince(start));

  KENES_ASSIGN(std::vector<synthetic::EventPlan> plan, synthetic::PlanCheckIns(*open.store));
  double writing = 0;
  std::int64_t rows = 0;
  KENES_TRY(synthetic::ForEachCheckInChunk(
      plan, options, [&](std::span<const CheckInRow> chunk) -> Status {
        // Only the writing is timed: drawing the rows is the generator's work, not the import's.
        const auto began = std::chrono::steady_clock::now();
        KENES_TRY(open.ledger->Write(
            actor, [&](LedgerSession& session) { return session.AppendCheckIns(chunk); }));
        writing += SecondsSince(began);
        rows += static_cast<std::int64_t>(chunk.size());
        progress("check-ins " + std::to_string(rows));
        return Ok();
      }));
  if (rows) {
    std::printf("check-ins  %lld written in %.1f s: %.0f rows/s through the ledger's bulk path\n",
                static_cast<long long>(rows), writing, static_cast<double>(rows) / writing);
  }
  start = std::chrono::steady_clock::now();
  KENES_TRY(synthetic::GenerateFeedback(*open.ledger, options, progress));
  std::printf("feedback   %lld in %.1f s\n", static_cast<long long>(options.feedback),
              SecondsSince(start));
  return Ok();
}

}  // namespace

void AddGen(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "gen",
      "Generate a synthetic national campaign for benchmarks: events over the regions by "
      "population, check-ins with repeat attendance, feedback in Russian and Kazakh");
  auto database = std::make_shared<DatabaseOptions>();
  auto options = std::make_shared<synthetic::Options>();
  auto data = std::make_shared<std::string>();
  command->add_option("--db", database->db, "the database to create")->required();
  command->add_option("--key-file", database->key_file, "participant key file");
  command->add_option("--data", *data, "reference data folder (default: kenes's data/)");
  command->add_option("--events", options->events, "events")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{10'000'000}));
  command->add_option("--checkins", options->checkins, "check-ins")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{1'000'000'000}));
  command->add_option("--feedback", options->feedback, "feedback items")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{0}, std::int64_t{100'000'000}));
  command->add_option("--seed", options->seed, "seed: the same seed gives the same campaign")
      ->capture_default_str();
  command->callback(Command(exit_code, [=]() -> Status {
    if (IsFileStore(database->db) && std::filesystem::exists(FileStorePath(database->db))) {
      return Invalid("--db", "'" + database->db + "' exists; gen writes a new campaign");
    }
    const auto start = std::chrono::steady_clock::now();
    KENES_TRY(Generate(*database, DataDir(*data), *options));
    std::printf("generated %s in %.1f s\n", database->db.c_str(), SecondsSince(start));
    return Ok();
  }));
}

}  // namespace kenes::cli
