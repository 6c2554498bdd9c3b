#include "extract/lexicon.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "core/kazakh_morphology.h"
#include "core/utf8.h"
#include "extract/lexicon_data.h"

namespace kenes::extract {
namespace {

// The marks of a Kazakh form, in the terms the finders read: the Russian case that does the
// same work where there is one, and a bit of its own for the rest.
FormSet KazakhMarks(const kazakh::Form& form) {
  const Plurality n = form.plural ? Plurality::kPlural : Plurality::kSingular;
  FormSet marks = form.possessive ? kKazakhPossessive : 0;
  switch (form.grammatical_case) {
    case kazakh::Case::kNominative:
      return marks | FormOf(Case::kNominative, n);
    case kazakh::Case::kGenitive:
      return marks | FormOf(Case::kGenitive, n);
    case kazakh::Case::kDative:
      return marks | FormOf(Case::kDative, n);
    case kazakh::Case::kAccusative:
      return marks | FormOf(Case::kAccusative, n);
    case kazakh::Case::kLocative:
      return marks | FormOf(Case::kPrepositional, n);
    case kazakh::Case::kInstrumental:
      return marks | FormOf(Case::kInstrumental, n);
    case kazakh::Case::kAblative:
      return marks | kKazakhAblative;
    case kazakh::Case::kAttributive:
      return marks | kKazakhAttributive | FormOf(Case::kPrepositional, n);
  }
  return marks;
}

bool IsAbbreviation(std::string_view lemma) {
  int letters = 0;
  for (std::size_t pos = 0; pos < lemma.size();) {
    const char32_t c = utf8::Decode(lemma, pos);
    if (!utf8::IsLetter(c)) continue;
    if (utf8::ToLower(c) == c) return false;
    ++letters;
  }
  return letters >= 2;
}

// The language of an entry of a Russian group: names, legal forms, months and abbreviations are
// written alike in both languages.
LexLanguage RussianGroupLanguage(const LexGroup& group, std::string_view lemma) {
  if (group.cls == LexClass::kFirstName || group.cls == LexClass::kLegalForm ||
      group.cls == LexClass::kMonth || IsAbbreviation(lemma)) {
    return LexLanguage::kNeutral;
  }
  return LexLanguage::kRussian;
}

}  // namespace

struct Lexicon::Table {
  std::deque<LexEntry> entries;  // stable addresses for the hits
  std::deque<std::string> keys;  // the forms the map's string_views point into
  std::unordered_map<std::string_view, std::vector<LexHit>> forms;

  void Add(std::string_view form, const LexEntry& entry, FormSet marks) {
    auto it = forms.find(form);
    if (it == forms.end()) {
      keys.emplace_back(form);
      it = forms.emplace(std::string_view(keys.back()), std::vector<LexHit>{}).first;
    }
    std::vector<LexHit>& hits = it->second;
    for (LexHit& hit : hits) {
      if (hit.entry == &entry) {
        hit.forms |= marks;
        return;
      }
    }
    // Kept in language order (HitsIn cuts a run out of it), and in table order within one.
    const auto at = std::upper_bound(
        hits.begin(), hits.end(), entry.language,
        [](LexLanguage language, const LexHit& hit) { return language < hit.entry->language; });
    hits.insert(at, LexHit{&entry, marks});
  }

