// Bad input meets the extractor: empty, blank, binary, not UTF-8, too long, HTML, and thousands
// of random mutations of the sample press releases. Each gives a clear error or an extraction
// whose every span lies inside the input; none crashes (the sanitizer build checks the rest).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "extract/normalize.h"
#include "test_gazetteer.h"

namespace kenes::extract {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string Sample(const char* name) {
  return ReadFile(std::filesystem::path(KENES_TEST_DIR) / "extract" / name / "input.txt");
}

// Every span of the extraction, checked against the input.
void ExpectSpansInside(const Extraction& extraction, std::size_t size) {
  const auto check = [&](ByteSpan span) {
    EXPECT_LE(span.begin, span.end);
    EXPECT_LE(span.end.value(), size);
  };
  check(extraction.date_span);
  check(extraction.region_span);
  for (const DraftEvent& event : extraction.events) {
    for (ByteSpan span : {event.span, event.kind_span, event.date_span, event.place_span,
                          event.region_span, event.venue_span, event.host_span}) {
      check(span);
    }
    for (const DraftAudience& a : event.audience) check(a.span);
    for (const DraftSpeaker& s : event.speakers) check(s.span);
    if (event.attendance) check(event.attendance->span);
    EXPECT_GE(event.confidence, 0.0);
    EXPECT_LE(event.confidence, 1.0);
  }
  for (const ExtractedPerson& p : extraction.people) check(p.span);
  for (const ExtractedOrganization& o : extraction.organizations) check(o.span);
  for (const Claim& c : extraction.claims) check(c.span);
  for (const ExtractedDate& d : extraction.dates) check(d.span);
}

TEST(ExtractBadInput, EmptyAndBlankTextGiveNoEvents) {
  for (const char* text : {"", "   ", "\n\n\t", "\u00A0", "...", "«»", " date 2026-02-24"}) {
    auto extraction = Extract(text, testing::TestGazetteer());
    ASSERT_TRUE(extraction.ok()) << text;
    EXPECT_TRUE(extraction->events.empty()) << text;
    ExpectSpansInside(*extraction, std::string_view(text).size());
  }
}

TEST(ExtractBadInput, RefusesWhatIsNotText) {
  const std::string binary("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16);
  EXPECT_EQ(Extract(binary, testing::TestGazetteer()).error().code, ErrorCode::kUnsupported);
  EXPECT_EQ(Extract("встреча \xC0\xC1", testing::TestGazetteer()).error().code,
            ErrorCode::kInvalid);
  EXPECT_EQ(Extract(std::string(kMaxInputBytes + 1, ' '), testing::TestGazetteer()).error().code,
            ErrorCode::kTooLarge);
}

TEST(ExtractBadInput, ReadsHtmlWithSpansIntoTheMarkup) {
  const std::string html =
      "<!DOCTYPE html><html><body><h1>Встреча</h1><p>Члены коалиции встретились с "
      "коллективом шахты &laquo;Тентек&raquo; в&nbsp;<a href=\"/x\">Карагандинской "
      "области</a>. В мероприятии приняли участие более 400 человек.</p></body></html>";
  auto extraction = Extract(html, testing::TestGazetteer());
  ASSERT_TRUE(extraction.ok());
  EXPECT_TRUE(extraction->from_markup);
  ASSERT_EQ(extraction->events.size(), 1u);
  const DraftEvent& event = extraction->events[0];
  EXPECT_EQ(event.host_organization, "шахта «Тентек»");
  EXPECT_EQ(event.host_span.In(html), "шахты &laquo;Тентек&raquo;");
  ASSERT_TRUE(event.attendance.has_value());
  EXPECT_EQ(event.attendance->span.In(html), "более 400 человек");
  EXPECT_EQ(event.region_span.In(html), "Карагандинской области");
}

TEST(ExtractBadInput, ReadsAVeryLongTextWithinTheLimit) {
  const std::string sample = Sample("karaganda-sample");
  std::string long_text;
  while (long_text.size() + sample.size() + 2 < kMaxInputBytes / 4) long_text += sample + "\n\n";
  auto extraction = Extract(long_text, testing::TestGazetteer());
  ASSERT_TRUE(extraction.ok());
  EXPECT_GT(extraction->events.size(), 9u);
  ExpectSpansInside(*extraction, long_text.size());
}

// The Kazakh meeting sentence in its Cyrillic original and the three Latin alphabets.
constexpr const char* kKazakhCyrillic =
    "Коалиция мүшелері Осакаров ауданындағы «Қаратал» КМП ұжымымен кездесу өткізді. "
    "Кездесуге 200-ге жуық адам қатысты.";
constexpr const char* kKazakhLatin[] = {
    "Koalisiä müşeleri Osakarov audanyndağy «Qaratal» KMP ūjymymen kezdesu ötkizdi. "
    "Kezdesuge 200-ge juyq adam qatysty.",
    "Koali'si'i'a mu's'eleri Osakarov ay'danyndag'y «Qaratal» KMP ujymymen kezdesy' "
    "o'tkizdi. Kezdesy'ge 200-ge jy'yq adam qatysty.",
    "Koalısııa músheleri Osakarov aýdanyndaǵy «Qaratal» KMP ujymymen kezdesý ótkizdi. "
    "Kezdesýge 200-ge jýyq adam qatysty.",
};

// The fuzz test found it: a Kazakh figure with its noun at the very end of a text read one
// token past the end looking for the head of a compound ("ауыл тұрғыны").
TEST(ExtractBadInput, AKazakhTextEndingOnAFigureAndItsNoun) {
  for (const std::string_view text :
       {"Кездесуге 200-ге жуық адам", "Кездесуге 200-ге жуық ауыл тұрғыны", "Кездесуге 200"}) {
    auto extraction = Extract(text, testing::TestGazetteer());
    ASSERT_TRUE(extraction.ok()) << text;
    EXPECT_EQ(extraction->language, Language::kKazakh) << text;
  }
}

TEST(ExtractLatinKazakh, ReadsWhatItsCyrillicTwinReadsWithSpansIntoTheLatin) {
  auto cyrillic = Extract(kKazakhCyrillic, testing::TestGazetteer());
  ASSERT_TRUE(cyrillic.ok());
  ASSERT_FALSE(cyrillic->organizations.empty());
  for (const char* latin : kKazakhLatin) {
    auto extraction = Extract(latin, testing::TestGazetteer());
    ASSERT_TRUE(extraction.ok()) << latin;
    ExpectSpansInside(*extraction, std::string_view(latin).size());
    EXPECT_EQ(extraction->region_code, cyrillic->region_code) << latin;
    EXPECT_EQ(extraction->region_span.In(latin).substr(0, 9), "Osakarov ") << latin;
    ASSERT_EQ(extraction->organizations.size(), cyrillic->organizations.size()) << latin;
    for (std::size_t i = 0; i < cyrillic->organizations.size(); ++i) {
      EXPECT_EQ(extraction->organizations[i].name, cyrillic->organizations[i].name) << latin;
    }
    EXPECT_EQ(extraction->organizations.back().span.In(latin), "«Qaratal» KMP") << latin;
    EXPECT_EQ(extraction->events.size(), cyrillic->events.size()) << latin;
  }
}

// One endless "word" and one endless line of Latin Kazakh: reading them stays linear (a link is
// looked for near each word, not across the whole run), and every letter is still read.
TEST(ExtractLatinKazakh, ReadsALongRunWithoutSpacesInLinearTime) {
  std::string run;
  while (run.size() < kMaxInputBytes / 2) run += "jäne-müşeleri-qatysty-";
  auto normalized = Normalize(run);
  ASSERT_TRUE(normalized.ok());
  EXPECT_TRUE(normalized->transliterated);
  EXPECT_EQ(normalized->text.substr(0, std::string("және-мүшелері-").size()), "және-мүшелері-");
  std::string line;
  while (line.size() < kMaxInputBytes / 4) line += std::string(kKazakhLatin[0]) + " ";
  auto extraction = Extract(line, testing::TestGazetteer());
  ASSERT_TRUE(extraction.ok());
  ExpectSpansInside(*extraction, line.size());
}

// Random edits of real text: bytes flipped, deleted, duplicated, runs of punctuation, quotes,
// digits and line breaks inserted, pieces cut out and swapped. Deterministic seed, fast.
TEST(ExtractFuzz, SurvivesThousandsOfMutationsOfTheSamples) {
  const std::string samples[] = {Sample("karaganda-sample"), Sample("astana-final-sample")};
  const std::string inserts[] = {"«",          "»",
                                 "\"",         " - ",
                                 "—",          ".",
                                 "\n\n",       "  ",
                                 "г.",         "с ",
                                 "более 400 ", "около",
                                 " Ерлан ",    "<p>",
                                 "&laquo;",    "\xD0",
                                 "\xCC\x81",   "0",
                                 "Қ",          "депутаты Мажилиса ",
                                 ",",          "встретились с "};
  // Most edits keep to character boundaries so that most mutants stay UTF-8; one kind writes a
  // random byte, so some do not.
  const auto snap = [](const std::string& text, std::size_t at) {
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    return at;
  };
  std::mt19937 random(20260224);
  int extracted = 0, refused = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = samples[round % 2];
    // Work on a window so that each round stays fast.
    const std::size_t from = snap(text, random() % text.size());
    const std::size_t to = snap(text, from + 200 + random() % 1500);
    text = text.substr(from, to - from);
    const int edits = 1 + static_cast<int>(random() % 12);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = snap(text, random() % text.size());
      const auto end_of = [&](std::size_t length) {
        return snap(text, std::min(text.size(), at + length));
      };
      switch (random() % 12) {
        case 0:
          if (at < text.size()) text[at] = static_cast<char>(random() % 256);
          break;
        case 1:
        case 2:
          text.erase(at, end_of(1 + random() % 8) - at);
          break;
        case 3:
        case 4:
        case 5:
          text.insert(at, inserts[random() % std::size(inserts)]);
          break;
        case 6:
        case 7:
          text.insert(at, text.substr(at, end_of(random() % 40) - at));
          break;
        case 8:
        case 9: {
          const std::size_t length = end_of(random() % 30) - at;
          std::string piece = text.substr(at, length);
          text.erase(at, length);
          text.insert(snap(text, random() % (text.size() + 1)), piece);
          break;
        }
        default:
          text.resize(at);
          break;
      }
    }
    auto extraction = Extract(text, testing::TestGazetteer());
    if (!extraction.ok()) {
      ++refused;
      EXPECT_FALSE(extraction.error().message.empty());
      continue;
    }
    ++extracted;
    ExpectSpansInside(*extraction, text.size());
    const std::string json = ToJson(*extraction).dump();
    EXPECT_FALSE(json.empty());
  }
  // Both paths were exercised: most mutants are still text, some are no longer UTF-8.
  EXPECT_GT(extracted, 1000);
  EXPECT_GT(refused, 10);
}

