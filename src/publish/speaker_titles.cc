#include "publish/speaker_titles.h"

#include <array>
#include <utility>

#include "core/utf8.h"

namespace kenes::publish {
namespace {

// Russian (lower case) -> Kazakh, the positions the campaign's delegations hold. "Парламента РК"
// is left implied, as Kazakh releases write it: "Мәжіліс депутаты".
constexpr std::array<std::pair<std::string_view, std::string_view>, 30> kKazakhTitles = {{
    {"сенатор", "сенатор"},
    {"депутат сената", "Сенат депутаты"},
    {"депутат сената парламента", "Сенат депутаты"},
    {"депутат сената парламента рк", "Сенат депутаты"},
    {"депутат мажилиса", "Мәжіліс депутаты"},
    {"депутат мажилиса парламента", "Мәжіліс депутаты"},
    {"депутат мажилиса парламента рк", "Мәжіліс депутаты"},
    {"депутат парламента", "Парламент депутаты"},
    {"депутат областного маслихата", "облыстық мәслихат депутаты"},
    {"депутат городского маслихата", "қалалық мәслихат депутаты"},
    {"депутат районного маслихата", "аудандық мәслихат депутаты"},
    {"председатель мажилиса", "Мәжіліс төрағасы"},
    {"председатель мажилиса парламента", "Мәжіліс төрағасы"},
    {"председатель сената", "Сенат төрағасы"},
    {"государственный советник", "мемлекеттік кеңесші"},
    {"аким области", "облыс әкімі"},
    {"аким района", "аудан әкімі"},
    {"аким города", "қала әкімі"},
    {"заместитель акима области", "облыс әкімінің орынбасары"},
    {"заместитель акима района", "аудан әкімінің орынбасары"},
    {"министр культуры и информации", "мәдениет және ақпарат министрі"},
    {"министр просвещения", "оқу-ағарту министрі"},
    {"министр юстиции", "әділет министрі"},
    {"журналист", "журналист"},
    {"политолог", "саясаттанушы"},
    {"эксперт", "сарапшы"},
    {"профессор", "профессор"},
    {"ректор", "ректор"},
    {"директор", "директор"},
    {"председатель", "төраға"},
}};

const std::string_view* Find(std::string_view title_ru) {
  const std::string key = utf8::ToLower(utf8::Trim(title_ru));
  for (const auto& [russian, kazakh] : kKazakhTitles) {
    if (russian == key) return &kazakh;
  }
  return nullptr;
}

}  // namespace

bool HasKazakhTitle(std::string_view title_ru) { return Find(title_ru) != nullptr; }

std::string SpeakerTitle(std::string_view title_ru, PublicationLanguage language) {
  if (language == PublicationLanguage::kKazakh) {
    if (const std::string_view* kazakh = Find(title_ru)) return std::string(*kazakh);
  }
  return std::string(utf8::Trim(title_ru));
}

}  // namespace kenes::publish