  // "*мәдениет_үй" style two-word items and "lemma=form" lists do not apply to Kazakh nouns:
  // their forms come from the suffix rules, and a word before the head ("дөңгелек үстел",
  // "Мәдениет үйі") is given as "дөңгелек_*үстел".
  // "халық/халқ": a stem that loses its last vowel before a possessive ("халқы", "халқымен").
  void AddKazakh(std::string_view item, LexEntry& entry) {
    std::string_view head = item;
    std::string_view shortened;
    if (const std::size_t slash = item.find('/'); slash != std::string_view::npos) {
      shortened = item.substr(slash + 1);
      head = item = item.substr(0, slash);
    }
    if (const std::size_t underscore = item.find('_'); underscore != std::string_view::npos) {
      const std::string_view first = item.substr(0, underscore);
      head = item.substr(underscore + 1);
      if (head.starts_with('*')) head.remove_prefix(1);
      entry.previous_prefix = FoldWord(first);
      entry.lemma = std::string(first) + " " + std::string(head);
    } else {
      entry.lemma = std::string(head);
    }
    entry.stem = FoldWord(head);
    for (const auto& [form, marks] : kazakh::AllForms(entry.stem)) {
      Add(form, entry, KazakhMarks(marks));
      if (!shortened.empty() && marks.possessive && !marks.plural) {
        Add(kazakh::Inflect(FoldWord(shortened), marks), entry, KazakhMarks(marks));
      }
    }
  }

