#include "core/kazakh_morphology.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kenes::kazakh {
namespace {

Form F(Case c, bool plural = false, bool possessive = false) { return Form{plural, possessive, c}; }

TEST(KazakhInflect, ChoosesSuffixesByHarmonyAndTheLastSound) {
  EXPECT_EQ(Inflect("ұжым", F(Case::kInstrumental, false, true)), "ұжымымен");
  EXPECT_EQ(Inflect("депутат", F(Case::kGenitive, true, true)), "депутаттарының");
  EXPECT_EQ(Inflect("студент", F(Case::kInstrumental, true)), "студенттермен");
  EXPECT_EQ(Inflect("тұрғын", F(Case::kInstrumental, true, true)), "тұрғындарымен");
  EXPECT_EQ(Inflect("ауыл", F(Case::kAttributive, false, true)), "ауылындағы");
  EXPECT_EQ(Inflect("аудан", F(Case::kAttributive, false, true)), "ауданындағы");
  EXPECT_EQ(Inflect("облыс", F(Case::kLocative)), "облыста");
  EXPECT_EQ(Inflect("облыс", F(Case::kLocative, false, true)), "облысында");
  EXPECT_EQ(Inflect("қала", F(Case::kLocative, false, true)), "қаласында");
  EXPECT_EQ(Inflect("аймағамбетов", F(Case::kGenitive)), "аймағамбетовтың");
  EXPECT_EQ(Inflect("қарағанды", F(Case::kLocative)), "қарағандыда");
  EXPECT_EQ(Inflect("астана", F(Case::kGenitive)), "астананың");
  EXPECT_EQ(Inflect("кездесу", F(Case::kDative)), "кездесуге");
  EXPECT_EQ(Inflect("адам", F(Case::kAblative)), "адамнан");
  EXPECT_EQ(Inflect("адам", F(Case::kAccusative)), "адамды");
  EXPECT_EQ(Inflect("мұғалім", F(Case::kNominative, true)), "мұғалімдер");
  EXPECT_EQ(Inflect("жер", F(Case::kNominative, true)), "жерлер");
  EXPECT_EQ(Inflect("қыз", F(Case::kInstrumental)), "қызбен");
  EXPECT_EQ(Inflect("мектеп", F(Case::kInstrumental)), "мектеппен");
  EXPECT_EQ(Inflect("мектеп", F(Case::kDative)), "мектепке");
  EXPECT_EQ(Inflect("мектеп", F(Case::kNominative, false, true), true), "мектебі");
  EXPECT_EQ(Inflect("мектеп", F(Case::kNominative, false, true)), "мектепі");
  EXPECT_EQ(Inflect("мәжіліс", F(Case::kGenitive, false, true)), "мәжілісінің");
  EXPECT_EQ(Inflect("конституция", F(Case::kNominative, false, true)), "конституциясы");
}

bool HasStem(const std::vector<Analysis>& analyses, std::string_view stem) {
  return std::any_of(analyses.begin(), analyses.end(),
                     [&](const Analysis& a) { return a.stem == stem; });
}

TEST(KazakhStems, PeelsCasePossessiveAndPluralBackToTheStem) {
  EXPECT_TRUE(HasStem(Stems("ауылындағы"), "ауыл"));
  EXPECT_TRUE(HasStem(Stems("ұжымымен"), "ұжым"));
  EXPECT_TRUE(HasStem(Stems("депутаттарының"), "депутат"));
  EXPECT_TRUE(HasStem(Stems("аймағамбетовтың"), "аймағамбетов"));
  EXPECT_TRUE(HasStem(Stems("студенттермен"), "студент"));
  EXPECT_TRUE(HasStem(Stems("тұрғындарымен"), "тұрғын"));
  EXPECT_TRUE(HasStem(Stems("мектебінде"), "мектеп"));
  EXPECT_TRUE(HasStem(Stems("қарағандыда"), "қарағанды"));
  // Found by the hunspell-kk comparison (bench/kazakh_stemmer_compare): у as a vowel, and the
  // harmony of a surname in -ев from its root.
  EXPECT_TRUE(HasStem(Stems("референдумға"), "референдум"));
  EXPECT_TRUE(HasStem(Stems("тоқаевтың"), "тоқаев"));
  EXPECT_TRUE(HasStem(Stems("әшімбаевтың"), "әшімбаев"));
}

TEST(KazakhStems, SaysWhichSuffixesItPeeled) {
  const std::vector<Analysis> analyses = Stems("депутаттарының");
  const auto it = std::find_if(analyses.begin(), analyses.end(),
                               [](const Analysis& a) { return a.stem == "депутат"; });
  ASSERT_NE(it, analyses.end());
  EXPECT_TRUE(it->form.plural);
  EXPECT_TRUE(it->form.possessive);
  EXPECT_EQ(it->form.grammatical_case, Case::kGenitive);
  // The word itself is always the first reading, in the nominative.
  EXPECT_EQ(analyses.front().stem, "депутаттарының");
  EXPECT_EQ(analyses.front().form.grammatical_case, Case::kNominative);
}

TEST(KazakhStems, RefusesSuffixesThatBreakHarmonyOrTheSoundRule) {
  EXPECT_FALSE(HasStem(Stems("ауылдең"), "ауыл"));   // front suffix on a back stem
  EXPECT_FALSE(HasStem(Stems("ауылнан"), "ауыл"));   // -нан only after a nasal
  EXPECT_FALSE(HasStem(Stems("ауылына"), "ауылы"));  // -на needs the possessive before it
  EXPECT_EQ(Stems("ел").size(), 1u);                 // too short to peel
}

TEST(KazakhStems, EveryFormOfAStemReadsBackToIt) {
  for (const std::string_view stem :
       {"ауыл", "ұжым", "депутат", "студент", "мектеп", "кездесу", "қала", "тұрғын", "әкім"}) {
    for (const auto& [word, form] : AllForms(stem)) {
      const std::vector<Analysis> analyses = Stems(word);
      EXPECT_TRUE(std::any_of(analyses.begin(), analyses.end(),
                              [&](const Analysis& a) {
                                return a.stem == stem && a.form.plural == form.plural &&
                                       a.form.possessive == form.possessive &&
                                       a.form.grammatical_case == form.grammatical_case;
                              }))
          << word << " from " << stem;
    }
  }
}

TEST(KazakhLetters, AreTold) {
  EXPECT_TRUE(HasKazakhLetter("Қаратал"));
  EXPECT_TRUE(HasKazakhLetter("ауылындағы"));
  EXPECT_FALSE(HasKazakhLetter("Караганда"));
  EXPECT_FALSE(HasKazakhLetter("Qarmet"));
}

}  // namespace
}  // namespace kenes::kazakh
