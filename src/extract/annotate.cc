#include "extract/annotate.h"

#include <algorithm>

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
  PerSentence<LanguageVotes> votes;
  votes.resize(sentences.size());
  for (TokenIndex i; text.Contains(i); ++i) {
    const Token& token = text.token(i);
    // A quoted name is passed over whole; an unpaired « (common in pasted text) hides nothing.
    if (token.kind == TokenKind::kOpenQuote && !text.in_speech[i] && text.Paired(i) &&
        text.quote_pair[i] > i) {
      i = text.quote_pair[i];
      continue;
    }
    if (!token.IsWord()) continue;
    const SentenceIndex s = text.SentenceOf(i);
    // A name says nothing of the sentence's language ("Фото: Әли Ғалым" is no Kazakh line, nor
    // "Ғалым" the Kazakh word for a scholar).
    votes[s].Add(text.Fold(i), text.hits[i], token.Has(kCapitalized) && i != sentences[s].begin);
    ++text.sentence_words[s];
  }
  LanguageVotes all;
  for (SentenceIndex s; s < text.SentenceEnd(); ++s) {
    text.sentence_language[s] = votes[s].Decide();
    all.Add(votes[s]);
  }
  text.language = DocumentLanguage(text.sentence_language.items(), text.sentence_words.items());
  // A third language shows in the whole text more surely than sentence by sentence: one
  // Kyrgyz sentence may have too few words of its own to tell it from Kazakh.
  if (const Language whole = all.Decide(); !IsRead(whole)) text.language = whole;
  // A sentence that does not say (a dateline, a name alone) reads as the document does.
  for (Language& language : text.sentence_language) {
    if (language == Language::kUnknown) language = text.language;
  }
  for (TokenIndex i; text.Contains(i); ++i) {
    if (!text.hits[i].empty()) {
      text.hits[i] = HitsIn(text.hits[i], LexiconLanguage(text.LanguageAt(i)));
    }
  }
}

}  // namespace

bool AnnotatedText::HasEntry(TokenIndex i, LexClass cls, LexHit* found) const {
  if (!Contains(i)) return false;
  for (const LexHit& hit : hits[i]) {
    if (hit.entry->cls != cls) continue;
    const LexEntry& entry = *hit.entry;
    if (!entry.next_prefix.empty() &&
        !(Contains(i + 1) && Fold(i + 1).starts_with(entry.next_prefix))) {
      continue;
    }
    if (!entry.previous_prefix.empty() &&
        !(!i.IsFirst() && Fold(i - 1).starts_with(entry.previous_prefix))) {
      continue;
    }
    if (found) *found = hit;
    return true;
  }
  return false;
}

bool AnnotatedText::IsPhrase(TokenIndex first, std::string_view phrase, TokenIndex end) const {
  TokenIndex k = first;
  while (true) {
    const std::size_t space = phrase.find(' ');
    if (k >= end || !Is(k, phrase.substr(0, space))) return false;
    if (space == std::string_view::npos) return true;
    phrase.remove_prefix(space + 1);
    ++k;
  }
}

bool AnnotatedText::IsOneOfPhrases(TokenIndex first, words::List phrases, TokenIndex end) const {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](std::string_view phrase) { return IsPhrase(first, phrase, end); });
}

std::size_t AnnotatedText::PhraseLength(TokenIndex first, words::List phrases) const {
  for (const std::string_view phrase : phrases) {
    if (IsPhrase(first, phrase)) return std::count(phrase.begin(), phrase.end(), ' ') + 1;
  }
  return 0;
}

AnnotatedText Annotate(SegmentedText segmented, const Lexicon& lexicon) {
  AnnotatedText text;
  text.segmented = std::move(segmented);
  text.lexicon = &lexicon;
  const std::size_t n = text.size();
  text.hits.resize(n);
  text.quote_pair.assign(n, kNoToken);
  text.in_speech.assign(n, 0);
  const TokenizedText& tokenized = text.segmented.tokenized;

  std::vector<TokenIndex> open;
  for (TokenIndex i; i < text.TokenEnd(); ++i) {
    const Token& token = tokenized.at(i);
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
      open.push_back(i);
    } else if (token.kind == TokenKind::kCloseQuote && !open.empty()) {
      const TokenIndex begin = open.back();
      open.pop_back();
      text.quote_pair[begin] = i;
      text.quote_pair[i] = begin;
      int words = 0;
      bool stop = false;
      for (TokenIndex k = begin + 1; k < i; ++k) {
        words += tokenized.at(k).IsWord();
        const std::string_view fold = tokenized.Fold(k);
        stop = stop || ((fold == "." || fold == "?") && k + 1 < i);
      }
      if (words >= kSpeechWords || stop) {
        text.in_speech.Fill(begin, i + 1, 1);
      }
    }
  }
  ReadLanguages(text);
  return text;
}

}  // namespace kenes::extract
