#include "core/gazetteer.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/place_name_forms.h"
#include "core/utf8.h"

namespace kenes {
namespace {

using place_names::TypeWord;

// How closely a key matched; lower is better. Each kind of key has its own prefix character in
// the index so one hash map holds them all.
enum Strength : int { kExact = 0, kInflected = 1, kRelated = 2, kPrefix = 3 };
constexpr char kExactKey = '=';
constexpr char kStemKey = '~';
constexpr char kRelatedKey = '^';

// How many neighbouring names a prefix query reads at most; keeps a one-letter query cheap.
constexpr std::size_t kMaxPrefixScan = 512;

struct Posting {
  std::uint32_t place;
  // The name consists of the matched words alone, with no type word of its own.
  bool complete;
};

// A name or a query split into the words that name the place and the type word next to them.
struct Analysis {
  std::vector<std::string> core;
  std::string last_kazakh;  // the last core word with its Kazakh letters (FoldForSearch)
  TypeWord type = TypeWord::kNone;
};

// `words` are FoldName's, `kazakh_words` the same words before FoldWord.
Analysis Analyze(std::span<const std::string_view> words,
                 std::span<const std::string_view> kazakh_words) {
  Analysis analysis;
  for (std::size_t i = 0; i < words.size(); ++i) {
    TypeWord type = TypeWord::kNone;
    if (i + 1 < words.size()) type = place_names::ClassifyPair(words[i], words[i + 1]);
    if (type != TypeWord::kNone) {
      ++i;
    } else {
      type = place_names::ClassifyWord(words[i]);
    }
    if (place_names::IsPlaceType(type)) {
      if (analysis.type == TypeWord::kNone) analysis.type = type;
    } else if (type != TypeWord::kStop) {
      analysis.core.emplace_back(words[i]);
      analysis.last_kazakh = kazakh_words[i];
    }
  }
  return analysis;
}

std::string Join(char prefix, std::span<const std::string> words) {
  std::string key(1, prefix);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i) key += ' ';
    key += words[i];
  }
  return key;
}

std::vector<std::string> Stems(std::span<const std::string> words) {
  std::vector<std::string> stems;
  stems.reserve(words.size());
  for (const std::string& word : words) stems.push_back(place_names::Stem(word));
  return stems;
}

// The words with the last one replaced.
std::vector<std::string> WithLast(std::span<const std::string> words, std::string last) {
  std::vector<std::string> out(words.begin(), words.end());
  out.back() = std::move(last);
  return out;
}

// The word that makes a name a memorial one, "named after": Russian "имени" ("им."), Kazakh
// "атындағы", as FoldName writes them.
bool IsMemorial(std::string_view folded_word) {
  return folded_word == "имени" || folded_word == "им" || folded_word == "атындагы";
}

// The first three code points of a word (all of it when shorter).
std::string FirstLetters(std::string_view word) {
  std::size_t pos = 0;
  for (int letters = 0; letters < 3 && pos < word.size(); ++letters) utf8::Decode(word, pos);
  return std::string(word.substr(0, pos));
}

// Sort key of a candidate; see Gazetteer::Search for the order.
struct Rank {
  int type_class;
  int strength;
  int incomplete;
  int level;
  std::int64_t negative_population;
  std::string_view code;

  bool operator<(const Rank& other) const {
    return std::tie(type_class, strength, incomplete, level, negative_population, code) <
           std::tie(other.type_class, other.strength, other.incomplete, other.level,
                    other.negative_population, other.code);
  }
};

}  // namespace

struct Gazetteer::Index {
  std::unordered_map<std::string_view, std::uint32_t> by_code;
  std::unordered_map<std::string, std::vector<Posting>> keys;
  // Every exact name key (without its prefix character), sorted, for prefix search.
  std::vector<std::pair<std::string, std::uint32_t>> names;
  // Exact and stemmed forms of the first name word of every place, so MatchAt can give up after
  // one lookup on the words of running text that begin no place name.
  std::unordered_set<std::string> first_words;
  // The first three letters of those words, which every form of the word shares (a stem keeps at
  // least three): a cheaper test that rejects most words of a text before any stemming.
  std::unordered_set<std::string> first_letters;
  std::size_t max_name_words = 0;

  void Add(std::string key, std::uint32_t place, bool complete) {
    std::vector<Posting>& postings = keys[std::move(key)];
    for (Posting& posting : postings) {
      if (posting.place == place) {
        posting.complete = posting.complete || complete;
        return;
      }
    }
    postings.push_back({place, complete});
  }