// The same random edits on Latin-script Kazakh, with the letters, apostrophes and combining
// marks its reading depends on inserted, and Cyrillic and English mixed in.
TEST(ExtractFuzz, SurvivesMutationsOfLatinKazakh) {
  const std::filesystem::path seeds = std::filesystem::path(KENES_TEST_DIR) / "extract" / "fuzz";
  std::string latin = ReadFile(seeds / "latin-kazakh-2021.txt") + "\n" +
                      ReadFile(seeds / "latin-kazakh-2017-2018.txt") + "\n";
  ASSERT_GT(latin.size(), 1000u);
  for (const char* text : kKazakhLatin) latin += std::string(text) + "\n\n";
  latin +=
      "Tolyq aqparat https://kazpravda.kz/news/1 saitynda jäne info@amanat.kz poştasy arqyly "
      "beriledi #Referendum2026\n";
  latin += "The coalition's members met the staff of Qaratal in Osakarov district.\n";
  const std::string inserts[] = {"'",  "\u2019",  "\u02BC", "ä",         "ı",        "İ",    "I",
                                 "ş",  "sh",      "ch",     "a\xCC\x88", "\xCC\x81", "\xC4", "ý",
                                 "iä", "ıa",      "i'a",    " the ",     " jäne ",   "Қ",    "\n",
                                 "«",  "http://", "@",      "#"};
  std::mt19937 random(20260310);
  int text_mutants = 0, transliterated = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string text = latin;
    const int edits = 1 + static_cast<int>(random() % 10);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = random() % text.size();
      switch (random() % 4) {
        case 0:
          text.erase(at, 1 + random() % 6);
          break;
        case 1:
          text[at] = static_cast<char>(random() % 256);
          break;
        default:
          text.insert(at, inserts[random() % std::size(inserts)]);
          break;
      }
    }
    auto normalized = Normalize(text);
    if (normalized.ok()) {
      ++text_mutants;
      transliterated += normalized->transliterated ? 1 : 0;
      // Every normalized byte maps inside the input.
      for (std::size_t at = 0; at < normalized->text.size(); at += 7) {
        const ByteSpan source =
            normalized->map.ToSource(ByteSpan{ByteOffset(at), ByteOffset(at + 1)});
        EXPECT_LE(source.begin, source.end);
        EXPECT_LE(source.end.value(), text.size());
      }
    }
    auto extraction = Extract(text, testing::TestGazetteer());
    if (!extraction.ok()) continue;
    ExpectSpansInside(*extraction, text.size());
    EXPECT_FALSE(ToJson(*extraction).dump().empty());
  }
  // Many mutants are no longer UTF-8; of those that are, nearly all are still read as Kazakh.
  EXPECT_GT(text_mutants, 300);
  EXPECT_GT(transliterated * 10, text_mutants * 9);
}

