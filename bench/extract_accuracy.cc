// How well the press-release engine reads texts it was not tuned on, per language: the figures
// issue 12 sets targets for. Each case of bench/extract_corpus/<language>/<case>/ holds a text
// (input.txt, an optional options.json with a reference_date) and what a careful reader takes
// from it (truth.json), written from the text before the engine was run on it:
//
//   {"meetings": 2,
//    "figures": [{"value": 351, "qualifier": "more_than"}, ...],   one per meeting that has one
//    "people": [{"name": "Ерлан Қошанов", "title": "Сенат депутаты"}, ...],
//    "places": ["Семей", ...]}                                      a place per meeting
//
//   build/release/bench/extract_accuracy [CORPUS_DIR]
//
// prints, per language: attendance figures (value and qualifier right) as precision, recall and
// F1 over the events' figures; people with titles (name and title both right) as recall and
// precision; places as recall (a truth place named as the settlement, district or region of some
// event); and the number of meetings against the truth. The gazetteer is the one kenes ships.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/gazetteer.h"
#include "core/places_csv.h"
#include "extract/extractor.h"

namespace {

namespace fs = std::filesystem;
using kenes::extract::Extraction;
using nlohmann::json;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Tally {
  int cases = 0;
  int figures_true = 0, figures_found = 0, figures_right = 0;
  int people_true = 0, people_found = 0, people_right = 0;
  int places_true = 0, places_right = 0;
  int meetings_true = 0, meetings_found = 0, meetings_off = 0;
};

double Ratio(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

void Score(const Extraction& got, const json& truth, Tally& tally, const std::string& name) {
  ++tally.cases;
  // Figures: each truth figure matched at most once by an event's figure.
  std::vector<std::pair<std::int64_t, std::string>> expected;
  for (const json& f : truth.value("figures", json::array())) {
    expected.emplace_back(f["value"].get<std::int64_t>(), f["qualifier"].get<std::string>());
  }
  tally.figures_true += static_cast<int>(expected.size());
  for (const auto& event : got.events) {
    if (!event.attendance) continue;
    ++tally.figures_found;
    const auto& a = event.attendance->attendance;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (it->first == a.value && it->second == kenes::QualifierName(a.qualifier)) {
        ++tally.figures_right;
        expected.erase(it);
        break;
      }
    }
  }
  for (const auto& [value, qualifier] : expected) {
    std::printf("  %s: figure %lld %s not read\n", name.c_str(), static_cast<long long>(value),
                qualifier.c_str());
  }
  // People with titles.
  const json people = truth.value("people", json::array());
  tally.people_true += static_cast<int>(people.size());
  tally.people_found += static_cast<int>(got.people.size());
  for (const json& p : people) {
    bool found = false;
    for (const auto& person : got.people) {
      found = found || (person.name == p["name"] && person.title == p["title"]);
    }
    tally.people_right += found;
    if (!found) {
      std::printf("  %s: person %s (%s) not read\n", name.c_str(),
                  p["name"].get<std::string>().c_str(), p["title"].get<std::string>().c_str());
    }
  }
  // Places.
  for (const json& p : truth.value("places", json::array())) {
    ++tally.places_true;
    bool found = false;
    for (const auto& event : got.events) {
      found = found || event.settlement == p || event.district == p || event.region == p;
    }
    tally.places_right += found;
    if (!found)
      std::printf("  %s: place %s not read\n", name.c_str(), p.get<std::string>().c_str());
  }
  const int meetings = truth.value("meetings", 0);
  const int found = static_cast<int>(got.events.size());
  tally.meetings_true += meetings;
  tally.meetings_found += found;
  tally.meetings_off += std::abs(found - meetings);
  if (found != meetings) std::printf("  %s: %d meetings, %d true\n", name.c_str(), found, meetings);
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path corpus =
      argc > 1 ? fs::path(argv[1]) : fs::path(KENES_BENCH_DIR) / "extract_corpus";
  auto places = kenes::ParsePlacesCsv(ReadFile(fs::path(KENES_DATA_DIR) / "places.csv"));
  if (!places.ok()) {
    std::fprintf(stderr, "data/places.csv: %s\n", places.error().message.c_str());
    return 1;
  }
  const kenes::Gazetteer gazetteer(std::move(places).value());
  std::map<std::string, Tally> tallies;
  std::vector<fs::path> cases;
  for (const auto& language : fs::directory_iterator(corpus)) {
    if (!language.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(language.path())) {
      if (fs::exists(entry.path() / "truth.json")) cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  for (const fs::path& dir : cases) {
    kenes::extract::ExtractOptions options;
    if (fs::exists(dir / "options.json")) {
      const json o = json::parse(ReadFile(dir / "options.json"));
      if (o.contains("reference_date")) {
        options.reference_date = *kenes::Date::Parse(o["reference_date"].get<std::string>());
      }
    }
    auto got = kenes::extract::Extract(ReadFile(dir / "input.txt"), gazetteer, options);
    const std::string language = dir.parent_path().filename().string();
    const std::string name = language + "/" + dir.filename().string();
    if (!got.ok()) {
      std::printf("  %s: %s\n", name.c_str(), got.error().message.c_str());
      continue;
    }
    Score(*got, json::parse(ReadFile(dir / "truth.json")), tallies[language], name);
  }
  std::printf("\n%-4s %5s | %-22s | %-17s | %-7s | %s\n", "lang", "cases", "figures P / R / F1",
              "people R / P", "places R", "meetings found/true");
  for (const auto& [language, t] : tallies) {
    const double p = Ratio(t.figures_right, t.figures_found);
    const double r = Ratio(t.figures_right, t.figures_true);
    const double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    std::printf(
        "%-4s %5d | %.2f / %.2f / %.2f     | %.2f / %.2f       | %.2f    | %d/%d (off by %d)\n",
        language.c_str(), t.cases, p, r, f1, Ratio(t.people_right, t.people_true),
        Ratio(t.people_right, t.people_found), Ratio(t.places_right, t.places_true),
        t.meetings_found, t.meetings_true, t.meetings_off);
  }
  return 0;
}