  const std::vector<Posting>* Lookup(const std::string& key) const {
    auto it = keys.find(key);
    return it == keys.end() ? nullptr : &it->second;
  }

  void AddName(std::string_view name, std::uint32_t place) {
    const std::string folded = place_names::FoldName(name);
    const std::vector<std::string_view> words = place_names::SplitWords(folded);
    const Analysis analysis = Analyze(words, words);  // a name is indexed in its nominative
    if (analysis.core.empty()) return;
    const bool complete = analysis.type == TypeWord::kNone;
    const std::vector<std::string> stems = Stems(analysis.core);
    std::string exact = Join(kExactKey, analysis.core);
    names.emplace_back(exact.substr(1), place);
    Add(std::move(exact), place, complete);
    Add(Join(kStemKey, stems), place, complete);
    for (std::string& base : place_names::AdjectiveBases(stems.back())) {
      Add(Join(kRelatedKey, WithLast(stems, std::move(base))), place, complete);
    }
    first_words.insert(analysis.core.front());
    first_words.insert(stems.front());
    first_letters.insert(FirstLetters(analysis.core.front()));
    max_name_words = std::max(max_name_words, analysis.core.size());
  }
};

Gazetteer::Gazetteer() = default;
Gazetteer::Gazetteer(std::vector<Place> places)
    : places_(std::move(places)), index_(std::make_unique<Index>()) {
  for (std::size_t i = 0; i < places_.size(); ++i) {
    const Place& place = places_[i];
    const auto id = static_cast<std::uint32_t>(i);
    index_->by_code.emplace(place.code, id);
    index_->AddName(place.name_ru, id);
    index_->AddName(place.name_kk, id);
    for (std::string_view alias : place_names::AliasesOf(place.code)) index_->AddName(alias, id);
  }
  std::sort(index_->names.begin(), index_->names.end());
  index_->names.erase(std::unique(index_->names.begin(), index_->names.end()), index_->names.end());
}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

const Place* Gazetteer::Find(std::string_view code) const {
  if (!index_) return nullptr;
  auto it = index_->by_code.find(code);
  return it == index_->by_code.end() ? nullptr : &places_[it->second];
}

namespace {

const Place* AncestorAt(const Gazetteer& g, std::string_view code, PlaceLevel level) {
  const Place* place = g.Find(code);
  // The guard stops a parent cycle in hand-edited data; KATO has four levels.
  for (int guard = 0; place && guard < 8; ++guard) {
    if (place->level == level) return place;
    if (place->level < level) return nullptr;
    place = g.Find(place->parent_code);
  }
  return nullptr;
}

// Collects candidates for one query, keeping each place's best rank.
class Candidates {
 public:
  Candidates(std::span<const Place> places, TypeWord type) : places_(places), type_(type) {}

  // With `complete_only`, names that carry a type word of their own are left out.
  void Offer(const std::vector<Posting>* postings, Strength strength, bool complete_only = false) {
    if (!postings) return;
    for (const Posting& posting : *postings) {
      if (!complete_only || posting.complete) Offer(posting, strength);
    }
  }

  void Offer(const Posting& posting, Strength strength) {
    const Place& place = places_[posting.place];
    const bool type_agrees =
        type_ != TypeWord::kNone && place_names::TypeAccepts(type_, place.kind);
    const int type_class = type_ == TypeWord::kNone ? 1 : (type_agrees ? 0 : 2);
    const Rank rank{type_class,
                    strength,
                    (posting.complete || type_agrees) ? 0 : 1,
                    static_cast<int>(place.level),
                    place.population ? -*place.population : 0,
                    place.code};
    auto [it, inserted] = best_.try_emplace(posting.place, rank);
    if (!inserted && rank < it->second) it->second = rank;
  }

  std::vector<const Place*> Best(std::size_t limit) const {
    std::vector<std::pair<Rank, std::uint32_t>> sorted;
    sorted.reserve(best_.size());
    for (const auto& [place, rank] : best_) sorted.emplace_back(rank, place);
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Place*> out;
    for (std::size_t i = 0; i < sorted.size() && i < limit; ++i) {
      out.push_back(&places_[sorted[i].second]);
    }
    return out;
  }

  bool empty() const { return best_.empty(); }

