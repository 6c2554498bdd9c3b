#include "core/utf8.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

TEST(Utf8, LowersRussianAndKazakhLetters) {
  EXPECT_EQ(utf8::ToLower("КАРАГАНДА"), "караганда");
  EXPECT_EQ(utf8::ToLower("ӘҒҚҢӨҰҮҺІ"), "әғқңөұүһі");
  EXPECT_EQ(utf8::ToLower("Ёлка Qarmet"), "ёлка qarmet");
}

TEST(Utf8, FoldsYoAndPunctuationForSearch) {
  EXPECT_EQ(utf8::FoldForSearch("  Посёлок   Нур-Султан "), "поселок нур султан");
  EXPECT_EQ(utf8::FoldForSearch("«Қаратал» КМП"), "қаратал кмп");
}

TEST(Utf8, FindsTheFirstIllFormedByte) {
  EXPECT_FALSE(utf8::FindInvalid("Сарань").has_value());
  // "Қ" in Windows-1251 is not a Cyrillic letter at all; a CP1251 file read as UTF-8 fails here.
  const std::string cp1251 = "\xCA\xE0\xF0\xE0\xE3\xE0\xED\xE4\xE0";
  ASSERT_TRUE(utf8::FindInvalid(cp1251).has_value());
  EXPECT_EQ(*utf8::FindInvalid(cp1251), 0u);
  EXPECT_EQ(*utf8::FindInvalid("ok\xC0\x80"), 2u);              // overlong NUL
  EXPECT_EQ(*utf8::FindInvalid("ab\xED\xA0\x80"), 2u);          // a surrogate
  EXPECT_FALSE(utf8::FindInvalid("\xEF\xBF\xBD").has_value());  // U+FFFD itself is valid
}

TEST(Utf8, TrimsNoBreakSpaces) {
  EXPECT_EQ(utf8::Trim("\xC2\xA0 около 300\xE2\x80\xAF "), "около 300");
  EXPECT_EQ(utf8::Trim("   "), "");
}

TEST(Utf8, CountsCodePoints) { EXPECT_EQ(utf8::Length("Әділ сөз"), 8u); }

}  // namespace
}  // namespace kenes
