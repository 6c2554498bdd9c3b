// kenes init, kenes demo, kenes gazetteer: setting a database up and its reference data.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/account_setup.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "cli/serving.h"
#include "core/gazetteer.h"
#include "core/kato_classifier.h"
#include "exchange/record_json.h"
#include "ledger/demo.h"
#include "ledger/files.h"
#include "ledger/importer.h"
#include "ledger/reference_data.h"
#include "store/open_store.h"

namespace kenes::cli {
namespace {

struct CampaignOptions {
  std::string name = "Разъяснительная кампания";
  std::string starts_on;
  std::string ends_on;
  std::string vote_on;
};

// Creates the database's first campaign unless it has one.
Status EnsureCampaign(OpenDatabase& database, Campaign campaign) {
  Ledger& ledger = *database.ledger;
  KENES_ASSIGN(auto campaigns, ledger.store().Read<std::vector<Campaign>>(
                                   [](Transaction& tx) { return tx.ListCampaigns(); }));
  if (!campaigns.empty()) return Ok();
  KENES_ASSIGN(Actor actor, CommandActor(database, ""));
  KENES_TRY(ledger.CreateCampaign(actor, std::move(campaign)));
  return Ok();
}

Result<Campaign> CampaignFrom(const CampaignOptions& options) {
  Campaign campaign;
  campaign.name = options.name;
  if (options.starts_on.empty() || options.ends_on.empty()) {
    return Invalid("--starts/--ends",
                   "a new database needs the campaign's first and last days, "
                   "e.g. --starts 2026-02-12 --ends 2026-03-14");
  }
  KENES_ASSIGN(campaign.starts_on, Date::Parse(options.starts_on, "--starts"));
  KENES_ASSIGN(campaign.ends_on, Date::Parse(options.ends_on, "--ends"));
  if (!options.vote_on.empty()) {
    KENES_ASSIGN(campaign.vote_on, Date::Parse(options.vote_on, "--vote"));
  }
  KENES_TRY(Validate(campaign));
  return campaign;
}

// Removes a database file with its write-ahead log, and the key beside it when kenes chose its
// place (a key named by --key-file or KENES_KEY_FILE may be shared, and is kept).
void RemoveDatabaseFile(const DatabaseOptions& database) {
  const std::string path = FileStorePath(database.db);
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ignored);
  const char* shared_key = std::getenv("KENES_KEY_FILE");
  if (database.key_file.empty() && !(shared_key && *shared_key)) {
    std::filesystem::remove(path + ".key", ignored);
  }
}

// Whether the database exists and was set up, without creating it.
Result<bool> AlreadySetUp(const DatabaseOptions& database) {
  if (IsFileStore(database.db)) return std::filesystem::exists(FileStorePath(database.db));
  KENES_ASSIGN(OpenDatabase open, Open(database, true));
  return IsSetUp(open);
}

Status Initialize(OpenDatabase& database, const std::string& data_dir,
                  std::optional<Campaign> campaign) {
  KENES_ASSIGN(ReferenceCounts counts, LoadReferenceData(*database.ledger, data_dir));
  std::fprintf(stderr, "reference data: %zu places, %zu segments, %zu provisions\n", counts.places,
               counts.segments, counts.provisions);
  // The referendum's official results, where the data folder has them (data/results.md).
  const std::string results = data_dir + "/" + kShippedResults;
  if (std::filesystem::exists(results)) {
    KENES_ASSIGN(Actor actor, CommandActor(database, ""));
    KENES_ASSIGN(std::size_t changed, LoadVoteResults(*database.ledger, actor, results));
    std::fprintf(stderr, "referendum results: %zu places loaded or updated\n", changed);
  }
  if (campaign) KENES_TRY(EnsureCampaign(database, *campaign));
  return Ok();
}

// What init did: the database it set up, whether it had been set up before, and what to say
// about its first administrator.
struct SetUpDone {
  std::string where;
  bool was_set_up = false;
  std::string told;
};

// Opens (creating) the database and sets it up for init. `first` is the new database's campaign
// when the options already had to give it; the database is open only within the call.
Result<SetUpDone> SetUp(const DatabaseOptions& database, const CampaignOptions& campaign,
                        std::optional<Campaign> first, const std::string& data_dir,
                        const std::string& admin_password_file) {
  KENES_ASSIGN(OpenDatabase open, Open(database, true));
  SetUpDone done;
  done.where = open.store->Describe();
  KENES_ASSIGN(done.was_set_up, IsSetUp(open));
  if (!done.was_set_up && !first) {
    KENES_ASSIGN(first, CampaignFrom(campaign));
  }
  KENES_TRY(Initialize(open, data_dir, first));
  KENES_ASSIGN(done.told, CreateFirstAdministrator(open, admin_password_file));
  return done;
}

// The sample campaign: reference data, then data/demo through the same paths a user's files and
// press releases take, then an account for each role.
Status LoadSampleCampaign(OpenDatabase& database, const std::string& data_dir) {
  KENES_TRY(Initialize(database, data_dir, std::nullopt));
  KENES_TRY(LoadDemo(*database.ledger, data_dir,
                     [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }));
  return CreateDemoAccounts(database);
}

}  // namespace

