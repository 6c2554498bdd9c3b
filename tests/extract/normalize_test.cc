#include "extract/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace kenes::extract {
namespace {

// The input bytes the normalized bytes [begin, end) came from.
std::string_view SourceOf(const NormalizedText& normalized, std::string_view input,
                          std::size_t begin, std::size_t end) {
  const ByteSpan span = normalized.map.ToSource(ByteSpan{ByteOffset(begin), ByteOffset(end)});
  return span.In(input);
}

TEST(Normalize, EmptyInputIsNoError) {
  auto normalized = Normalize("");
  ASSERT_TRUE(normalized.ok());
  EXPECT_TRUE(normalized->text.empty());
}

TEST(Normalize, UnifiesQuotesAndNestsThem) {
  auto normalized = Normalize("Оплачено из средств ОО \"Партия \"AMANAT\"\"");
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, "Оплачено из средств ОО «Партия «AMANAT»»");
  EXPECT_EQ(Normalize("„Әділ сөз“ и “Закон и Порядок”")->text, "«Әділ сөз» и «Закон и Порядок»");
}

TEST(Normalize, MakesUnicodeSpacesPlainAndDropsInvisibleCharacters) {
  auto normalized = Normalize("около\u00A0300\u202Fчеловек, пере\u00ADнос\u200B");
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, "около 300 человек, перенос");
}

TEST(Normalize, KeepsYoAndDashes) {
  EXPECT_EQ(Normalize("Ещё – и ещё — раз")->text, "Ещё – и ещё — раз");
}

TEST(Normalize, ComposesToNfc) {
  // "й" typed as "и" and a combining breve, "ё" as "е" and a diaeresis.
  const std::string input = "Сергеи\u0306 и е\u0308лка";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, "Сергей и ёлка");
  // The composed letter maps back to both code points it came from.
  const std::size_t at = normalized->text.find("й");
  EXPECT_EQ(SourceOf(*normalized, input, at, at + 2), "и\u0306");
}

TEST(Normalize, MapsSpansBackThroughRewrites) {
  const std::string input = "«Тентек»\r\nболее\u00A0400 сотрудников \"Qarmet\"";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  const std::string& text = normalized->text;
  const std::size_t figure = text.find("более 400");
  EXPECT_EQ(SourceOf(*normalized, input, figure, figure + std::string("более 400").size()),
            "более\u00A0400");
  const std::size_t name = text.find("«Qarmet»");
  EXPECT_EQ(SourceOf(*normalized, input, name, name + std::string("«Qarmet»").size()),
            "\"Qarmet\"");
  EXPECT_EQ(text.find('\r'), std::string::npos);
}

TEST(Normalize, ReadsKazakhTypistsSubstitutions) {
  // A Latin schwa for Ә and a Latin i for the Kazakh і.
  EXPECT_EQ(Normalize("Əділ сөз, Әдiл")->text, "Әділ сөз, Әділ");
  EXPECT_EQ(Normalize("iPhone и Wi-Fi")->text, "iPhone и Wi-Fi");
}

// The input bytes a word of the normalized text came from.
std::string_view SourceOfWord(const NormalizedText& normalized, std::string_view input,
                              std::string_view word) {
  const std::size_t at = normalized.text.find(word);
  if (at == std::string::npos) return "<not in the normalized text>";
  return SourceOf(normalized, input, at, at + word.size());
}

constexpr char kMeetingCyrillic[] =
    "Коалиция мүшелері Осакаров ауданындағы «Қаратал» КМП ұжымымен кездесу өткізді. "
    "Кездесуге 200-ге жуық адам қатысты.";

