#include "extract/sentences.h"

#include <string_view>

#include "extract/lexicon_words.h"

namespace kenes::extract {
namespace {

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
  return i >= TokenIndex(2) && i + 1 < text.TokenEnd() &&
         words::OneOf(text.Fold(i), words::kListLinePlaceTypes) && text.Fold(i + 1) == "." &&
         !text.at(i + 1).Has(kSpaceBefore) && text.at(i - 2).kind == TokenKind::kNumber;
}

bool IsClosing(const TokenizedText& text, const Token& token) {
  if (token.kind == TokenKind::kCloseQuote) return true;
  const std::string_view fold = text.Fold(token);
  return fold == ")" || fold == "]";
}

}  // namespace

bool IsAbbreviation(std::string_view folded) { return words::OneOf(folded, words::kAbbreviations); }

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
  const std::vector<Token>& tokens = text.tokens;
  if (tokens.size() >= 6 && text.Fold(tokens[0]) == "date" &&
      tokens[1].kind == TokenKind::kNumber && text.Fold(tokens[2]) == "-" &&
      text.Fold(tokens[4]) == "-" && tokens[5].kind == TokenKind::kNumber &&
      !tokens[1].Has(kLineBefore)) {
    close(TokenIndex(6));
  }

  for (TokenIndex i = start; i < token_end; ++i) {
    const Token& token = text.at(i);
    if (token.Has(kParagraphBefore)) {
      close(i);
      if (!i.IsFirst()) ++paragraph;
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
