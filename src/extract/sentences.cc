#include "extract/sentences.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace kenes::extract {
namespace {

// Folded. Words a period follows inside a sentence in Russian official
// prose: place types, units, titles, Latin-style shortenings.
constexpr std::array<std::string_view, 52> kAbbreviations = {
    "акад", "б",   "бул", "в",   "вв",  "г",    "гг",  "гл", "гос",   "д",    "доц", "др",   "е",
    "ед",   "им",  "кв",  "км",  "коп", "корп", "куб", "л",  "м",     "мкр",  "млн", "млрд", "напр",
    "нас",  "обл", "п",   "пгт", "пер", "пл",   "пос", "пр", "просп", "проф", "р",   "р-н",  "рис",
    "руб",  "с",   "сек", "см",  "ст",  "стр",  "т",   "тг", "тел",   "тыс",  "ул",  "чел",  "шт"};

bool EndsSentence(std::string_view fold) {
  return fold == "." || fold == "!" || fold == "?" || fold == "…" || fold == "..." ||
         fold == "?!" || fold == "!?";
}

// Tokens after a full stop that may start a sentence: a capital, a digit, a quote or a dash.
bool CanStart(const Token& token) {
  return token.Has(kCapitalized) || token.kind == TokenKind::kNumber ||
         token.kind == TokenKind::kOpenQuote || token.kind == TokenKind::kDash ||
         (token.kind == TokenKind::kWord && token.Has(kLatin));
}

// A line of a list of meetings after another one that ends in a count: "г. Тельманово – 243
// человека" then "с. Ботакара (120 человек)". Its place type's abbreviation is lower case, but
// the line does not wrap the one before.
bool StartsListLine(const TokenizedText& text, TokenIndex i) {
  constexpr std::string_view kPlaceTypes[] = {"г", "с", "п", "пос", "пгт"};
  return i >= TokenIndex(2) && i + 1 < text.TokenEnd() &&
         std::find(std::begin(kPlaceTypes), std::end(kPlaceTypes), text.Fold(i)) !=
             std::end(kPlaceTypes) &&
         text.Fold(i + 1) == "." && !text.at(i + 1).Has(kSpaceBefore) &&
         text.at(i - 2).kind == TokenKind::kNumber;
}

bool IsClosing(const TokenizedText& text, const Token& token) {
  if (token.kind == TokenKind::kCloseQuote) return true;
  const std::string_view fold = text.Fold(token);
  return fold == ")" || fold == "]";
}

}  // namespace

bool IsAbbreviation(std::string_view folded) {
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), folded) != kAbbreviations.end();
}

SegmentedText SplitSentences(TokenizedText tokenized) {
  SegmentedText result;
  result.tokenized = std::move(tokenized);
  const TokenizedText& text = result.tokenized;
  const TokenIndex token_end = text.TokenEnd();
  result.sentence_of.resize(text.tokens.size());

  std::uint32_t paragraph = 0;
  TokenIndex start;
  const auto close = [&](TokenIndex end) {
    if (end <= start) return;
    Sentence sentence;
    sentence.begin = start;
    sentence.end = end;
    sentence.paragraph = paragraph;
    sentence.span = ByteSpan{text.at(start).span.begin, text.at(end - 1).span.end};
    result.sentence_of.Fill(start, end, SentenceIndex(result.sentences.size()));
    result.sentences.push_back(sentence);
    start = end;
  };

  // The " date 2026-02-24" header: "date", 2026, -, 02, -, 24 on the first line.
  const auto at = [&](std::size_t i) { return TokenIndex(i); };
  if (text.tokens.size() >= 6 && text.Fold(at(0)) == "date" &&
      text.at(at(1)).kind == TokenKind::kNumber && text.Fold(at(2)) == "-" &&
      text.Fold(at(4)) == "-" && text.at(at(5)).kind == TokenKind::kNumber &&
      !text.at(at(1)).Has(kLineBefore)) {
    close(at(6));
  }

  for (TokenIndex i = start; i < token_end; ++i) {
    const Token& token = text.at(i);
    if (token.Has(kParagraphBefore)) {
      close(i);
      if (i > TokenIndex(0)) ++paragraph;
    } else if (i > start && token.Has(kLineBefore)) {
      const Token& previous = text.at(i - 1);
      const bool wrapped = token.IsWord() && !token.Has(kCapitalized) && !token.Has(kLatin) &&
                           !EndsSentence(text.Fold(previous)) && previous.IsWord() &&
                           !StartsListLine(text, i);
      if (!wrapped) close(i);
    }
    if (!EndsSentence(text.Fold(token))) continue;
    // Closing quotes and brackets right after the stop belong to this sentence.
    TokenIndex end = i + 1;
    while (end < token_end && !text.at(end).Has(kSpaceBefore) && IsClosing(text, text.at(end))) {
      ++end;
    }
    if (end >= token_end) break;
    const Token& next = text.at(end);
    if (!next.Has(kSpaceBefore) || !CanStart(next)) continue;
    if (text.Fold(token) == "." && i > start) {
      const Token& word = text.at(i - 1);
      const std::string_view fold = text.Fold(word);
      // "г. Караганда", "т.е. в", "М.Ж." — an abbreviation or an initial, not an end.
      const bool initial =
          word.IsWord() && word.Has(kCapitalized) && word.span.size() <= 2 && !word.Has(kLatin);
      if (word.IsWord() && !word.Has(kAllCaps) && (IsAbbreviation(fold) || initial)) continue;
    }
    i = end - 1;
    close(end);
  }
  close(token_end);
  return result;
}

}  // namespace kenes::extract
