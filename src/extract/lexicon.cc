#include "extract/lexicon.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "extract/lexicon_data.h"

namespace kenes::extract {

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
    for (LexHit& hit : it->second) {
      if (hit.entry == &entry) {
        hit.forms |= marks;
        return;
      }
    }
    it->second.push_back(LexHit{&entry, marks});
  }

  void AddEntry(const LexGroup& group, std::string_view item) {
    LexEntry& entry = entries.emplace_back();
    entry.cls = group.cls;
    entry.paradigm = group.paradigm;
    entry.gender = group.gender;
    entry.value = group.value;

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
  for (const LexGroup& group : LexGroups()) {
    std::string_view words = group.words;
    while (!words.empty()) {
      const std::size_t space = words.find_first_of(" \n");
      const std::string_view item = words.substr(0, space);
      if (!item.empty()) table_->AddEntry(group, item);
      if (space == std::string_view::npos) break;
      words.remove_prefix(space + 1);
    }
  }
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
