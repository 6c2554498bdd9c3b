#include "ledger/demo.h"

#include "core/plural.h"
#include "exchange/record_json.h"
#include "ledger/files.h"
#include "ledger/importer.h"
#include "ledger/intake.h"

namespace kenes {
namespace {

using nlohmann::json;

// Who the audit log says loaded the sample campaign.
const Actor& DemoActor() {
  static const Actor actor = Actor::System("demo");
  return actor;
}

Status EnsureCampaign(Ledger& ledger, const std::string& path) {
  KENES_ASSIGN(auto campaigns, ledger.store().Read<std::vector<Campaign>>(
                                   [](Transaction& tx) { return tx.ListCampaigns(); }));
  if (!campaigns.empty()) return Ok();
  KENES_ASSIGN(std::string text, ReadTextFile(path));
  KENES_ASSIGN(json value, ParseJsonText(text, path));
  KENES_ASSIGN(Campaign campaign, CampaignFromJson(value, JsonSource::kClient));
  KENES_TRY(ledger.CreateCampaign(DemoActor(), std::move(campaign)));
  return Ok();
}

Result<std::size_t> ImportJsonlFile(Ledger& ledger, RecordKind type, const std::string& path) {
  KENES_ASSIGN(std::string text, ReadTextFile(path));
  auto imported = ImportRecords(ledger, DemoActor(), type, FileFormat::kJsonl, text);
  if (!imported.ok()) return WithContext(std::move(imported).error(), path);
  return imported->records;
}

// Takes one press release in, applies the corrections to its drafts (by their place in the
// document), confirms every draft, and enters the feedback reported at each meeting on the event
// it became. Returns the number of events made.
Result<std::size_t> TakeInSample(Ledger& ledger, const std::string& data_dir, const json& entry) {
  const std::string path = data_dir + "/" + entry.at("file").get<std::string>();
  KENES_ASSIGN(std::string text, ReadTextFile(path));
  KENES_ASSIGN(IntakeResult taken, TakeIn(ledger, DemoActor(), text, entry.value("title", ""),
                                          Date::FromCivil(2026, 3, 14)));
  const json& corrections = entry.value("corrections", json::object());
  for (auto it = corrections.begin(); it != corrections.end(); ++it) {
    const std::size_t ordinal = std::stoul(it.key());
    if (ordinal == 0 || ordinal > taken.drafts.size()) {
      return Invalid(path, "the demo corrects draft " + it.key() + ", but the release gave " +
                               std::to_string(taken.drafts.size()) + " drafts");
    }
    auto corrected = CorrectDraft(ledger, DemoActor(), taken.drafts[ordinal - 1].id, it.value());
    if (!corrected.ok())
      return WithContext(std::move(corrected).error(), path + ", draft " + it.key());
  }
  const json& feedback = entry.value("feedback", json::object());
  for (const Draft& draft : taken.drafts) {
    const std::string where = path + ", draft " + std::to_string(draft.ordinal);
    auto event = ConfirmDraft(ledger, DemoActor(), draft.id, /*as_new=*/false);
    if (!event.ok()) return WithContext(std::move(event).error(), where);
    const json& items = feedback.value(std::to_string(draft.ordinal), json::array());
    for (const json& item : items) {
      KENES_ASSIGN(FeedbackItem read, FeedbackFromJson(item, JsonSource::kClient));
      read.event_id = event->id;
      auto created = ledger.Write<FeedbackItem>(
          DemoActor(), [&](LedgerSession& session) { return session.CreateFeedback(read); });
      if (!created.ok()) return WithContext(std::move(created).error(), where + ", feedback");
    }
  }
  return taken.drafts.size();
}

}  // namespace

Status LoadDemo(Ledger& ledger, const std::string& data_dir,
                const std::function<void(const std::string&)>& say) {
  const auto tell = [&](const std::string& line) {
    if (say) say(line);
  };
  const std::string demo = data_dir + "/demo/";
  KENES_TRY(EnsureCampaign(ledger, demo + "campaign.json"));
  for (RecordKind type : {RecordKind::kOrganization, RecordKind::kPerson}) {
    KENES_ASSIGN(std::size_t count,
                 ImportJsonlFile(ledger, type, demo + std::string(PluralName(type)) + ".jsonl"));
    tell("sample " + std::string(PluralName(type)) + ": " + std::to_string(count));
  }
  KENES_ASSIGN(std::string intake, ReadTextFile(demo + "intake.jsonl"));
  std::size_t line_start = 0;
  while (line_start < intake.size()) {
    std::size_t line_end = intake.find('\n', line_start);
    if (line_end == std::string::npos) line_end = intake.size();
    const std::string line = intake.substr(line_start, line_end - line_start);
    line_start = line_end + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    KENES_ASSIGN(json entry, ParseJsonText(line, demo + "intake.jsonl"));
    KENES_ASSIGN(std::size_t events, TakeInSample(ledger, data_dir, entry));
    tell("press release " + entry.at("file").get<std::string>() + ": " +
         Counted(events, PluralRules::kEnglish, {"meeting", "meetings", "meetings"}) +
         " confirmed, with the feedback reported");
  }
  return Ok();
}

}  // namespace kenes
