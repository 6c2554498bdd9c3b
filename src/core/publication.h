// A publication of the campaign: a press release kenes wrote from confirmed events, in Russian or
// Kazakh, with the imprint the law on elections wants on every piece of campaign material (who
// made it, who ordered it, from whose funds it was paid). A publication is a draft an editor may
// still change, then approved (by whom, when, and the SHA-256 of the text as approved), then
// published. A change to an approved text makes a new draft version of the same publication; the
// approved versions stay as they were.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/ids.h"
#include "core/result.h"

namespace kenes {

enum class PublicationLanguage { kRussian, kKazakh };
enum class PublicationStatus { kDraft, kApproved, kPublished };

std::string_view PublicationLanguageName(PublicationLanguage language);  // "ru", "kk"
Result<PublicationLanguage> ParsePublicationLanguage(std::string_view name,
                                                     std::string_view field = "language");
std::span<const std::string_view> PublicationLanguageNames();      // "ru", "kk"
std::string_view PublicationStatusName(PublicationStatus status);  // "draft", ...
Result<PublicationStatus> ParsePublicationStatus(std::string_view name,
                                                 std::string_view field = "status");
std::span<const std::string_view> PublicationStatusNames();

// The three parts of the imprint, each required: a part of spaces only is missing. The error
// names the part as the API does: "imprint.paid_by".
struct Imprint {
  std::string made_by;     // "Изготовлено: ТОО «…»" / "Дайындаған: …"
  std::string ordered_by;  // "Заказчик: …" / "Тапсырыс беруші: …"
  std::string paid_by;  // "Оплачено из средств …" / "… қаражатынан төленді"

  bool operator==(const Imprint&) const = default;
};

Status Validate(const Imprint& imprint);

struct Publication {
  Id id = 0;
  Version version = 0;   // of the record, for optimistic edits
  int text_version = 1;  // 1, then one more for each edit of an approved text
  PublicationLanguage language = PublicationLanguage::kRussian;
  PublicationStatus status = PublicationStatus::kDraft;
  std::vector<Id> event_ids;  // the events the text cites, at least one
  Imprint imprint;
  std::string title;
  std::string text;                   // the body; the imprint is printed after it on every export
  std::string region_code;            // the region of its events, empty when they span regions
  std::optional<Id> organization_id;  // the reporter's organization, when a reporter wrote it
  std::string created_by;
  std::string created_at;
  std::string approved_by;  // empty until approved
  std::string approved_at;
  std::string text_sha256;  // of the text as approved (ExportedText), empty before
  std::string published_at;
  std::string updated_at;
};

// One approved text, kept as it was approved: the text as exported and its SHA-256, who
// approved it and when. Approving again after an edit adds the next version; none is ever changed.
struct PublicationVersion {
  Id publication_id = 0;
  int text_version = 1;
  std::string exported_text;
  std::string text_sha256;
  std::string approved_by;
  std::string approved_at;

  bool operator==(const PublicationVersion&) const = default;
};

// Intrinsic rules: events not empty and each id positive, the imprint, the title and the text
// present and within the limits.
Status Validate(const Publication& publication);

// draft -> approved -> published; an edit of an approved text makes a draft again (a new text
// version). Publishing a draft that was never approved is refused.
Status CheckTransition(PublicationStatus from, PublicationStatus to);

// The imprint's three lines in the publication's language: "Изготовлено: …", "Заказчик: …",
// "Оплачено из средств …" (Kazakh: "Дайындаған: …", "Тапсырыс беруші: …", "… қаражатынан
// төленді").
std::vector<std::string> ImprintLines(const Publication& publication);

// The text as it leaves kenes in every format: the title, the body and the imprint in the
// publication's language. Its SHA-256 is what approval records.
std::string ExportedText(const Publication& publication);

}  // namespace kenes
