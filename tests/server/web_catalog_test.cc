// The web interface's message catalogs (web/i18n/{ru,kk,en}.json): every message in every
// language, with the same {placeholders}, and every key the pages ask for by name present. A gap
// would show a raw key on the screen of whoever chose that language.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

namespace kenes {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kWeb = fs::path(KENES_TEST_DIR).parent_path() / "web";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

json Catalog(const std::string& language) {
  return json::parse(ReadFile(kWeb / "i18n" / (language + ".json")));
}

std::set<std::string> Placeholders(const std::string& message) {
  std::set<std::string> names;
  static const std::regex kPlaceholder(R"(\{(\w+)\})");
  for (auto it = std::sregex_iterator(message.begin(), message.end(), kPlaceholder);
       it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1]);
  }
  return names;
}

TEST(WebCatalogs, EveryLanguageHasEveryMessageWithTheSamePlaceholders) {
  const json ru = Catalog("ru");
  ASSERT_GT(ru.size(), 200u);
  for (const std::string language : {"kk", "en"}) {
    const json other = Catalog(language);
    for (const auto& [key, message] : ru.items()) {
      ASSERT_TRUE(other.contains(key)) << language << " lacks " << key;
      EXPECT_EQ(Placeholders(other[key]), Placeholders(message)) << language << ": " << key;
      EXPECT_FALSE(other[key].get<std::string>().empty()) << language << ": " << key;
    }
    for (const auto& [key, message] : other.items()) {
      EXPECT_TRUE(ru.contains(key)) << language << " has " << key << ", which Russian lacks";
    }
  }
}

TEST(WebCatalogs, EveryKeyAPageNamesIsInTheCatalog) {
  const json ru = Catalog("ru");
  // t('key') and t('key', {...}) with a literal key; keys built at run time ('kind.' + k) are
  // covered by the test above only.
  static const std::regex kCall(R"(\bt\('([a-z0-9_.]+)'[,)])");
  int found = 0;
  for (const auto& entry : fs::recursive_directory_iterator(kWeb)) {
    if (entry.path().extension() != ".js") continue;
    const std::string text = ReadFile(entry.path());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kCall);
         it != std::sregex_iterator(); ++it) {
      ++found;
      EXPECT_TRUE(ru.contains((*it)[1].str()))
          << entry.path().filename() << " asks for " << (*it)[1] << ", which is in no catalog";
    }
  }
  EXPECT_GT(found, 150);
}

}  // namespace
}  // namespace kenes
