// The third stage: tokens grouped into sentences and paragraphs. A sentence ends at . ! ? … (and
// the closing quotes and brackets after them) when the next sentence can start there, and not
// after an abbreviation ("г. Караганда", "т.е.", "им. Абая", "р-н") or an initial ("Оспанов
// М.Ж."); it also ends at a paragraph break, and at a line break unless the next line goes on in
// lower case (a hard-wrapped paragraph). The " date YYYY-MM-DD" header the intake puts first is
// a sentence of its own.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/indices.h"
#include "extract/tokenize.h"
#include "extract/units.h"

namespace kenes::extract {

struct Sentence {
  TokenIndex begin;  // first token
  TokenIndex end;    // one past the last token
  std::uint32_t paragraph = 0;
  ByteSpan span;  // in the normalized text

  std::size_t size() const { return end - begin; }
  bool Contains(TokenIndex i) const { return begin <= i && i < end; }
};

struct SegmentedText {
  TokenizedText tokenized;
  PerSentence<Sentence> sentences;
  // The sentence each token belongs to.
  PerToken<SentenceIndex> sentence_of;

  const std::vector<Token>& tokens() const { return tokenized.tokens; }
  std::string_view text() const { return tokenized.text(); }
};

SegmentedText SplitSentences(TokenizedText tokenized);

// True when the folded word is an abbreviation a period does not end a sentence after.
bool IsAbbreviation(std::string_view folded);

}  // namespace kenes::extract