void AddInit(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "init",
      "Create a database with the gazetteer, segments and provisions, and its campaign; "
      "run again to update the reference data");
  auto database = std::make_shared<DatabaseOptions>();
  auto campaign = std::make_shared<CampaignOptions>();
  auto data = std::make_shared<std::string>();
  AddDatabaseOptions(*command, *database);
  command->add_option("--data", *data, "reference data folder (default: kenes's data/)");
  command->add_option("--campaign", campaign->name, "campaign name")->capture_default_str();
  command->add_option("--starts", campaign->starts_on, "first day of the campaign, YYYY-MM-DD");
  command->add_option("--ends", campaign->ends_on, "last day events may be held, YYYY-MM-DD");
  command->add_option("--vote", campaign->vote_on, "day of the vote, YYYY-MM-DD");
  auto admin_password = std::make_shared<std::string>();
  command->add_option("--admin-password-file", *admin_password,
                      "file holding the first administrator's password (default: one is made up "
                      "and printed once)");
  command->callback(Command(exit_code, [=]() -> Status {
    const bool new_file =
        IsFileStore(database->db) && !std::filesystem::exists(FileStorePath(database->db));
    // A first init needs the campaign: check it before anything is created.
    std::optional<Campaign> first;
    if (new_file) {
      KENES_ASSIGN(first, CampaignFrom(*campaign));
    }
    auto done = SetUp(*database, *campaign, first, DataDir(*data), *admin_password);
    if (!done.ok()) {
      // A first init that failed leaves no file behind; a database that was there is kept.
      if (new_file) RemoveDatabaseFile(*database);
      return done.error();
    }
    std::printf("%s %s\n%s", done->was_set_up ? "updated" : "created", done->where.c_str(),
                done->told.c_str());
    return Ok();
  }));
}

void AddDemo(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "demo", "Create a database with the sample campaign of the two press releases and serve it");
  auto database = std::make_shared<DatabaseOptions>();
  database->db = "kenes-demo.db";
  auto serving = std::make_shared<ServeOptions>();
  auto data = std::make_shared<std::string>();
  auto replace = std::make_shared<bool>(false);
  AddDatabaseOptions(*command, *database);
  command->add_option("--data", *data, "reference data folder (default: kenes's data/)");
  command->add_flag("--replace", *replace, "replace the database file when it exists");
  AddServeOptions(*command, *serving);
  command->callback(Command(exit_code, [=]() -> Status {
    BlockStopSignals();
    KENES_ASSIGN(const bool exists, AlreadySetUp(*database));
    if (exists) {
      if (!*replace) {
        return Error{ErrorCode::kConflict,
                     "'" + database->db +
                         "' exists; pass --replace to start it afresh, "
                         "or serve it with `kenes serve --db " +
                         database->db + "`",
                     "db"};
      }
      if (!IsFileStore(database->db)) {
        return Error{ErrorCode::kUnsupported,
                     "--replace starts a database file afresh; on PostgreSQL, drop and create "
                     "the database instead",
                     "db"};
      }
      RemoveDatabaseFile(*database);
    }
    KENES_ASSIGN(OpenDatabase open, Open(*database, true));
    KENES_TRY(LoadSampleCampaign(open, DataDir(*data)));
    std::fflush(stdout);
    return Serve(*open.ledger, *open.accounts, *serving);
  }));
}

void AddGazetteer(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("gazetteer", "Import or search the gazetteer");
  command->require_subcommand(1);
  auto database = std::make_shared<DatabaseOptions>();
  auto file = std::make_shared<std::string>();
  auto* import_command = command->add_subcommand(
      "import", "Load the official KATO classifier (CSV from the Bureau of National Statistics)");
  AddDatabaseOptions(*import_command, *database);
  import_command->add_option("file", *file, "the classifier as CSV")->required();
  import_command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    KENES_ASSIGN(std::string text, ReadTextFile(*file));
    auto places = ParseKatoClassifier(text);
    if (!places.ok()) return WithContext(places.error(), *file);
    const std::size_t count = places->size();
    KENES_TRY(open.ledger->PutPlaces(std::move(*places)));
    std::printf("imported %zu places; the gazetteer has %zu\n", count,
                open.ledger->gazetteer()->size());
    return Ok();
  }));

  auto query = std::make_shared<std::string>();
  auto* search = command->add_subcommand("search", "Find places by name, in any case form");
  AddDatabaseOptions(*search, *database);
  search->add_option("name", *query, "a name in Russian or Kazakh")->required();
  search->callback(CommandWithExitCode(exit_code, [=]() -> Result<int> {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    const auto gazetteer = open.ledger->gazetteer();
    const auto found = gazetteer->Search(*query, 10);
    if (found.empty()) {
      std::fprintf(stderr, "no place matches '%s'\n", query->c_str());
      return 1;
    }
    for (const Place* place : found) {
      const Place* region = gazetteer->RegionOf(place->code);
      std::printf("%s  %-10s  %s / %s%s%s\n", place->code.c_str(),
                  std::string(PlaceLevelName(place->level)).c_str(), place->name_ru.c_str(),
                  place->name_kk.c_str(), region && region != place ? "  — " : "",
                  region && region != place ? region->name_ru.c_str() : "");
    }
    return 0;
  }));
}

}  // namespace kenes::cli
