// The results file: what a headquarters copies from the commission's tables, read strictly.
#include "exchange/vote_results.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

constexpr const char* kHeader =
    "place_code,eligible,voted,for,against,invalid,turnout_percent,as_of,source\n";

TEST(VoteResultsCsv, ReadsCountsTurnoutOnlyRowsAndTheCountry) {
  const std::string text = std::string(kHeader) +
                           "KZ,12 482 613,9127192,7954667,898099,146558,73.12,2026-03-17,"
                           "https://example.kz/final\n"
                           "430000000,,,,,,\"93,04\",2026-03-15T20:00:00+05:00,ЦРК\n"
                           "750000000,,,,,,33.43%,2026-03-15T20:00:00+05:00,ЦРК\n";
  auto results = ParseVoteResultsCsv(text);
  ASSERT_TRUE(results.ok()) << results.error().field << ": " << results.error().message;
  ASSERT_EQ(results->size(), 3u);
  const VoteResult& country = (*results)[0];
  EXPECT_EQ(country.place_code, "KZ");
  EXPECT_EQ(country.eligible, 12'482'613);
  EXPECT_EQ(country.votes_for, 7'954'667);
  EXPECT_NEAR(*Turnout(country), 0.7312, 0.0001);
  EXPECT_NEAR(*ForShare(country), 0.8715, 0.0001);
  const VoteResult& kyzylorda = (*results)[1];
  EXPECT_FALSE(kyzylorda.voted.has_value());
  EXPECT_DOUBLE_EQ(*kyzylorda.turnout_percent, 93.04);
  EXPECT_NEAR(*Turnout(kyzylorda), 0.9304, 1e-9);
  EXPECT_FALSE(ForShare(kyzylorda).has_value());
  EXPECT_DOUBLE_EQ(*(*results)[2].turnout_percent, 33.43);
}

// Each bad row is named with its column, and the message says what is wrong.
TEST(VoteResultsCsv, ABadRowIsNamedByRowAndColumn) {
  struct Case {
    const char* row;
    const char* field;
    const char* says;
  };
  const Case cases[] = {
      {"350000000,1000,\"73,12\",,,,,2026-03-15,ЦРК", "row 2: column voted", "percentage"},
      {"350000000,1000,500,600,,,,2026-03-15,ЦРК", "row 2: column for", "more than the 500"},
      {"350000000,1000,1500,,,,,2026-03-15,ЦРК", "row 2: column voted", "1000 eligible"},
      {"350000000,1000,500,,,,70,2026-03-15,ЦРК", "row 2: column turnout_percent", "disagrees"},
      {"350000000,,,,,,170,2026-03-15,ЦРК", "row 2: column turnout_percent", "0 to 100"},
      {"35000,,,,,,70,2026-03-15,ЦРК", "row 2: column place_code", "KATO"},
      {"350000000,,,,,,70,15.03.2026,ЦРК", "row 2: column as_of", "date"},
      {"350000000,,,,,,70,2026-03-15,", "row 2: column source", ""},
      {"350000000,много,,,,,,2026-03-15,ЦРК", "row 2: column eligible", "not a count"},
  };
  for (const Case& c : cases) {
    auto results = ParseVoteResultsCsv(std::string(kHeader) + c.row + "\n");
    ASSERT_FALSE(results.ok()) << c.row;
    EXPECT_EQ(results.error().field, c.field) << c.row;
    EXPECT_NE(results.error().message.find(c.says), std::string::npos)
        << c.row << ": " << results.error().message;
  }
}

TEST(VoteResultsCsv, APlaceTwiceIsRefusedNamingBothRows) {
  auto results = ParseVoteResultsCsv(std::string(kHeader) +
                                     "350000000,,,,,,70,2026-03-15,ЦРК\n"
                                     "430000000,,,,,,93.04,2026-03-15,ЦРК\n"
                                     "350000000,,,,,,71,2026-03-15,ЦРК\n");
  ASSERT_FALSE(results.ok());
  EXPECT_EQ(results.error().field, "row 4: column place_code");
  EXPECT_NE(results.error().message.find("row 2"), std::string::npos);
}

TEST(VoteResultsCsv, AMisspeltColumnIsRefused) {
  auto results = ParseVoteResultsCsv(
      "place_code,eligible,voted,for,againts,invalid,as_of,source\n"
      "350000000,,,,,,2026-03-15,ЦРК\n");
  ASSERT_FALSE(results.ok());
  EXPECT_NE(results.error().message.find("againts"), std::string::npos) << results.error().message;
}

TEST(VoteResultsCsv, WhatIsWrittenReadsBackTheSame) {
  VoteResult result{
      "350000000",  900'000,      600'000,
      500'000,      80'000,       20'000,
      std::nullopt, "2026-03-16", "Карагандинская ТИК, «Орталық Қазақстан», 16.03.2026"};
  VoteResult turnout_only{
      "430000000",         std::nullopt, std::nullopt, std::nullopt,
      std::nullopt,        std::nullopt, 93.04,        "2026-03-15T20:00:00+05:00",
      "https://example.kz"};
  auto back = ParseVoteResultsCsv(VoteResultsCsv({result, turnout_only}));
  ASSERT_TRUE(back.ok()) << back.error().message;
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ((*back)[0], result);
  EXPECT_EQ((*back)[1], turnout_only);
}

TEST(VoteResultJson, NamesTheForCountAsTheFileDoesAndIsStrict) {
  VoteResult result{"350000000", 900, 600, 500, 80, 20, std::nullopt, "2026-03-16", "ЦРК"};
  const nlohmann::json json = VoteResultJson(result);
  EXPECT_EQ(json.at("for"), 500);
  EXPECT_TRUE(json.at("turnout_percent").is_null());
  auto back = VoteResultFromJson(json);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, result);

  nlohmann::json wrong = json;
  wrong["for"] = 700;
  auto refused = VoteResultFromJson(wrong, "[0]");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "[0].for");

  nlohmann::json unknown = json;
  unknown["turnout"] = 66.6;
  EXPECT_FALSE(VoteResultFromJson(unknown).ok());
}

}  // namespace
}  // namespace kenes
