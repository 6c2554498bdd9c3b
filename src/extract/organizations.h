// Organizations a press release names: a type word with its modifiers and complement
// ("Карагандинского университета Казпотребсоюза", "Дом культуры поселка Осакаровка"), a quoted
// name with a legal form before or after it ("ТОО «AMANAT MEDIA GROUP»", "«Қаратал» КМП"),
// spelled-out forms ("акционерного общества «Qarmet»"), nesting ("шахта «Тентек» акционерного
// общества «Qarmet»": the mine belongs to the company), and the outlet a release cites
// ("сообщает Kazpravda.kz"). Names come back in the nominative; the kind is read from the type
// word, from the words of the quoted name ("Партия", "MEDIA") and from the legal form.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/organization.h"
#include "extract/annotate.h"
#include "extract/people.h"
#include "extract/places.h"

namespace kenes::extract {

struct OrgMention {
  std::string name;  // nominative: "шахта «Тентек»", "Карагандинский университет Казпотребсоюза"
  OrgKind kind = OrgKind::kOther;
  int segment = -1;    // the audience its collective is (Lexicon::SegmentCodes), -1 for none
  bool venue = false;  // a building meetings are held in
  // A proper name, not a description ("многопрофильный колледж"); only named organizations are
  // listed as organizations, described ones may still host a meeting.
  bool named = false;
  TokenIndex first_token;
  TokenIndex end_token;
  ByteSpan span;       // normalized text
  int parent = -1;     // the organization it belongs to, an index into the same list
  bool cited = false;  // the outlet the release cites ("сообщает Kazpravda.kz"), no host
};

std::vector<OrgMention> FindOrganizations(const AnnotatedText& text, const PeopleFinding& people,
                                          std::span<const PlaceMention> places);

// `name` with the closing quotes its opening quotes lack ("ОО «Партия «AMANAT»" gets "»").
std::string BalanceQuotes(std::string name);

}  // namespace kenes::extract
