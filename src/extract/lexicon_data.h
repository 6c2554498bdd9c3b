// The tables the lexicon is built from (lexicon_data.cc); internal to the extractor.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "extract/lexicon.h"

namespace kenes::extract {

// A group of lemmas that share class, paradigm, gender and value. `words` is a space-separated
// list; within it
//   "поселок/поселк"      gives the stem when it is not the lemma minus its ending;
//   "*Дом_культуры"       is a two-word entry: the word marked * is the one that inflects and is
//                          looked up, the other must stand beside it ("культуры" as written,
//                          "круглый_*стол": an agreeing word, matched by its stem).
struct LexGroup {
  LexClass cls;
  Paradigm paradigm;
  Gender gender;
  std::uint16_t value;
  std::string_view words;
};

std::span<const LexGroup> LexGroups();
std::span<const std::string_view> SegmentCodeTable();
std::span<const OrgType> OrgTypeTable();

}  // namespace kenes::extract
