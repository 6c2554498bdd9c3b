// Audience segments (data/segments.csv) from the words that name the people a meeting was held
// with: nouns that name a segment by themselves ("шахтеры", "сельхозтоваропроизводители",
// "педагоги"), role nouns with the sphere beside them ("работники бюджетной сферы",
// "медицинские работники", "деятели культуры"), and the collective of an organization
// ("коллектив шахты", "коллектив «Қаратал» КМП").
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/annotate.h"
#include "extract/organizations.h"

namespace kenes::extract {

struct AudienceMention {
  int segment = -1;  // index into Lexicon::SegmentCodes()
  ByteSpan span;     // normalized text: the words that name it
};

// The segments named within tokens [begin, end), each once, in the order named.
std::vector<AudienceMention> FindAudience(const AnnotatedText& text, TokenIndex begin,
                                          TokenIndex end, std::span<const OrgMention> orgs);

}  // namespace kenes::extract
