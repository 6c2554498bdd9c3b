#include "extract/audience.h"

#include <algorithm>

namespace kenes::extract {
namespace {

// The sphere words right before a role noun ("медицинскими работниками"): two at most, each
// naming its segment.
constexpr std::size_t kSpheresBefore = 2;
// How far after a role noun its sphere or organization may stand ("работниками бюджетной
// сферы", "коллективами ряда промышленных предприятий"): the agreeing words between are few.
constexpr std::size_t kSphereReach = 5;

class AudienceReader {
 public:
  AudienceReader(const AnnotatedText& text, TokenIndex begin, TokenIndex end,
                 std::span<const OrgMention> orgs)
      : text_(text), begin_(begin), end_(end), orgs_(orgs) {}

  std::vector<AudienceMention> Run() {
    for (TokenIndex i = begin_; i < end_; ++i) {
      if (text_.in_speech[i] || !text_.token(i).IsWord()) continue;
      LexHit hit;
      if (text_.HasEntry(i, LexClass::kAudience, &hit)) {
        const TokenIndex first = hit.entry->previous_prefix.empty() ? i : i - 1;
        const TokenIndex last = hit.entry->next_prefix.empty() ? i : i + 1;
        Add(hit.entry->value, text_.SpanOf(Modifiers(first), last + 1));
        continue;
      }
      if (text_.HasEntry(i, LexClass::kRoleNoun, &hit)) ReadRole(i, hit);
    }
    return std::move(found_);
  }

 private:
  // A role noun and what qualifies it: a sphere before it ("медицинскими работниками") or after
  // it ("работниками бюджетной сферы", "деятели культуры и искусства"), or an organization whose
  // collective it is ("коллективом шахты", "коллективами ряда промышленных предприятий").
  void ReadRole(TokenIndex role, const LexHit& hit) {
    // Kazakh names the organization first: "«Қаратал» КМП ұжымымен", "шахта қызметкерлерімен".
    if (hit.entry->language == LexLanguage::kKazakh) {
      for (const OrgMention& org : orgs_) {
        // "мектептің еңбек ұжымымен": the labour collective of the school.
        const bool labour = org.end_token + 1 == role && text_.Is(org.end_token, words::kLabour);
        if ((org.end_token == role || labour) && org.first_token >= begin_ && org.segment >= 0) {
          Add(static_cast<std::uint16_t>(org.segment), text_.SpanOf(org.first_token, role + 1));
          return;
        }
      }
    }
    bool qualified = false;
    for (TokenIndex k = role; k > begin_ && role - k < kSpheresBefore;) {
      --k;
      LexHit domain;
      if (!text_.HasEntry(k, LexClass::kDomain, &domain)) break;
      Add(domain.entry->value, text_.SpanOf(k, role + 1));
      qualified = true;
    }
    for (TokenIndex k = role + 1; k < end_ && k < role + kSphereReach; ++k) {
      for (const OrgMention& org : orgs_) {
        if (org.first_token == k && org.segment >= 0) {
          Add(static_cast<std::uint16_t>(org.segment), text_.SpanOf(role, org.end_token));
          return;
        }
      }
      if (LexHit domain; text_.HasEntry(k, LexClass::kDomain, &domain)) {
        // "бюджетной сферы": the noun an adjective of sphere qualifies belongs to the words.
        TokenIndex last = k;
        if (domain.entry->paradigm == Paradigm::kAdjective && k + 1 < end_ &&
            text_.token(k + 1).IsWord() && !text_.token(k + 1).Has(kCapitalized) &&
            AdjectiveForms(text_.Fold(k + 1)) == 0 && text_.hits[k + 1].empty()) {
          last = k + 1;
        }
        Add(domain.entry->value, text_.SpanOf(role, last + 1));
        // "деятели культуры и искусства": the words go on over spheres of the same segment.
        Extend(domain.entry->value, text_.token(role).span.begin, text_.token(last).span.end);
        qualified = true;
        k = last;
        continue;
      }
      // Agreeing adjectives and "и" may stand between: "малого и среднего", "ряда".
      const Token& token = text_.token(k);
      if (!token.IsWord() || text_.HasClass(k, LexClass::kRoleNoun) ||
          text_.HasClass(k, LexClass::kAudience)) {
        break;
      }
    }
    if (!qualified && hit.entry->value > 0) {
      Add(static_cast<std::uint16_t>(hit.entry->value - 1), text_.token(role).span);
    }
  }

  // Where the words naming people at `noun` begin: the adjectives before it ("малого и
  // среднего бизнеса") and a role noun before those ("представителями малого и среднего
  // бизнеса").
  TokenIndex Modifiers(TokenIndex noun) const {
    TokenIndex first = noun;
    while (first > begin_) {
      const TokenIndex k = first - 1;
      const bool adjective = text_.token(k).IsWord() && !text_.token(k).Has(kCapitalized) &&
                             AdjectiveForms(text_.Fold(k)) != 0 &&
                             !text_.HasClass(k, LexClass::kRoleNoun) &&
                             !text_.HasClass(k, LexClass::kAudience);
      const bool conjunction = text_.Is(k, words::kAnd) && k > begin_ && first < noun &&
                               AdjectiveForms(text_.Fold(k - 1)) != 0;
      if (!adjective && !conjunction) break;
      first = k;
    }
    if (first > begin_ && text_.HasClass(first - 1, LexClass::kRoleNoun)) --first;
    return first;
  }

  void Extend(int segment, ByteOffset begin, ByteOffset end) {
    for (AudienceMention& mention : found_) {
      if (mention.segment == segment && mention.span.begin == begin && mention.span.end < end) {
        mention.span.end = end;
      }
    }
  }

  void Add(std::uint16_t segment, ByteSpan span) {
    const int code = segment;
    if (std::any_of(found_.begin(), found_.end(),
                    [&](const AudienceMention& m) { return m.segment == code; })) {
      return;
    }
    found_.push_back(AudienceMention{code, span});
  }

  const AnnotatedText& text_;
  const TokenIndex begin_;
  const TokenIndex end_;
  std::span<const OrgMention> orgs_;
  std::vector<AudienceMention> found_;
};

}  // namespace

std::vector<AudienceMention> FindAudience(const AnnotatedText& text, TokenIndex begin,
                                          TokenIndex end, std::span<const OrgMention> orgs) {
  return AudienceReader(text, begin, std::min(end, text.TokenEnd()), orgs).Run();
}

}  // namespace kenes::extract
