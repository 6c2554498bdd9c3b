// Kazakh readings found by the second read of the Kazakh intake: each names what it guards.
#include <gtest/gtest.h>

#include "core/kazakh_morphology.h"
#include "read_text.h"

namespace kenes::extract {
namespace {

using testing::Read;

// A « never closed (pasted text often has one) hid every word after it from the language
// count, and the text was read as Russian.
TEST(Kazakh, AnUnpairedQuoteHidesNothingFromTheLanguage) {
  const Extraction extraction = Read(
      "Коалиция мүшелері «Қаратал КМП ұжымымен кездесу өткізді. Кездесуге 200-ге жуық адам "
      "қатысты.");
  EXPECT_EQ(extraction.language, Language::kKazakh);
  ASSERT_EQ(extraction.events.size(), 1u);
  ASSERT_TRUE(extraction.events[0].attendance);
  EXPECT_EQ(extraction.events[0].attendance->attendance.value, 199);
}

// A word whose final stop a possessive voices comes back as written: "мектебі", not "мектепі";
// "бастығы", not "бастықы".
TEST(Kazakh, AVoicedPossessiveComesBackAsWritten) {
  EXPECT_EQ(kazakh::Nominative("мектебінде", "мектеп", true), "мектебі");
  EXPECT_EQ(kazakh::Nominative("мектепке", "мектеп", false), "мектеп");
  EXPECT_EQ(kazakh::Nominative("бастығымен", "бастық", true), "бастығы");
  const Extraction extraction = Read(
      "Қостанай қаласындағы №12 мектебінде коалиция мүшелері ұстаздармен кездесу өткізді. "
      "Аудан бастығы Ерлан Сайров тұрғындардың сұрақтарына жауап берді.");
  ASSERT_EQ(extraction.events.size(), 1u);
  EXPECT_EQ(extraction.events[0].venue, "№12 мектебі");
  ASSERT_EQ(extraction.people.size(), 1u);
  EXPECT_EQ(extraction.people[0].title, "аудан бастығы");
}

// "халық" loses its vowel before a possessive: "аудан халқымен" is a meeting with residents.
TEST(Kazakh, AStemThatLosesItsVowelIsRead) {
  const Extraction extraction =
      Read("Нұра кентінде аудан әкімі аудан халқымен кездесті. Кездесуге 150 адам қатысты.");
  ASSERT_EQ(extraction.events.size(), 1u);
  ASSERT_EQ(extraction.events[0].audience.size(), 1u);
  EXPECT_EQ(extraction.events[0].audience[0].code, "residents");
}

// "атап өтті" (noted) is said at a meeting, not a meeting held.
TEST(Kazakh, NotedIsNoMeeting) {
  const Extraction extraction =
      Read("Депутат кездесу барысында жаңа Конституцияның маңызын атап өтті.");
  EXPECT_TRUE(extraction.events.empty());
}

}  // namespace
}  // namespace kenes::extract
