// Kazakh stemming measured: Debian's hunspell-kk against kenes' table-driven suffix stripper
// (core/kazakh_morphology.h), on inflected forms of the press-release genre with the stem each
// should give (bench/data/kazakh_stems.tsv, written from the grammar, not from either tool). The
// figures of docs/extract.md, "Kazakh stemming: hunspell-kk measured", come from this program:
//
//   cmake --build build/release --target kazakh_stemmer_compare
//   build/release/bench/kazakh_stemmer_compare [WORDS.tsv] [AFF DIC]
//
// For each tool: recall (the expected stem is among the stems it offers), ambiguity (the mean
// number of stems or readings it offers a word), the words it misses, and its time per word, the
// two timed in the same run so that their ratio holds on a loaded machine. A plain program, not a
// Google Benchmark, and built only where hunspell is installed: kenes itself never links hunspell.
// Hunspell::analyze is not asked: this dictionary has no morphological fields, so it says no more
// than the stem and the flag of the one affix rule ("st:ауыл fl:H").
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <hunspell.hxx>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Sample {
  std::string word;  // as written in a text: names keep their capital
  std::string stem;
  std::string form;
  std::string note;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t tab = line.find('\t', begin);
    fields.push_back(line.substr(begin, tab - begin));
    if (tab == std::string::npos) return fields;
    begin = tab + 1;
  }
}

// Lines starting with '#' state the provenance; the first other line is the header.
std::vector<Sample> ReadSamples(const std::string& path) {
  std::ifstream in(path);
  std::vector<Sample> samples;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> fields = SplitTabs(line);
    fields.resize(4);
    samples.push_back(Sample{fields[0], fields[1], fields[2], fields[3]});
  }
  return samples;
}

// What kazakh::Stems expects: lower case, ё as е.
std::string Fold(std::string_view word) {
  std::string folded;
  for (std::size_t pos = 0; pos < word.size();) {
    const char32_t c = kenes::utf8::ToLower(kenes::utf8::Decode(word, pos));
    kenes::utf8::Append(folded, c == U'ё' ? U'е' : c);
  }
  return folded;
}

std::vector<std::string> KenesStems(const std::string& word) {
  std::vector<std::string> stems;
  for (const kenes::kazakh::Analysis& analysis : kenes::kazakh::Stems(Fold(word))) {
    stems.push_back(analysis.stem);
  }
  return stems;
}

// Distinct stems, folded: hunspell may give one stem twice (two affix rules), kenes one stem
// under several readings; ambiguity counts what a caller must look up.
std::set<std::string> Distinct(const std::vector<std::string>& stems) {
  std::set<std::string> distinct;
  for (const std::string& stem : stems) distinct.insert(Fold(stem));
  return distinct;
}

std::string Join(const std::set<std::string>& stems, std::size_t limit) {
  std::string joined;
  std::size_t n = 0;
  for (const std::string& stem : stems) {
    if (n++ == limit) return joined + ", …";
    if (!joined.empty()) joined += ", ";
    joined += stem;
  }
  return joined.empty() ? "-" : joined;
}

struct Tally {
  int found = 0;
  std::size_t stems = 0;
  std::size_t stems_in_lexicon = 0;  // the stems that are words of the genre's lexicon
  std::size_t wrong_in_lexicon = 0;  // of them, a word of the lexicon but not the expected stem
  std::vector<std::string> misses;
};

