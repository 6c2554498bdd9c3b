#include "extract/morphology.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/csv.h"
#include "extract/lexicon.h"

namespace kenes::extract {
namespace {

constexpr FormSet kGenitive = FormOf(Case::kGenitive, Plurality::kSingular);
constexpr FormSet kDative = FormOf(Case::kDative, Plurality::kSingular);
constexpr FormSet kInstrumental = FormOf(Case::kInstrumental, Plurality::kSingular);

TEST(Morphology, PutsAdjectivesInTheNominativeOfTheirNoun) {
  EXPECT_EQ(AdjectiveLemma("Карагандинской", Gender::kFeminine), "Карагандинская");
  EXPECT_EQ(AdjectiveLemma("Осакаровского", Gender::kMasculine), "Осакаровский");
  EXPECT_EQ(AdjectiveLemma("акционерного", Gender::kNeuter), "акционерное");
  EXPECT_EQ(AdjectiveLemma("государственного", Gender::kMasculine), "государственный");
  EXPECT_EQ(AdjectiveLemma("Международного", Gender::kMasculine), "Международный");
  EXPECT_EQ(AdjectiveLemma("областного", Gender::kMasculine), "областной");
  EXPECT_EQ(AdjectiveLemma("Восточно-Казахстанской", Gender::kFeminine), "Восточно-Казахстанская");
  EXPECT_EQ(AdjectiveLemma("медицинскими", Gender::kMasculine, true), "медицинские");
  EXPECT_EQ(AdjectiveLemma("Шахта", Gender::kFeminine), "Шахта");  // no adjective
}

TEST(Morphology, KnowsAnAdjectiveByItsEnding) {
  EXPECT_NE(AdjectiveForms("карагандинской"), 0);
  EXPECT_NE(AdjectiveForms("бюджетной"), 0);
  EXPECT_EQ(AdjectiveForms("мой"), 0);      // too short a stem
  EXPECT_EQ(AdjectiveForms("статьей"), 0);  // a vowel before the ending
  EXPECT_EQ(AdjectiveForms("сфера"), 0);
}

TEST(Morphology, BringsSurnamesBackToTheNominative) {
  EXPECT_EQ(SurnameLemma("Карина", kGenitive, Gender::kMasculine), "Карин");
  EXPECT_EQ(SurnameLemma("Утешову", kDative, Gender::kMasculine), "Утешов");
  EXPECT_EQ(SurnameLemma("Кариным", kInstrumental, Gender::kMasculine), "Карин");
  EXPECT_EQ(SurnameLemma("Балаевой", kGenitive, Gender::kFeminine), "Балаева");
  EXPECT_EQ(SurnameLemma("Ашимжана", kGenitive, Gender::kMasculine), "Ашимжан");
  EXPECT_EQ(SurnameLemma("Сугирбая", kGenitive, Gender::kMasculine), "Сугирбай");
  EXPECT_EQ(SurnameLemma("Достоевского", kGenitive, Gender::kMasculine), "Достоевский");
  // Already nominative, or a surname that does not decline.
  EXPECT_EQ(SurnameLemma("Джаманкулова", kNominativeSingular, Gender::kFeminine), "Джаманкулова");
  EXPECT_EQ(SurnameLemma("Матжани", kGenitive, Gender::kMasculine), "Матжани");
}

TEST(Lexicon, FindsInflectedFormsWithTheirCase) {
  const Lexicon& lexicon = DefaultLexicon();
  LexHit hit;
  ASSERT_TRUE(HasClass(lexicon.Find("ерлана"), LexClass::kFirstName, &hit));
  EXPECT_EQ(hit.entry->lemma, "Ерлан");
  EXPECT_TRUE(HasCase(hit.forms, Case::kGenitive));
  EXPECT_FALSE(HasCase(hit.forms, Case::kNominative));

  ASSERT_TRUE(HasClass(lexicon.Find("депутаты"), LexClass::kTitle, &hit));
  EXPECT_TRUE(hit.forms & kNominativePlural);

  ASSERT_TRUE(HasClass(lexicon.Find("поселке"), LexClass::kPlaceType, &hit));
  EXPECT_EQ(hit.entry->lemma, "поселок");
  ASSERT_TRUE(HasClass(lexicon.Find("сельхозтоваропроизводителей"), LexClass::kAudience, &hit));
  EXPECT_EQ(Lexicon::SegmentCodes()[hit.entry->value], "farmers");
  ASSERT_TRUE(HasClass(lexicon.Find("февраля"), LexClass::kMonth, &hit));
  EXPECT_EQ(hit.entry->value, 2);
  ASSERT_TRUE(HasClass(lexicon.Find("встретились"), LexClass::kMeetingVerb, &hit));
  EXPECT_TRUE(hit.forms & kVerbPlural);
  EXPECT_TRUE(lexicon.Find("трактор").empty());
}

TEST(Lexicon, SegmentCodesAreTheCatalogsCodes) {
  // Every code the lexicon can give must be a segment of data/segments.csv, in its order.
  std::ifstream in(std::string(KENES_DATA_DIR) + "/segments.csv");
  std::stringstream text;
  text << in.rdbuf();
  const std::string csv = text.str();
  CsvReader reader(csv);
  std::vector<std::string> row;
  ASSERT_TRUE(*reader.Next(row));  // header
  std::vector<std::string> codes;
  while (true) {
    auto more = reader.Next(row);
    ASSERT_TRUE(more.ok());
    if (!*more) break;
    codes.push_back(row[0]);
  }
  const auto mine = Lexicon::SegmentCodes();
  ASSERT_EQ(codes.size(), mine.size());
  for (std::size_t i = 0; i < codes.size(); ++i) EXPECT_EQ(codes[i], mine[i]);
}

}  // namespace
}  // namespace kenes::extract
