#include "extract/annotate.h"

namespace kenes::extract {
namespace {

// A quotation of this many words or more, or one with a full stop inside, is speech; names of
// organizations and programmes («Әділ сөз», «За Народную Конституцию ...!») are shorter.
constexpr int kSpeechWords = 12;

// Each sentence's language from its words, names in quotation marks left out («Қаратал» in a
// Russian sentence says nothing of it), and each word's hits narrowed to that language.
void ReadLanguages(AnnotatedText& text) {
  const auto& sentences = text.segmented.sentences;
  text.sentence_language.assign(sentences.size(), Language::kUnknown);
  text.sentence_words.assign(sentences.size(), 0);
  std::vector<LanguageVotes> votes(sentences.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const Token& token = text.token(i);
    // A quoted name is passed over whole; an unpaired « (common in pasted text) hides nothing.
    if (token.kind == TokenKind::kOpenQuote && !text.in_speech[i] &&
        text.quote_pair[i] > static_cast<std::int32_t>(i)) {
      i = static_cast<std::size_t>(text.quote_pair[i]);
      continue;
    }
    if (!token.IsWord()) continue;
    const std::uint32_t s = text.SentenceOf(i);
    // A name says nothing of the sentence's language ("Фото: Әли Ғалым" is no Kazakh line, nor
    // "Ғалым" the Kazakh word for a scholar).
    votes[s].Add(text.Fold(i), text.hits[i], token.Has(kCapitalized) && i != sentences[s].begin);
    ++text.sentence_words[s];
  }
  LanguageVotes all;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    text.sentence_language[s] = votes[s].Decide();
    all.Add(votes[s]);
  }
  text.language = DocumentLanguage(text.sentence_language, text.sentence_words);
  // A third language shows in the whole text more surely than sentence by sentence: one
  // Kyrgyz sentence may have too few words of its own to tell it from Kazakh.
  if (const Language whole = all.Decide(); !IsRead(whole)) text.language = whole;
  // A sentence that does not say (a dateline, a name alone) reads as the document does.
  for (Language& language : text.sentence_language) {
    if (language == Language::kUnknown) language = text.language;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!text.hits[i].empty()) {
      text.hits[i] = HitsIn(text.hits[i], LexiconLanguage(text.LanguageAt(i)));
    }
  }
}

}  // namespace

bool AnnotatedText::HasEntry(std::size_t i, LexClass cls, LexHit* found) const {
  if (i >= size()) return false;
  for (const LexHit& hit : hits[i]) {
    if (hit.entry->cls != cls) continue;
    const LexEntry& entry = *hit.entry;
    if (!entry.next_prefix.empty() &&
        !(i + 1 < size() && Fold(i + 1).starts_with(entry.next_prefix))) {
      continue;
    }
    if (!entry.previous_prefix.empty() &&
        !(i > 0 && Fold(i - 1).starts_with(entry.previous_prefix))) {
      continue;
    }
    if (found) *found = hit;
    return true;
  }
  return false;
}

AnnotatedText Annotate(SegmentedText segmented, const Lexicon& lexicon) {
  AnnotatedText text;
  text.segmented = std::move(segmented);
  text.lexicon = &lexicon;
  const std::size_t n = text.size();
  text.hits.resize(n);
  text.quote_pair.assign(n, -1);
  text.in_speech.assign(n, 0);
  const TokenizedText& tokenized = text.segmented.tokenized;

  std::vector<std::uint32_t> open;
  for (std::size_t i = 0; i < n; ++i) {
    const Token& token = tokenized.tokens[i];
    if (token.kind == TokenKind::kWord) {
      const std::string_view fold = tokenized.Fold(token);
      text.hits[i] = lexicon.Find(fold);
      // "ГРЭС-1", "школы-гимназии": a compound the lexicon does not know is read by its first
      // part.
      if (text.hits[i].empty()) {
        if (const std::size_t hyphen = fold.find('-'); hyphen != std::string_view::npos) {
          text.hits[i] = lexicon.Find(fold.substr(0, hyphen));
        }
      }
    } else if (token.kind == TokenKind::kOpenQuote) {
      open.push_back(static_cast<std::uint32_t>(i));
    } else if (token.kind == TokenKind::kCloseQuote && !open.empty()) {
      const std::uint32_t begin = open.back();
      open.pop_back();
      text.quote_pair[begin] = static_cast<std::int32_t>(i);
      text.quote_pair[i] = static_cast<std::int32_t>(begin);
      int words = 0;
      bool stop = false;
      for (std::size_t k = begin + 1; k < i; ++k) {
        words += tokenized.tokens[k].IsWord();
        const std::string_view fold = tokenized.Fold(k);
        stop = stop || ((fold == "." || fold == "?") && k + 1 < i);
      }
      if (words >= kSpeechWords || stop) {
        for (std::size_t k = begin; k <= i; ++k) text.in_speech[k] = 1;
      }
    }
  }
  ReadLanguages(text);
  return text;
}

}  // namespace kenes::extract