  void AddEntry(const LexGroup& group, std::string_view item, bool kazakh_group) {
    LexEntry& entry = entries.emplace_back();
    entry.cls = group.cls;
    entry.paradigm = group.paradigm;
    entry.gender = group.gender;
    entry.value = group.value;
    entry.language = kazakh_group
                         ? (group.any_language ? LexLanguage::kNeutral : LexLanguage::kKazakh)
                         : RussianGroupLanguage(group, item.substr(0, item.find('=')));
    if (group.paradigm == Paradigm::kKazakh) {
      AddKazakh(item, entry);
      return;
    }

    // "lemma=form,form": irregular forms listed whole.
    if (const std::size_t equals = item.find('='); equals != std::string_view::npos) {
      entry.lemma = std::string(item.substr(0, equals));
      entry.stem = FoldWord(entry.lemma);
      Add(entry.stem, entry, kAnyForm);
      std::string_view forms = item.substr(equals + 1);
      while (!forms.empty()) {
        const std::size_t comma = forms.find(',');
        Add(FoldWord(forms.substr(0, comma)), entry, kAnyForm);
        if (comma == std::string_view::npos) break;
        forms.remove_prefix(comma + 1);
      }
      return;
    }
    // "*head_word" or "word_*head": two words, the marked one inflects.
    std::string_view head = item;
    if (const std::size_t underscore = item.find('_'); underscore != std::string_view::npos) {
      std::string_view first = item.substr(0, underscore);
      std::string_view second = item.substr(underscore + 1);
      if (first.starts_with('*')) {
        head = first.substr(1);
        entry.next_prefix = FoldWord(second);
        entry.lemma = std::string(head.substr(0, head.find('/'))) + " " + std::string(second);
      } else {
        head = second.starts_with('*') ? second.substr(1) : second;
        // The word before agrees with the head, so only its stem is fixed.
        entry.previous_prefix = std::string(DropChars(FoldWord(first), 2));
        entry.lemma = std::string(first) + " " + std::string(head.substr(0, head.find('/')));
      }
    }
    // "поселок/поселк": the stem endings attach to, when it is not the lemma minus its ending.
    std::string explicit_stem;
    if (const std::size_t slash = head.find('/'); slash != std::string_view::npos) {
      explicit_stem = FoldWord(head.substr(slash + 1));
      head = head.substr(0, slash);
    }
    if (entry.lemma.empty()) entry.lemma = std::string(head);
    const std::string folded_head = FoldWord(head);
    std::string stem = explicit_stem;
    if (stem.empty()) {
      stem = folded_head;
      // Adjectives end in -ый, -ий or -ой; every other paradigm in its own lemma ending.
      const std::size_t drop =
          group.paradigm == Paradigm::kAdjective ? 2 : CharCount(LemmaEnding(group.paradigm));
      if (group.paradigm == Paradigm::kAdjective ||
          folded_head.ends_with(LemmaEnding(group.paradigm))) {
        stem = std::string(DropChars(folded_head, drop));
      }
    }
    entry.stem = stem;
    for (const Ending& ending : EndingsOf(group.paradigm)) {
      Add(stem + std::string(ending.text), entry, ending.forms);
    }
    // The dictionary form itself, when the stem is irregular ("поселок" beside "поселка").
    if (!explicit_stem.empty()) {
      Add(folded_head, entry,
          group.paradigm == Paradigm::kPluralNoun ? kNominativePlural : kNominativeSingular);
    }
  }
};

Lexicon::Lexicon() : table_(std::make_unique<Table>()) {
  const auto add_groups = [&](std::span<const LexGroup> groups, bool kazakh_group) {
    for (const LexGroup& group : groups) {
      std::string_view words = group.words;
      while (!words.empty()) {
        const std::size_t space = words.find_first_of(" \n");
        const std::string_view item = words.substr(0, space);
        if (!item.empty()) {
          table_->AddEntry(group, item, kazakh_group);
          // A first name takes Kazakh suffixes in a Kazakh text ("Ерланның", "Айгүлге"): the
          // same names, once more as Kazakh nouns.
          if (!kazakh_group && group.cls == LexClass::kFirstName &&
              item.find('=') == std::string_view::npos) {
            LexGroup kazakh_name = group;
            kazakh_name.paradigm = Paradigm::kKazakh;
            table_->AddEntry(kazakh_name, item.substr(0, item.find('/')), true);
          }
        }
        if (space == std::string_view::npos) break;
        words.remove_prefix(space + 1);
      }
    }
  };
  add_groups(LexGroups(), false);
  add_groups(KazakhLexGroups(), true);
}

Lexicon::~Lexicon() = default;

std::span<const LexHit> Lexicon::Find(std::string_view folded) const {
  const auto it = table_->forms.find(folded);
  if (it == table_->forms.end()) return {};
  return it->second;
}

std::span<const std::string_view> Lexicon::SegmentCodes() { return SegmentCodeTable(); }

std::span<const OrgType> Lexicon::OrgTypes() { return OrgTypeTable(); }

const Lexicon& DefaultLexicon() {
  static const Lexicon lexicon;
  return lexicon;
}

std::span<const LexHit> HitsIn(std::span<const LexHit> hits, LexLanguage language) {
  if (language == LexLanguage::kNeutral) return hits;
  const auto not_russian = std::find_if(hits.begin(), hits.end(), [](const LexHit& hit) {
    return hit.entry->language != LexLanguage::kRussian;
  });
  const auto kazakh = std::find_if(not_russian, hits.end(), [](const LexHit& hit) {
    return hit.entry->language == LexLanguage::kKazakh;
  });
  if (language == LexLanguage::kRussian) return {hits.begin(), kazakh};
  return {not_russian, hits.end()};
}

bool IsKnownNoun(std::span<const LexHit> hits) {
  return std::any_of(hits.begin(), hits.end(), [](const LexHit& hit) {
    const LexClass cls = hit.entry->cls;
    const bool person =
        cls == LexClass::kRoleNoun || cls == LexClass::kAudience || cls == LexClass::kTitle;
    return person || (hit.entry->paradigm != Paradigm::kAdjective &&
                      hit.entry->paradigm != Paradigm::kFixed && cls != LexClass::kDomain);
  });
}

bool HasClass(std::span<const LexHit> hits, LexClass cls, LexHit* found) {
  for (const LexHit& hit : hits) {
    if (hit.entry->cls == cls) {
      if (found) *found = hit;
      return true;
    }
  }
  return false;
}

std::string_view ClaimTopicName(ClaimTopic topic) {
  switch (topic) {
    case ClaimTopic::kParties:
      return "parties";
    case ClaimTopic::kOrganizations:
      return "organizations";
    case ClaimTopic::kEvents:
      return "events";
    case ClaimTopic::kPeople:
      return "people";
    case ClaimTopic::kMembers:
      return "members";
  }
  return "people";
}

}  // namespace kenes::extract
