#include "extract/imprint.h"

#include "extract/organizations.h"

namespace kenes::extract {
namespace {

// The end of the line token `i` is on: the first token after it that starts a new line.
TokenIndex LineEnd(const AnnotatedText& text, TokenIndex i) {
  TokenIndex end = i + 1;
  while (text.Contains(end) && !text.token(end).Has(kLineBefore)) ++end;
  return end;
}

std::optional<ImprintField> Field(const AnnotatedText& text, TokenIndex first, TokenIndex end) {
  while (end > first && (text.Is(end - 1, ".") || text.Is(end - 1, ";") || text.Is(end - 1, ","))) {
    // "М.Ж." keeps its stop: an initial is a capital letter before it.
    if (text.Is(end - 1, ".") && end - 1 > first && text.token(end - 2).IsWord() &&
        text.token(end - 2).span.size() <= 2 && text.token(end - 2).Has(kCapitalized)) {
      break;
    }
    --end;
  }
  if (end <= first) return std::nullopt;
  return ImprintField{BalanceQuotes(std::string(text.TextOf(first, end))), text.SpanOf(first, end)};
}

}  // namespace

ImprintFinding FindImprint(const AnnotatedText& text) {
  ImprintFinding imprint;
  bool any = false;
  const auto cover = [&](TokenIndex first, TokenIndex end) {
    const ByteSpan span = text.SpanOf(first, end);
    imprint.span = any ? Cover(imprint.span, span) : span;
    any = true;
  };
  for (TokenIndex i; text.Contains(i); ++i) {
    if (!i.IsFirst() && !text.token(i).Has(kLineBefore)) continue;
    const TokenIndex end = LineEnd(text, i);
    // "Изготовлено:", "Изготовитель:", "Заказчик:", "Дайындаған:", "Тапсырыс беруші:".
    TokenIndex colon = i + 1;
    if (text.IsPhrase(i, words::kOrderedByKazakh)) colon = i + 2;
    if (text.Is(colon, ":") && colon + 1 < end) {
      const std::string_view label = text.Fold(i);
      std::optional<ImprintField>* field = nullptr;
      if (words::OneOf(label, words::kMadeByLabels)) {
        field = &imprint.made_by;
      } else if (words::OneOf(label, words::kOrderedByLabels)) {
        field = &imprint.ordered_by;
      } else if (label == words::kPaid) {
        field = &imprint.paid_by;
      }
      if (field) {
        *field = Field(text, colon + 1, end);
        cover(i, end);
        continue;
      }
    }
    // "Оплачено из средств X", "Оплачено за счет средств X", "... из избирательного фонда X".
    // One lead phrase is skipped, no more: in "Оплачено из средств избирательного фонда партии"
    // the payer is the party's election fund, as core's ExportedText writes it back.
    if (text.Is(i, words::kPaid)) {
      TokenIndex k = i + 1;
      k += text.PhraseLength(k, words::kPaidFrom);
      k += text.PhraseLength(k, words::kFunds);
      if (k > i + 1 && k < end) {
        imprint.paid_by = Field(text, k, end);
        cover(i, end);
      }
      continue;
    }
    // "X қаражатынан төленді", "X қаражаты есебінен төленді".
    for (TokenIndex k = i + 1; k + 1 < end; ++k) {
      if (text.Fold(k).starts_with(words::kFundsKazakhStem) &&
          text.IsOneOfPhrases(k + 1, words::kPaidKazakh)) {
        imprint.paid_by = Field(text, i, k);
        cover(i, end);
        break;
      }
    }
  }
  return imprint;
}

}  // namespace kenes::extract