TEST(NormalizeLatinKazakh, Reads2021AlphabetAsCyrillic) {
  const std::string input =
      "Koalisiä müşeleri Osakarov audanyndağy «Qaratal» KMP ūjymymen kezdesu ötkizdi. "
      "Kezdesuge 200-ge juyq adam qatysty.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, kMeetingCyrillic);
  EXPECT_TRUE(normalized->transliterated);
  EXPECT_EQ(SourceOfWord(*normalized, input, "ауданындағы"), "audanyndağy");
  EXPECT_EQ(SourceOfWord(*normalized, input, "мүшелері"), "müşeleri");
  EXPECT_EQ(SourceOfWord(*normalized, input, "«Қаратал» КМП"), "«Qaratal» KMP");
  EXPECT_EQ(SourceOfWord(*normalized, input, "200-ге жуық адам"), "200-ge juyq adam");
  // One letter maps to the letter it was read from: ш to ş, two bytes each.
  EXPECT_EQ(SourceOfWord(*normalized, input, "ш"), "ş");
}

TEST(NormalizeLatinKazakh, Reads2017ApostrophesOfEveryKind) {
  // ' and ’ and ʼ: all three are the 2017 apostrophe.
  const std::string input =
      "Koali'si'i'a mu's'eleri Osakarov ay'danyndag’y «Qaratal» KMP ujymymen kezdesy' "
      "oʼtkizdi. Kezdesy'ge 200-ge jy'yq adam qatysty.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, kMeetingCyrillic);
  EXPECT_TRUE(normalized->transliterated);
  EXPECT_EQ(SourceOfWord(*normalized, input, "ауданындағы"), "ay'danyndag’y");
  EXPECT_EQ(SourceOfWord(*normalized, input, "ғ"), "g’");
  EXPECT_EQ(SourceOfWord(*normalized, input, "өткізді"), "oʼtkizdi");
  EXPECT_EQ(SourceOfWord(*normalized, input, "Коалиция"), "Koali'si'i'a");
}

TEST(NormalizeLatinKazakh, Reads2018AcutesAndDigraphs) {
  const std::string input =
      "Koalısııa músheleri Osakarov aýdanyndaǵy «Qaratal» KMP ujymymen kezdesý ótkizdi. "
      "Kezdesýge 200-ge jýyq adam qatysty.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, kMeetingCyrillic);
  EXPECT_EQ(SourceOfWord(*normalized, input, "ш"), "sh");
  EXPECT_EQ(SourceOfWord(*normalized, input, "ұжымымен"), "ujymymen");
  EXPECT_EQ(SourceOfWord(*normalized, input, "жуық"), "jýyq");
}

TEST(NormalizeLatinKazakh, ReadsTheOfficial2021DotlessI) {
  // The decree's spelling: і is ı, и and й are i; a capital I is the capital of ı.
  const std::string input =
      "Prezident Jarlyğymen Konstitusiä jobasy jönınde kezdesuler ötkızıldı. Iske boiynşa "
      "üiımızde 150 adam boldy.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text,
            "Президент Жарлығымен Конституция жобасы жөнінде кездесулер өткізілді. Іске бойынша "
            "үйімізде 150 адам болды.");
}

TEST(NormalizeLatinKazakh, ReadsIByContextWhenTheTextHasNoDotlessI) {
  // й after a vowel, и in a word with a back vowel (a loanword or a name), і in a front word.
  auto normalized = Normalize(
      "Senator Erlan Qarin respublika boiynşa Aidos men jiyn turaly Prezident pen ministrge "
      "aitty. Aydos qoy juyq.");
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text,
            "Сенатор Ерлан Қарин республика бойынша Айдос мен жиын туралы Президент пен "
            "министрге айтты. Айдос қой жуық.");
}

TEST(NormalizeLatinKazakh, ReadsShAsTwoLettersWhereTheTextHasItsOwnSh) {
  // Asxana (асхана) in a text that writes ш as ş; in one without ş, sh is ш.
  EXPECT_EQ(Normalize("Kezdesu audandyq ashanada ötti, müşeler jäne Ashat keldi.")->text,
            "Кездесу аудандық асханада өтті, мүшелер және Асхат келді.");
  EXPECT_EQ(Normalize("Kezdesý Mádenıet úıinde ótti, músheler jáne aqyndar keldi.")->text,
            "Кездесу Мәдениет үйінде өтті, мүшелер және ақындар келді.");
}