// Nanoseconds per word of `stem` over every sample, repeated until a run lasts `budget`.
template <typename Stemmer>
double NanosPerWord(const std::vector<Sample>& samples, Stemmer stem, Clock::duration budget) {
  std::size_t sink = 0, words = 0;
  const Clock::time_point start = Clock::now();
  Clock::time_point now = start;
  while (now - start < budget) {
    for (const Sample& sample : samples) sink += stem(sample.word).size();
    words += samples.size();
    now = Clock::now();
  }
  if (sink == 0) std::puts("");  // keeps the calls from being optimized away
  return std::chrono::duration<double, std::nano>(now - start).count() / double(words);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string words_path =
      argc > 1 ? argv[1] : std::string(KENES_BENCH_DATA_DIR) + "/kazakh_stems.tsv";
  const std::string aff = argc > 3 ? argv[2] : "/usr/share/hunspell/kk_KZ.aff";
  const std::string dic = argc > 3 ? argv[3] : "/usr/share/hunspell/kk_KZ.dic";
  const std::vector<Sample> samples = ReadSamples(words_path);
  if (samples.empty()) {
    std::fprintf(stderr, "no words read from %s\n", words_path.c_str());
    return 1;
  }
  if (!std::ifstream(aff) || !std::ifstream(dic)) {
    std::fprintf(stderr, "no dictionary at %s / %s (apt-get install hunspell-kk)\n", aff.c_str(),
                 dic.c_str());
    return 1;
  }
  const Clock::time_point load_start = Clock::now();
  Hunspell hunspell(aff.c_str(), dic.c_str());
  const double load_ms =
      std::chrono::duration<double, std::milli>(Clock::now() - load_start).count();
  auto hunspell_stems = [&](const std::string& word) { return hunspell.stem(word); };

  // The genre's lexicon: every expected stem. A caller of kazakh::Stems keeps the readings whose
  // stem its lexicon or gazetteer knows; this is that filter with a lexicon that knows them all.
  std::set<std::string> lexicon;
  for (const Sample& sample : samples) lexicon.insert(Fold(sample.stem));

  Tally hun, ken;
  int accepted = 0;
  for (const Sample& sample : samples) {
    const std::string expected = Fold(sample.stem);
    accepted += hunspell.spell(sample.word) ? 1 : 0;
    const std::set<std::string> by_hunspell = Distinct(hunspell.stem(sample.word));
    const std::set<std::string> by_kenes = Distinct(KenesStems(sample.word));
    for (auto [tally, stems] : {std::pair{&hun, &by_hunspell}, std::pair{&ken, &by_kenes}}) {
      tally->stems += stems->size();
      for (const std::string& stem : *stems) {
        if (!lexicon.contains(stem)) continue;
        ++tally->stems_in_lexicon;
        if (stem != expected) ++tally->wrong_in_lexicon;
      }
      if (stems->contains(expected)) {
        ++tally->found;
      } else {
        tally->misses.push_back(sample.word + " → " + sample.stem + " (" + sample.form +
                                (sample.note.empty() ? "" : "; " + sample.note) + "): gave " +
                                Join(*stems, 6));
      }
    }
  }

  const double n = double(samples.size());
  const double hun_ns = NanosPerWord(samples, hunspell_stems, std::chrono::milliseconds(500));
  const double ken_ns = NanosPerWord(samples, KenesStems, std::chrono::milliseconds(500));
  std::printf("%zu words of %s; hunspell dictionary %s (%s), %d words accepted by spell()\n\n",
              samples.size(), words_path.c_str(), dic.c_str(), hunspell.get_dict_encoding().c_str(),
              accepted);
  std::printf(
      "| stemmer | recall | stems offered per word | of them in the lexicon | "
      "wrong ones in the lexicon | µs per word |\n");
  std::printf("|---|---|---|---|---|---|\n");
  for (auto [name, tally, ns] :
       {std::tuple{"hunspell-kk", &hun, hun_ns}, std::tuple{"kazakh::Stems", &ken, ken_ns}}) {
    std::printf("| %s | %d/%zu = %.2f | %.2f | %.2f | %zu | %.2f |\n", name, tally->found,
                samples.size(), tally->found / n, tally->stems / n, tally->stems_in_lexicon / n,
                tally->wrong_in_lexicon, ns / 1000);
  }
  std::printf(
      "\nhunspell-kk takes %.1f times as long per word as kazakh::Stems, after %.0f ms loading "
      "its dictionary\n",
      hun_ns / ken_ns, load_ms);
  for (auto [name, tally] : {std::pair{"hunspell-kk", &hun}, std::pair{"kazakh::Stems", &ken}}) {
    std::printf("\n%s misses %zu:\n", name, tally->misses.size());
    for (const std::string& miss : tally->misses) std::printf("  %s\n", miss.c_str());
  }
  return 0;
}
