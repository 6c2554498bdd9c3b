#include "exchange/json_string.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace kenes {
namespace {

// What nlohmann::json writes for the string, as every JSON answer and export of kenes dumps it.
std::string LibraryJson(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Written(const std::string& text) {
  std::string out = "prefix:";
  AppendJsonString(out, text);
  EXPECT_EQ(out.substr(0, 7), "prefix:") << "the text before was changed";
  return out.substr(7);
}

TEST(JsonString, WritesWhatTheJsonLibraryWrites) {
  const std::vector<std::string> texts = {
      "",
      "miners",
      "2026-02-24T10:00:00Z",
      "say \"yes\"",
      "C:\\Users\\Айгүл",
      "line one\nline two\r\n\ttabbed\b\f",
      std::string("nul \0 inside", 12),
      "\x01\x02\x1f\x7f end",
      "Қазақстан Республикасының Конституциясы",
      "Референдум по поправкам в Конституцию: «за» или «против»?",
      "хор \"Ақ жол\", 2",
      "ӘәҒғҚқҢңӨөҰұҮүҺһІі",
      "emoji 🗳️ and math 𝔸",
      "\xff broken",
      "cut short \xd0",
      "\xd0\xd0\x9f",
      "overlong \xc0\xaf slash",
      "surrogate \xed\xa0\x80 half",
      "past the last code point \xf4\x90\x80\x80",
      "\xe2\x82 then ascii",
  };
  for (const std::string& text : texts) {
    EXPECT_EQ(Written(text), LibraryJson(text))
        << "for "
        << nlohmann::json::array({text}).dump(-1, ' ', true,
                                              nlohmann::json::error_handler_t::replace);
  }
}

// Every byte value at every position of a string longer than the eight bytes checked at once, so
// that a byte needing care is seen wherever it falls.
TEST(JsonString, FindsAByteThatNeedsCareAtEveryPosition) {
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t at = 0; at < 19; ++at) {
      std::string text(19, 'a');
      text[at] = static_cast<char>(byte);
      ASSERT_EQ(Written(text), LibraryJson(text)) << "byte " << byte << " at " << at;
    }
  }
}

TEST(JsonString, StaysWithinItsBound) {
  for (const std::string& text : {std::string(40, '\x01'), std::string(40, '"'),
                                  std::string(40, '\xff'), std::string("Ақ жол")}) {
    EXPECT_LE(Written(text).size(), JsonStringBound(text));
  }
}

}  // namespace
}  // namespace kenes