TEST(NormalizeLatinKazakh, ComposesMarksTypedApartAndMapsThemBack) {
  // ü as u and a combining diaeresis, ş as s and a combining cedilla.
  const std::string input = "Koalisiä mu\u0308s\u0327eleri audanyndag\u0306y kezdesu ötkizdi.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, "Коалиция мүшелері ауданындағы кездесу өткізді.");
  EXPECT_EQ(SourceOfWord(*normalized, input, "ү"), "u\u0308");
  EXPECT_EQ(SourceOfWord(*normalized, input, "мүшелері"), "mu\u0308s\u0327eleri");
}

TEST(NormalizeLatinKazakh, ReadsEachLineInItsOwnAlphabet) {
  const std::string input =
      " date 2026-02-24 Koalisiä müşeleri Osakarov audanynda\n"
      "Koalısııa músheleri aýdanda kezdesý ótkizdi.\n"
      "Koali'si'i'a mu's'eleri ay'danda kezdesy' o'tkizdi.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  // The header keeps its "date"; ıa is я in 2018, i'a in 2017; u is ұ in neither.
  EXPECT_EQ(normalized->text,
            " date 2026-02-24 Коалиция мүшелері Осакаров ауданында\n"
            "Коалиция мүшелері ауданда кездесу өткізді.\n"
            "Коалиция мүшелері ауданда кездесу өткізді.");
}

TEST(NormalizeLatinKazakh, KeepsWordsTheAlphabetsCannotSpell) {
  auto normalized =
      Normalize("Kezdesude jastar iPhone jäne 4G, WhatsApp, Facebook turaly sūraq qoidy.");
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text,
            "Кездесуде жастар iPhone және 4G, WhatsApp, Facebook туралы сұрақ қойды.");
}

TEST(NormalizeLatinKazakh, ReadsLatinKazakhInHtmlWithSpansIntoTheMarkup) {
  const std::string input =
      "<html><body><p>Koalisi&auml; m&uuml;şeleri <b>Osakarov</b> audanyndağy kezdesu "
      "ötkizdi.</p></body></html>";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_TRUE(normalized->from_markup);
  EXPECT_TRUE(normalized->transliterated);
  EXPECT_NE(normalized->text.find("Коалиция мүшелері Осакаров ауданындағы кездесу өткізді."),
            std::string::npos)
      << normalized->text;
  EXPECT_EQ(SourceOfWord(*normalized, input, "мүшелері"), "m&uuml;şeleri");
  EXPECT_EQ(SourceOfWord(*normalized, input, "Осакаров"), "Osakarov");
}

TEST(NormalizeLatinKazakh, KeepsLinksAddressesHashtagsAndLatinNames) {
  const std::string input =
      "Tolyq aqparat https://kazpravda.kz/news/123 saitynda jäne info@amanat.kz poştasy arqyly "
      "beriledi, «AMANAT» partiasy men Kazpravda.kz #Referendum2026";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text,
            "Толық ақпарат https://kazpravda.kz/news/123 сайтында және info@amanat.kz поштасы "
            "арқылы беріледі, «AMANAT» партиасы мен Kazpravda.kz #Referendum2026");
  EXPECT_EQ(SourceOfWord(*normalized, input, "https://kazpravda.kz/news/123"),
            "https://kazpravda.kz/news/123");
}

TEST(NormalizeLatinKazakh, LeavesRussianWithLatinNamesAsItIs) {
  const std::string input =
      "Члены коалиции встретились с коллективом АО «Qarmet» и активом партии «AMANAT», "
      "сообщает Kazpravda.kz. IT-специалисты и COVID-19 тоже упомянуты.\n"
      "Qarmet AMANAT Kazpravda.kz Qazaqstan Temir Joly";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, input);
  EXPECT_FALSE(normalized->transliterated);
}

