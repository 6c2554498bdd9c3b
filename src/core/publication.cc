#include "core/publication.h"

#include "core/enum_names.h"
#include "core/validate.h"

namespace kenes {
namespace {

constexpr EnumName<PublicationLanguage> kLanguages[] = {
    {PublicationLanguage::kRussian, "ru"},
    {PublicationLanguage::kKazakh, "kk"},
};

constexpr auto kLanguageNames = NamesOf(kLanguages);

constexpr EnumName<PublicationStatus> kStatuses[] = {
    {PublicationStatus::kDraft, "draft"},
    {PublicationStatus::kApproved, "approved"},
    {PublicationStatus::kPublished, "published"},
};

// A publication is a press release: a few pages, never a book.
constexpr std::size_t kMaxPublicationText = 100'000;

}  // namespace

std::string_view PublicationLanguageName(PublicationLanguage language) {
  return NameOf(kLanguages, language);
}
Result<PublicationLanguage> ParsePublicationLanguage(std::string_view name,
                                                     std::string_view field) {
  return ParseName(kLanguages, name, field);
}
std::span<const std::string_view> PublicationLanguageNames() { return kLanguageNames; }
std::string_view PublicationStatusName(PublicationStatus status) {
  return NameOf(kStatuses, status);
}
Result<PublicationStatus> ParsePublicationStatus(std::string_view name, std::string_view field) {
  return ParseName(kStatuses, name, field);
}
std::span<const std::string_view> PublicationStatusNames() {
  static constexpr auto kNames = NamesOf(kStatuses);
  return kNames;
}

Status Validate(const Imprint& imprint) {
  KENES_TRY(RequireText("imprint.made_by", imprint.made_by));
  KENES_TRY(RequireText("imprint.ordered_by", imprint.ordered_by));
  KENES_TRY(RequireText("imprint.paid_by", imprint.paid_by));
  return Ok();
}

Status Validate(const Publication& publication) {
  if (publication.event_ids.empty()) {
    return Invalid("events", "is empty: a publication cites at least one confirmed event");
  }
  for (Id id : publication.event_ids) {
    if (id <= 0) return Invalid("events", std::to_string(id) + " is not an event id");
  }
  KENES_TRY(Validate(publication.imprint));
  KENES_TRY(RequireText("title", publication.title));
  KENES_TRY(RequireText("text", publication.text, kMaxPublicationText));
  return Ok();
}

Status CheckTransition(PublicationStatus from, PublicationStatus to) {
  if (from == to) return Ok();
  const bool allowed =
      (from == PublicationStatus::kDraft && to == PublicationStatus::kApproved) ||
      (from == PublicationStatus::kApproved && to == PublicationStatus::kPublished);
  if (allowed) return Ok();
  return Invalid("status", "a publication goes draft -> approved -> published; '" +
                               std::string(PublicationStatusName(from)) + "' cannot become '" +
                               std::string(PublicationStatusName(to)) + "'");
}

std::vector<std::string> ImprintLines(const Publication& publication) {
  const Imprint& imprint = publication.imprint;
  // The words the intake reads an imprint by (src/extract/imprint.h), so a published release read
  // back gives the same three parts.
  if (publication.language == PublicationLanguage::kKazakh) {
    return {"Дайындаған: " + imprint.made_by, "Тапсырыс беруші: " + imprint.ordered_by,
            imprint.paid_by + " қаражатынан төленді"};
  }
  return {"Изготовлено: " + imprint.made_by, "Заказчик: " + imprint.ordered_by,
          "Оплачено из средств " + imprint.paid_by};
}

std::string ExportedText(const Publication& publication) {
  std::string text = publication.title + "\n\n" + publication.text;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  text += "\n";
  for (const std::string& line : ImprintLines(publication)) text += "\n" + line;
  return text + "\n";
}

}  // namespace kenes