 private:
  std::span<const Place> places_;
  TypeWord type_;
  std::unordered_map<std::uint32_t, Rank> best_;
};

}  // namespace

const Place* Gazetteer::RegionOf(std::string_view code) const {
  return AncestorAt(*this, code, PlaceLevel::kRegion);
}
const Place* Gazetteer::DistrictOf(std::string_view code) const {
  return AncestorAt(*this, code, PlaceLevel::kDistrict);
}

std::vector<const Place*> Gazetteer::Search(std::string_view query, std::size_t limit) const {
  if (!index_ || limit == 0 || !utf8::IsValid(query)) return {};
  // FoldName is FoldWord of FoldForSearch, letter by letter, so both split into the same words.
  const std::string kazakh = utf8::FoldForSearch(query);
  const std::string folded = place_names::FoldWord(kazakh);
  const std::vector<std::string_view> words = place_names::SplitWords(folded);
  const std::vector<std::string_view> kazakh_words = place_names::SplitWords(kazakh);
  if (words.empty() || kazakh_words.size() != words.size()) return {};
  if (words.size() == 1 && IsKatoCode(words[0])) {
    if (const Place* place = Find(words[0])) return {place};
    return {};
  }
  const Analysis analysis = Analyze(words, kazakh_words);
  if (analysis.core.empty()) return {};

  const Index& index = *index_;
  Candidates candidates(places_, analysis.type);
  const std::vector<std::string>& core = analysis.core;
  const std::vector<std::string> stems = Stems(core);
  candidates.Offer(index.Lookup(Join(kExactKey, core)), kExact);
  candidates.Offer(index.Lookup(Join(kStemKey, stems)), kInflected);
  // Kazakh inflects the last word of a name: "Қарағандыда", "Астананың".
  if (std::string bare = place_names::StripKazakhCase(analysis.last_kazakh); !bare.empty()) {
    const std::vector<std::string> bare_words = WithLast(core, bare);
    candidates.Offer(index.Lookup(Join(kExactKey, bare_words)), kInflected);
    candidates.Offer(index.Lookup(Join(kStemKey, Stems(bare_words))), kInflected);
  }
  // A noun in the query against a place named by its adjective, and the other way round.
  candidates.Offer(index.Lookup(Join(kRelatedKey, stems)), kRelated);
  for (std::string& base : place_names::AdjectiveBases(stems.back())) {
    candidates.Offer(index.Lookup(Join(kStemKey, WithLast(stems, std::move(base)))), kRelated);
  }
  // A query with words around the name ("жителями Карагандинской области"): the longest run of
  // its words that is a name, ranked below a match of the whole query.
  for (std::size_t length = core.size() - 1; candidates.empty() && length > 0; --length) {
    for (std::size_t start = 0; start + length <= core.size(); ++start) {
      const std::span<const std::string> run(core.data() + start, length);
      candidates.Offer(index.Lookup(Join(kExactKey, run)), kRelated);
      candidates.Offer(index.Lookup(Join(kStemKey, Stems(run))), kRelated);
    }
  }
  // Names the query begins: "Осак" while it is being typed.
  const std::string prefix = Join(kExactKey, core).substr(1);
  auto it = std::lower_bound(index.names.begin(), index.names.end(),
                             std::pair<std::string, std::uint32_t>(prefix, 0));
  for (std::size_t scanned = 0; it != index.names.end() && scanned < kMaxPrefixScan;
       ++it, ++scanned) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    if (it->first.size() == prefix.size()) continue;
    candidates.Offer(Posting{it->second, false}, kPrefix);
  }
  return candidates.Best(limit);
}