TEST(NormalizeLatinKazakh, LeavesEnglishAsItIs) {
  const std::string input =
      "The coalition's members met the staff of Qaratal in Osakarov district. "
      "About 200 people took part in the meeting, which was held with the support of AMANAT "
      "and Qarmet.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  // Latin letters of Kazakh names (Qaratal, Osakarov, Qarmet) in English are no Kazakh text.
  EXPECT_EQ(normalized->text, input);
  EXPECT_FALSE(normalized->transliterated);
}

TEST(NormalizeLatinKazakh, LeavesEnglishWithKazakhNamesAsItIs) {
  // Kazakh names with Kazakh letters give some evidence; the English words outweigh it.
  const std::string input =
      "The meeting in Jalpyūlttyq Qaragandy was held with the akim of Nura and the staff of "
      "Qaratal, and the coalition answered questions about the draft.";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text, input);
  EXPECT_FALSE(normalized->transliterated);
}

TEST(NormalizeLatinKazakh, DecidesLineByLine) {
  const std::string cyrillic = "Встреча прошла в Доме культуры поселка Осакаровка.";
  const std::string english = "The meeting was held in the House of Culture of Osakarovka.";
  const std::string input =
      cyrillic + "\n" + "Kezdesu Osakarov audanyndağy Mädeniet üiinde ötti.\n" + english;
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_EQ(normalized->text,
            cyrillic + "\nКездесу Осакаров ауданындағы Мәдениет үйінде өтті.\n" + english);
  EXPECT_EQ(SourceOfWord(*normalized, input, "Мәдениет үйінде"), "Mädeniet üiinde");
  // Windows line ends: the CR is the line's, the LF after it is still read with it.
  const std::string crlf =
      cyrillic + "\r\n" + "Kezdesu Osakarov audanyndağy Mädeniet üiinde ötti.\r\n" + english;
  EXPECT_EQ(Normalize(crlf)->text, normalized->text);
}

TEST(Normalize, RefusesBinaryInput) {
  const std::string binary("PK\x03\x04\x00\x00zip", 9);
  auto normalized = Normalize(binary);
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.error().code, ErrorCode::kUnsupported);
}

TEST(Normalize, RefusesTextThatIsNotUtf8AndSaysWhere) {
  // "Караганда" in Windows-1251.
  auto normalized = Normalize("ok \xCA\xE0\xF0\xE0\xE3\xE0\xED\xE4\xE0");
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.error().code, ErrorCode::kInvalid);
  EXPECT_NE(normalized.error().message.find("byte 3"), std::string::npos)
      << normalized.error().message;
  EXPECT_FALSE(Normalize("\xED\xA0\x80").ok());  // a surrogate
  EXPECT_TRUE(Normalize("\xEF\xBF\xBD").ok());   // U+FFFD itself is text
}

TEST(Normalize, NamesWindows1251WhenTheTextIsCyrillicIn1251) {
  // "Кездесуге 200-ге жуык адам катысты." typed without Kazakh letters and saved as
  // Windows-1251.
  const std::string input =
      "\xCA\xE5\xE7\xE4\xE5\xF1\xF3\xE3\xE5 200-\xE3\xE5 \xE6\xF3\xFB\xEA \xE0\xE4\xE0\xEC "
      "\xEA\xE0\xF2\xFB\xF1\xF2\xFB.";
  auto normalized = Normalize(input);
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.error().code, ErrorCode::kInvalid);
  const std::string& message = normalized.error().message;
  EXPECT_NE(message.find("it looks like Windows-1251 (Cyrillic)"), std::string::npos) << message;
  EXPECT_NE(message.find("save it as UTF-8"), std::string::npos) << message;
  EXPECT_NE(message.find("byte 0"), std::string::npos) << message;
  EXPECT_EQ(message.find("KZ-1048"), std::string::npos) << message;
}