// The same on the Kazakh golden releases in Cyrillic, with the suffixes, postpositions and
// letters the Kazakh readings hang on inserted at random: each mutant gives an error or an
// extraction whose spans lie inside it, and most still read as Kazakh and give meetings.
TEST(ExtractFuzz, SurvivesMutationsOfKazakhReleases) {
  std::string kazakh;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(KENES_TEST_DIR) / "extract")) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("kk-") && !name.starts_with("kk-latin")) {
      kazakh += ReadFile(entry.path() / "input.txt") + "\n";
    }
  }
  ASSERT_GT(kazakh.size(), 3000u);
  const std::string inserts[] = {"мен", "ның",  "-ге жуық", "-ден астам",  " кездесу ", "ұжымымен",
                                 "Қ",   "ң",    "і",        "ауданындағы", "«",         "»",
                                 "-",   "24-і", " кеше ",   " 200 ",       "\n\n",      "қатысты."};
  std::mt19937 random(20260224);
  int read = 0, kazakh_read = 0, with_events = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text = kazakh;
    const int edits = 1 + static_cast<int>(random() % 12);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      // Edits at letter boundaries, so that most mutants are still text; one in six a raw byte.
      std::size_t at = random() % text.size();
      while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
      switch (random() % 6) {
        case 0: {
          std::size_t end = std::min(text.size(), at + 1 + random() % 8);
          while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
          text.erase(at, end - at);
          break;
        }
        case 1:
          text[at] = static_cast<char>(random() % 256);
          break;
        default:
          text.insert(at, inserts[random() % std::size(inserts)]);
          break;
      }
    }
    auto extraction = Extract(text, testing::TestGazetteer());
    if (!extraction.ok()) continue;
    ++read;
    kazakh_read += extraction->language == Language::kKazakh;
    with_events += !extraction->events.empty();
    ExpectSpansInside(*extraction, text.size());
  }
  EXPECT_GT(read, 100);
  EXPECT_GT(kazakh_read * 10, read * 9);
  EXPECT_GT(with_events * 10, read * 9);
}

}  // namespace
}  // namespace kenes::extract
