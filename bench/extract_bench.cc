// Press-release extraction, guarding the target of at least 20 MB/s of text on one core
// (DESIGN.md). The texts are the two sample press releases and every golden test text
// (tests/extract/*/input.txt); the gazetteer is the one kenes ships (data/places.csv).
//
//   cmake --build build --target extract_bench && build/bench/extract_bench
//
// BM_ExtractCorpus reports bytes_per_second over the whole corpus, one document an iteration
// step, as the intake endpoint sees them, and BM_ExtractCorpusKazakh over the Kazakh cases alone;
// BM_ExtractSample* one document each; BM_Normalize and BM_Tokenize the first stages alone, to see
// where the time goes; BM_NormalizeLatinKazakh the transliteration of a release in Latin-script
// Kazakh, BM_ExtractLatinKazakh/0 and /1 that release extracted whole and its Cyrillic reading
// extracted whole.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/gazetteer.h"
#include "core/places_csv.h"
#include "extract/extractor.h"
#include "extract/normalize.h"
#include "extract/tokenize.h"

namespace kenes::extract {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

const Gazetteer& ShippedGazetteer() {
  static const Gazetteer gazetteer = [] {
    auto places = ParsePlacesCsv(ReadFile(fs::path(KENES_DATA_DIR) / "places.csv"));
    if (!places.ok()) {
      std::fprintf(stderr, "data/places.csv: %s\n", places.error().message.c_str());
      std::abort();
    }
    return Gazetteer(std::move(places).value());
  }();
  return gazetteer;
}

// The golden texts whose folder name starts with `prefix` ("" for all, "kk-" for the Kazakh
// ones), in name order so that runs compare.
std::vector<std::string> GoldenTexts(std::string_view prefix) {
  std::vector<fs::path> folders;
  for (const auto& entry : fs::directory_iterator(fs::path(KENES_TEST_DIR) / "extract")) {
    if (fs::exists(entry.path() / "input.txt") &&
        entry.path().filename().string().starts_with(prefix)) {
      folders.push_back(entry.path());
    }
  }
  std::sort(folders.begin(), folders.end());
  std::vector<std::string> texts;
  for (const fs::path& folder : folders) texts.push_back(ReadFile(folder / "input.txt"));
  return texts;
}

const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> corpus = GoldenTexts("");
  return corpus;
}

const std::vector<std::string>& KazakhCorpus() {
  static const std::vector<std::string> corpus = GoldenTexts("kk-");
  return corpus;
}

const std::string& Sample(const char* name) {
  static std::vector<std::pair<std::string, std::string>> cache;
  for (const auto& [key, text] : cache) {
    if (key == name) return text;
  }
  cache.emplace_back(name, ReadFile(fs::path(KENES_TEST_DIR) / "extract" / name / "input.txt"));
  return cache.back().second;
}

void ExtractCorpus(benchmark::State& state, const std::vector<std::string>& corpus) {
  const Gazetteer& gazetteer = ShippedGazetteer();
  std::size_t bytes = 0, next = 0, events = 0;
  for (auto _ : state) {
    const std::string& text = corpus[next++ % corpus.size()];
    auto result = Extract(text, gazetteer);
    events += result.ok() ? result->events.size() : 0;
    benchmark::DoNotOptimize(result);
    bytes += text.size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["documents"] = static_cast<double>(corpus.size());
  benchmark::DoNotOptimize(events);
}
void BM_ExtractCorpus(benchmark::State& state) { ExtractCorpus(state, Corpus()); }
// The Kazakh golden texts alone (Cyrillic and Latin), against the same 20 MB/s.
void BM_ExtractCorpusKazakh(benchmark::State& state) { ExtractCorpus(state, KazakhCorpus()); }
BENCHMARK(BM_ExtractCorpus);
BENCHMARK(BM_ExtractCorpusKazakh);

void ExtractOne(benchmark::State& state, const char* name) {
  const Gazetteer& gazetteer = ShippedGazetteer();
  const std::string& text = Sample(name);
  for (auto _ : state) {
    auto result = Extract(text, gazetteer);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
void BM_ExtractSampleKaraganda(benchmark::State& state) { ExtractOne(state, "karaganda-sample"); }
void BM_ExtractSampleAstana(benchmark::State& state) { ExtractOne(state, "astana-final-sample"); }
// A Kazakh release of the samples' length: a delegation's day of six meetings.
void BM_ExtractKazakhDay(benchmark::State& state) {
  ExtractOne(state, "kk-karaganda-delegation-day");
}
BENCHMARK(BM_ExtractSampleKaraganda);
BENCHMARK(BM_ExtractSampleAstana);
BENCHMARK(BM_ExtractKazakhDay);

void BM_Normalize(benchmark::State& state) {
  const std::string& text = Sample("karaganda-sample");
  for (auto _ : state) {
    auto result = Normalize(text);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Normalize);

// A release in Latin-script Kazakh: every word is read and transliterated letter by letter.
void BM_NormalizeLatinKazakh(benchmark::State& state) {
  const std::string text =
      ReadFile(fs::path(KENES_TEST_DIR) / "extract" / "fuzz" / "latin-kazakh-2021.txt");
  for (auto _ : state) {
    auto result = Normalize(text);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_NormalizeLatinKazakh);

// The same release extracted whole, and its Cyrillic reading extracted whole, to compare.
void BM_ExtractLatinKazakh(benchmark::State& state) {
  const Gazetteer& gazetteer = ShippedGazetteer();
  const std::string latin =
      ReadFile(fs::path(KENES_TEST_DIR) / "extract" / "fuzz" / "latin-kazakh-2021.txt");
  const std::string text = state.range(0) == 0 ? latin : Normalize(latin).value().text;
  for (auto _ : state) {
    auto result = Extract(text, gazetteer);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetLabel(state.range(0) == 0 ? "latin" : "its cyrillic");
}
BENCHMARK(BM_ExtractLatinKazakh)->Arg(0)->Arg(1);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Sample("karaganda-sample");
  for (auto _ : state) {
    auto tokens = Tokenize(std::move(Normalize(text).value()));
    benchmark::DoNotOptimize(tokens);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Tokenize);

}  // namespace
}  // namespace kenes::extract

BENCHMARK_MAIN();