TEST(Normalize, NamesKz1048WhenKazakhLettersStandAtItsPositions) {
  // "Қаратал КМП ұжымымен кездесу өтті. Кездесуге 200-ге жуық адам қатысты." in KZ-1048: Қ is
  // 0x8D, ұ 0xA2, ө 0xB4, қ 0x9D, where Windows-1251 has Ќ ў ґ ќ.
  const std::string input =
      "ok \x8D\xE0\xF0\xE0\xF2\xE0\xEB \xCA\xCC\xCF \xA2\xE6\xFB\xEC\xFB\xEC\xE5\xED "
      "\xEA\xE5\xE7\xE4\xE5\xF1\xF3 \xB4\xF2\xF2\xB3. \xCA\xE5\xE7\xE4\xE5\xF1\xF3\xE3\xE5 "
      "200-\xE3\xE5 \xE6\xF3\xFB\x9D \xE0\xE4\xE0\xEC \x9D\xE0\xF2\xFB\xF1\xF2\xFB.";
  auto normalized = Normalize(input);
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.error().code, ErrorCode::kInvalid);
  const std::string& message = normalized.error().message;
  EXPECT_NE(message.find("it looks like KZ-1048 (Kazakh)"), std::string::npos) << message;
  EXPECT_NE(message.find("byte 3"), std::string::npos) << message;
}

TEST(Normalize, NamesNoEncodingForUtf8WithAStrayByte) {
  // Mostly UTF-8: the stray byte is a damaged file, not a legacy encoding.
  auto normalized = Normalize("Кездесуге 200-ге жуық адам \xC0\xC1 қатысты.");
  ASSERT_FALSE(normalized.ok());
  const std::string& message = normalized.error().message;
  EXPECT_EQ(message.find("it looks like"), std::string::npos) << message;
  EXPECT_NE(message.find("byte "), std::string::npos) << message;
  // Latin-1 bytes are not Cyrillic letters either.
  auto latin1 = Normalize("caf\xE9 na\xEFve r\xE9sum\xE9 \xA9 \xB5\xB6\xA4\xA6");
  ASSERT_FALSE(latin1.ok());
  EXPECT_EQ(latin1.error().message.find("it looks like"), std::string::npos)
      << latin1.error().message;
}

TEST(Normalize, RefusesInputPastTheLimit) {
  const std::string big(kMaxInputBytes + 1, 'a');
  auto normalized = Normalize(big);
  ASSERT_FALSE(normalized.ok());
  EXPECT_EQ(normalized.error().code, ErrorCode::kTooLarge);
  EXPECT_TRUE(Normalize(std::string(kMaxInputBytes, 'a')).ok());
}

TEST(Normalize, StripsHtmlAndMapsIntoTheMarkup) {
  const std::string input =
      "<html><head><style>p{}</style></head><body><p>Встреча в&nbsp;<b>Астане</b>,"
      " &laquo;Қаратал&raquo;</p><script>var x = '<p>';</script><p>Второй</p></body></html>";
  auto normalized = Normalize(input);
  ASSERT_TRUE(normalized.ok());
  EXPECT_TRUE(normalized->from_markup);
  const std::string& text = normalized->text;
  EXPECT_NE(text.find("Встреча в Астане, «Қаратал»"), std::string::npos) << text;
  EXPECT_EQ(text.find("var x"), std::string::npos);
  EXPECT_NE(text.find("\n\nВторой"), std::string::npos);
  const std::size_t city = text.find("Астане");
  EXPECT_EQ(SourceOf(*normalized, input, city, city + std::string("Астане").size()), "Астане");
  const std::size_t quote = text.find("«Қаратал»");
  EXPECT_EQ(SourceOf(*normalized, input, quote, quote + std::string("«Қаратал»").size()),
            "&laquo;Қаратал&raquo;");
}

TEST(Normalize, LeavesAStrayAngleBracketInProse) {
  auto normalized = Normalize("рост <5 % и >3 %");
  ASSERT_TRUE(normalized.ok());
  EXPECT_FALSE(normalized->from_markup);
  EXPECT_EQ(normalized->text, "рост <5 % и >3 %");
}

}  // namespace
}  // namespace kenes::extract
