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
bool StartsListLine(const TokenizedText& text, std::uint32_t i) {
  constexpr std::string_view kPlaceTypes[] = {"г", "с", "п", "пос", "пгт"};
  const std::vector<Token>& tokens = text.tokens;
  return i >= 2 && i + 1 < tokens.size() &&
         std::find(std::begin(kPlaceTypes), std::end(kPlaceTypes), text.Fold(tokens[i])) !=
             std::end(kPlaceTypes) &&
         text.Fold(tokens[i + 1]) == "." && !tokens[i + 1].Has(kSpaceBefore) &&
         tokens[i - 2].kind == TokenKind::kNumber;
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
  const std::vector<Token>& tokens = text.tokens;
  result.sentence_of.resize(tokens.size());

  std::uint32_t paragraph = 0;
  std::uint32_t start = 0;
  const auto close = [&](std::uint32_t end) {
    if (end <= start) return;
    Sentence sentence;
    sentence.begin = start;
    sentence.end = end;
    sentence.paragraph = paragraph;
    sentence.span = ByteSpan{tokens[start].span.begin, tokens[end - 1].span.end};
    const auto index = static_cast<std::uint32_t>(result.sentences.size());
    std::fill(result.sentence_of.begin() + start, result.sentence_of.begin() + end, index);
    result.sentences.push_back(sentence);
    start = end;
  };

  // The " date 2026-02-24" header: "date", 2026, -, 02, -, 24 on the first line.
  if (tokens.size() >= 6 && text.Fold(0) == "date" && tokens[1].kind == TokenKind::kNumber &&
      text.Fold(2) == "-" && text.Fold(4) == "-" && tokens[5].kind == TokenKind::kNumber &&
      !tokens[1].Has(kLineBefore)) {
    close(6);
  }

  for (std::uint32_t i = start; i < tokens.size(); ++i) {
    const Token& token = tokens[i];
    if (token.Has(kParagraphBefore)) {
      close(i);
      if (i > 0) ++paragraph;
    } else if (i > start && token.Has(kLineBefore)) {
      const Token& previous = tokens[i - 1];
      const bool wrapped = token.IsWord() && !token.Has(kCapitalized) && !token.Has(kLatin) &&
                           !EndsSentence(text.Fold(previous)) && previous.IsWord() &&
                           !StartsListLine(text, i);
      if (!wrapped) close(i);
    }
    if (!EndsSentence(text.Fold(token))) continue;
    // Closing quotes and brackets right after the stop belong to this sentence.
    std::uint32_t end = i + 1;
    while (end < tokens.size() && !tokens[end].Has(kSpaceBefore) && IsClosing(text, tokens[end])) {
      ++end;
    }
    if (end >= tokens.size()) break;
    const Token& next = tokens[end];
    if (!next.Has(kSpaceBefore) || !CanStart(next)) continue;
    if (text.Fold(token) == "." && i > start) {
      const Token& word = tokens[i - 1];
      const std::string_view fold = text.Fold(word);
      // "г. Караганда", "т.е. в", "М.Ж." — an abbreviation or an initial, not an end.
      const bool initial =
          word.IsWord() && word.Has(kCapitalized) && word.span.size() <= 2 && !word.Has(kLatin);
      if (word.IsWord() && !word.Has(kAllCaps) && (IsAbbreviation(fold) || initial)) continue;
    }
    i = end - 1;
    close(end);
  }
  close(static_cast<std::uint32_t>(tokens.size()));
  return result;
}

}  // namespace kenes::extract