PlaceMatch Gazetteer::MatchAt(std::span<const std::string_view> folded_words,
                              std::size_t limit) const {
  PlaceMatch none;
  if (!index_ || folded_words.empty() || limit == 0) return none;
  const Index& index = *index_;
  // Words are folded further only as far as they are read: most words of a text are rejected
  // at the first one.
  const std::size_t window = std::min(folded_words.size(), index.max_name_words + 4);
  std::vector<std::string> words;
  words.reserve(window);
  const auto word = [&](std::size_t i) -> const std::string& {
    while (words.size() <= i) words.push_back(place_names::FoldWord(folded_words[words.size()]));
    return words[i];
  };

  // Leading type words: "поселке", "г", "с о".
  std::size_t start = 0;
  TypeWord type = TypeWord::kNone;
  for (int taken = 0; taken < 2 && start < window; ++taken) {
    // Only one-letter words begin a pair ("с о", "г а").
    if (start + 1 < window && word(start).size() <= 2) {
      const TypeWord pair = place_names::ClassifyPair(word(start), word(start + 1));
      if (pair != TypeWord::kNone) {
        type = pair;
        start += 2;
        continue;
      }
    }
    const TypeWord word_type = place_names::ClassifyWord(word(start));
    if (!place_names::IsPlaceType(word_type)) break;
    type = word_type;
    ++start;
  }
  // "районе имени Габита Мусрепова": the "имени" of a memorial name follows its type word.
  if (type != TypeWord::kNone && start + 1 < window && IsMemorial(word(start))) ++start;
  if (start >= window || place_names::ClassifyWord(word(start)) != TypeWord::kNone) return none;
  const std::string& first = word(start);
  if (!index.first_letters.contains(FirstLetters(first))) return none;
  if (!index.first_words.contains(first) && !index.first_words.contains(place_names::Stem(first))) {
    const std::string bare = place_names::StripKazakhCase(folded_words[start]);
    if (bare.empty() || (!index.first_words.contains(bare) &&
                         !index.first_words.contains(place_names::Stem(bare)))) {
      return none;
    }
  }

  // The name words run until the next type or stop word.
  std::size_t end = start + 1;
  while (end < window && end - start < index.max_name_words &&
         place_names::ClassifyWord(word(end)) == TypeWord::kNone) {
    ++end;
  }
  // The trailing type word, or pair, may follow the longest run.
  if (end < window) word(end);
  if (end + 1 < window) word(end + 1);

  for (std::size_t length = end - start; length > 0; --length) {
    const std::span<const std::string> name(words.data() + start, length);
    const std::vector<std::string> stems = Stems(name);
    const std::vector<Posting>* exact = index.Lookup(Join(kExactKey, name));
    const std::vector<Posting>* inflected = index.Lookup(Join(kStemKey, stems));
    const std::vector<Posting>* bare_exact = nullptr;
    const std::vector<Posting>* bare_inflected = nullptr;
    if (std::string bare = place_names::StripKazakhCase(folded_words[start + length - 1]);
        !bare.empty()) {
      const std::vector<std::string> bare_words = WithLast(name, bare);
      bare_exact = index.Lookup(Join(kExactKey, bare_words));
      bare_inflected = index.Lookup(Join(kStemKey, Stems(bare_words)));
    }
    if (!exact && !inflected && !bare_exact && !bare_inflected) continue;

    std::size_t covered = start + length;
    TypeWord trailing = TypeWord::kNone;
    // A type word after a typed name is the next place's: "городе Булаево района Магжана
    // Жумабаева", "районе Алматы города Астана".
    const bool may_trail = type == TypeWord::kNone;
    // "Қазыбек би атындағы ауданда": the "атындағы" of a memorial name precedes its type word.
    if (may_trail && covered + 1 < words.size() && IsMemorial(words[covered]) &&
        place_names::IsPlaceType(place_names::ClassifyWord(words[covered + 1]))) {
      ++covered;
    }
    if (may_trail && covered + 1 < words.size()) {
      trailing = place_names::ClassifyPair(words[covered], words[covered + 1]);
      if (trailing != TypeWord::kNone) covered += 2;
    }
    if (may_trail && trailing == TypeWord::kNone && covered < words.size()) {
      trailing = place_names::ClassifyWord(words[covered]);
      if (place_names::IsPlaceType(trailing)) {
        ++covered;
      } else {
        trailing = TypeWord::kNone;
      }
    }
    const TypeWord used = type != TypeWord::kNone ? type : trailing;
    // Untyped, only a name that is the word alone counts: "Қаратал" in «Қаратал» КМП is not
    // "Қаратал ауданы", "Карагандинского университета" not the region.
    const bool complete_only = used == TypeWord::kNone;
    Candidates candidates(places_, used);
    candidates.Offer(exact, kExact, complete_only);
    candidates.Offer(inflected, kInflected, complete_only);
    candidates.Offer(bare_exact, kInflected, complete_only);
    candidates.Offer(bare_inflected, kInflected, complete_only);
    if (candidates.empty()) continue;
    PlaceMatch match;
    match.words = covered;
    match.typed = used != TypeWord::kNone;
    match.places = candidates.Best(limit);
    return match;
  }
  return none;
}

}  // namespace kenes
