// Golden-file tests, as Kakoune's: every folder tests/extract/<case>/ holds a press release
// (input.txt) and the extraction a person wrote by hand from reading it (expected.json). The
// runner extracts, turns every span into the words it covers (so that the expected file can be
// read and written without counting bytes), and compares; a mismatch prints a line diff.
//
// Spans are written in expected.json as the text they cover, white space collapsed; a span of
// more than 12 words as its first five words, " … ", and its last five. Confidence is checked
// to lie in [0, 1] and not compared. KENES_GOLDEN_SHOW=1 prints what the extractor gives, for
// reading beside a failing case (not for copying into expected.json).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extraction_json.h"
#include "extract/extractor.h"
#include "test_gazetteer.h"

namespace kenes::extract {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string Render(std::string_view covered) {
  const std::vector<std::string> words = Words(covered);
  const auto join = [&](std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
    return out;
  };
  if (words.size() <= 12) return join(0, words.size());
  return join(0, 5) + " … " + join(words.size() - 5, words.size());
}

// Replaces every [begin, end] pair of byte offsets with the text it covers; drops "confidence"
// after checking its range.
void Project(Json& value, std::string_view input, std::vector<std::string>& problems) {
  if (value.is_array() && value.size() == 2 && value[0].is_number_unsigned() &&
      value[1].is_number_unsigned()) {
    const auto begin = value[0].get<std::size_t>();
    const auto end = value[1].get<std::size_t>();
    if (begin > end || end > input.size()) {
      problems.push_back("span [" + std::to_string(begin) + ", " + std::to_string(end) +
                         ") outside the input");
      return;
    }
    value = Render(input.substr(begin, end - begin));
    return;
  }
  if (value.is_object()) {
    if (value.contains("confidence")) {
      const double c = value["confidence"].get<double>();
      if (c < 0 || c > 1) problems.push_back("confidence " + std::to_string(c));
      value.erase("confidence");
    }
    for (auto& [key, item] : value.items()) Project(item, input, problems);
  } else if (value.is_array()) {
    for (Json& item : value) Project(item, input, problems);
  }
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A unified-style line diff (longest common subsequence): "-" expected only, "+" actual only.
std::string Diff(const std::string& expected, const std::string& actual) {
  const std::vector<std::string> a = Lines(expected), b = Lines(actual);
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::string out;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out += "+ " + b[j++] + "\n";
    } else {
      out += "- " + a[i++] + "\n";
    }
  }
  return out;
}

std::vector<std::string> Cases() {
  std::vector<std::string> cases;
  for (const auto& entry : fs::directory_iterator(fs::path(KENES_TEST_DIR) / "extract")) {
    if (entry.is_directory() && fs::exists(entry.path() / "input.txt")) {
      cases.push_back(entry.path().filename().string());
    }
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesTheHandWrittenExtraction) {
  const fs::path dir = fs::path(KENES_TEST_DIR) / "extract" / GetParam();
  const std::string input = ReadFile(dir / "input.txt");
  ExtractOptions options;
  if (fs::exists(dir / "options.json")) {
    const Json o = Json::parse(ReadFile(dir / "options.json"));
    if (o.contains("reference_date")) {
      options.reference_date = *Date::Parse(o["reference_date"].get<std::string>());
    }
  }
  auto extraction = Extract(input, testing::TestGazetteer(), options);
  ASSERT_TRUE(extraction.ok()) << extraction.error().message;
  Json actual = ToJson(*extraction);
  std::vector<std::string> problems;
  Project(actual, input, problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  if (const char* show = std::getenv("KENES_GOLDEN_SHOW"); show && *show == '1') {
    std::cout << "== " << GetParam() << "\n" << actual.dump(2) << "\n";
  }
  ASSERT_TRUE(fs::exists(dir / "expected.json")) << "no expected.json in " << dir;
  // Compared as unordered objects: the order of keys in a hand-written file does not matter.
  const nlohmann::json expected = nlohmann::json::parse(ReadFile(dir / "expected.json"));
  const nlohmann::json got = nlohmann::json::parse(actual.dump());
  if (expected != got) {
    ADD_FAILURE() << GetParam() << ": the extraction differs from expected.json "
                  << "(- expected, + actual; keys sorted):\n"
                  << Diff(expected.dump(2), got.dump(2));
  }
}

INSTANTIATE_TEST_SUITE_P(Extract, Golden, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

}  // namespace
}  // namespace kenes::extract
