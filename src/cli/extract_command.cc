// kenes extract: what the press-release engine reads from a text, as JSON.
#include <cstdio>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/places_csv.h"
#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "ledger/files.h"
#include "store/today.h"

namespace kenes::cli {
namespace {

// The gazetteer of a database when one is named, else the one kenes ships in data/.
Result<std::shared_ptr<const Gazetteer>> LoadGazetteer(const DatabaseOptions& database,
                                                       const std::string& data_dir) {
  if (!database.db.empty()) {
    KENES_ASSIGN(OpenDatabase open, Open(database, false));
    return open.ledger->gazetteer();
  }
  const std::string path = data_dir + "/places.csv";
  KENES_ASSIGN(std::string text, ReadTextFile(path));
  auto places = ParsePlacesCsv(text);
  if (!places.ok()) return WithContext(std::move(places).error(), path);
  return std::make_shared<const Gazetteer>(std::move(places).value());
}

}  // namespace

void AddExtract(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "extract", "Read a press release and print the draft events and facts it gives, as JSON");
  auto database = std::make_shared<DatabaseOptions>();
  database->db.clear();
  auto file = std::make_shared<std::string>();
  auto data = std::make_shared<std::string>();
  command->add_option("--db", database->db,
                      "use this database's gazetteer (default: the one in data/)");
  command->add_option("--data", *data, "reference data folder (default: kenes's data/)");
  command->add_option("file", *file, "the press release (- for standard input)")->required();
  command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(const std::shared_ptr<const Gazetteer> gazetteer,
                 LoadGazetteer(*database, DataDir(*data)));
    KENES_ASSIGN(std::string text, ReadTextFile(*file, std::size_t{64} << 20));
    auto extraction =
        extract::Extract(text, *gazetteer, {.reference_date = TodayInKazakhstan(SystemClock())});
    if (!extraction.ok()) return WithContext(extraction.error(), *file);
    const std::string json =
        extract::ToJson(*extraction).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    std::printf("%s\n", json.c_str());
    return Ok();
  }));
}

}  // namespace kenes::cli
