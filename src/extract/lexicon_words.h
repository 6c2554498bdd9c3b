// Words the finders and the assembler read as they are written rather than through the
// lexicon's paradigms: prepositions and conjunctions, the fixed phrases of the genre ("по
// словам", "в тот же день", "сол күні"), and the few stems and endings a rule turns on. Each
// list is named for what its words do, so that the code says "a word that tells of another
// meeting" rather than which word it is, and a word is added in one place. The lists live in
// lexicon_words.cc, beside the lexicon's tables.
//
// Every word is folded as tokens are (lower case, ё read as е); a phrase is its words separated
// by one space, each compared with one token (AnnotatedText::IsPhrase).
#pragma once

#include <span>
#include <string_view>

#include "core/organization.h"

namespace kenes::extract::words {

using List = std::span<const std::string_view>;

// True when `folded` is one of `list`, starts with one of `stems`, ends with one of `endings`.
bool OneOf(std::string_view folded, List list);
bool StartsWithOneOf(std::string_view folded, List stems);
bool EndsWithOneOf(std::string_view folded, List endings);

// Prepositions, conjunctions, pronouns.
extern const List kWith;             // с, со: whom a meeting was with
extern const List kWhere;            // в, во, на: where something happens
extern const std::string_view kAnd;  // и
extern const std::string_view kNot;  // не
extern const std::string_view kHe;   // он
extern const std::string_view kShe;  // она

// Meetings (assemble_meetings.cc, assemble_meeting_lists.cc, assemble_merge.cc).
// Words after a comma that end the clause a meeting's partner is named in: "..., где".
extern const List kClauseEnders;
// "в ходе": after a comma, it too ends the partner's clause; and the meeting noun after "ходе"
// is what something happened in the course of, not the meeting the verb holds.
extern const std::string_view kInTheCourse;
extern const std::string_view kCourse;
// A Kazakh word before a meeting verb that makes it said, not held: "атап өтті" (noted).
extern const std::string_view kNotedKazakh;
// Words before a meeting noun that tell what happened in its course ("В ходе встречи", "В
// завершение встречи"): a later paragraph that says them goes on with the meeting.
extern const List kInTheCourseOf;
// Words that make a meeting sentence tell of another meeting ("Также прошла встреча", "еще
// одна", "вторая встреча"), and stems of such words ("Следующая встреча", "очередная").
extern const List kAnotherMeeting;
extern const List kAnotherMeetingStems;
// The words or phrases a sentence opens with to tell of the next meeting ("Затем", "После
// этого", "Одан кейін", "Сондай-ақ").
extern const List kNextMeetingOpeners;
// Rooms and grounds a meeting is held in ("в здании", "в актовом зале").
extern const List kRooms;
// Kazakh locative endings written after a hyphen ("«Қаратал» КМП-да").
extern const List kKazakhLocativeAfterHyphen;
// Kazakh instrumental endings ("ұжымымен", "студенттермен"): "with" whom.
extern const List kKazakhInstrumentalEndings;
// Stems of the adjectives that make a meeting a final session ("итоговое заседание").
extern const List kFinalSessionStems;
// The adjective stem and the nouns of an open dialogue ("открытый диалог", "открытый
// разговор").
extern const std::string_view kOpenStem;
extern const List kDialogueLemmas;
// Words before a meeting noun that say something of every meeting of a list ("На каждой
// встрече", "на всех встречах").
extern const List kEvery;
// "В тот же день", "сол күні": a meeting held the day of the one before it.
extern const List kSameDay;
// Words before a figure that make it a total over several meetings ("в общей сложности",
// "всего", Kazakh "барлығы", "жалпы").
extern const List kTotal;
// The lemmas of nouns that count people at campaign scale ("граждан", "казахстанцев").
extern const List kCitizenLemmas;

// Speakers (assemble_speakers.cc): the phrases that name who speaks after them.
extern const std::string_view kAccordingTo;        // "по словам"
extern const std::string_view kHeadedBy;           // "(во) главе с"
extern const std::string_view kWithParticipation;  // "с участием"

// Languages (language.cc): short words a sentence's language is voted by.
extern const List kRussianFunctionWords;  // every Russian text is full of them, Kazakh never
// Kazakh words without a letter of its own (a word with one is told by its letters before this
// list is asked).
extern const List kKazakhFunctionWords;
extern const List kKyrgyzFunctionWords;  // Kyrgyz spellings of the same short words
extern const List kEnglishFunctionWords;

// Sentences (sentences.cc).
// Folded words a period follows inside a sentence in Russian official prose: place types,
// units, titles, Latin-style shortenings ("г. Караганда", "т.е.", "им. Абая").
extern const List kAbbreviations;
// The place types' abbreviations a line of a list of meetings may start with, in lower case
// ("с. Ботакара (120 человек)").
extern const List kListLinePlaceTypes;

// People (people.cc).
extern const std::string_view kLedBy;  // "во главе": "глава" there is no title
// A name an organization bears, not a person's: "Қожа Ахмет Ясауи атындағы университет".
extern const std::string_view kNamedAfter;
// The labels before photo credits ("Фото: Әли Ғалым"), and the title given to those credited.
extern const List kPhotoLabels;
extern const std::string_view kPhotographer;
// Kazakh conjunctions: one joins two people and is no word of the second one's title; some
// join the names of a plural title's list ("депутаттары А пен Б").
extern const List kKazakhConjunctions;
extern const List kKazakhListJoins;
// ", а также ...": ends a list of names.
extern const std::string_view kBut;
// Kazakh bodies whose names a title keeps capitalized ("Мәжіліс депутаты").
extern const List kKazakhProperBodies;

// Places (places.cc).
// The prepositions a bare city name counts as a place after ("в Астане", "из Шымкента").
extern const List kPlacePrepositions;
// "сельский" between a district's adjective and its type word ("Коктальского сельского
// округа").
extern const List kRural;

// Organizations (organizations.cc, audience.cc).
// Words of a quoted name that say what the organization is, whatever its legal form: "ОО
// «Партия «AMANAT»»" is a party, "ТОО «AMANAT MEDIA GROUP»" a media company.
struct KindWord {
  std::string_view folded;
  OrgKind kind;
};
extern const std::span<const KindWord> kKindWords;
// Verbs a release cites its source with: "сообщает Kazpravda.kz".
extern const List kCitingVerbs;
// "им." ("имени"): an abbreviation inside a name ("им. Абая").
extern const std::string_view kNamedAfterAbbreviation;
// "мектептің еңбек ұжымымен": a labour collective.
extern const std::string_view kLabour;

// Dates (dates.cc).
extern const std::string_view kKazakhYearOf;      // "2026 жылғы 24 ақпан"
extern const List kYearWords;                     // "2026 года", "2026 жыл"
extern const std::string_view kYearAbbreviation;  // "2026 г."
// Days said relative to the date of the release: today, yesterday, the day before.
extern const List kToday;
extern const List kYesterday;
extern const List kDayBeforeYesterday;

// The imprint (imprint.cc): its labels ("Изготовлено:", "Тапсырыс беруші:"), and the phrases
// a payer follows ("Оплачено из средств X", "X қаражаты есебінен төленді").
extern const List kMadeByLabels;
extern const List kOrderedByLabels;
extern const std::string_view kOrderedByKazakh;  // "тапсырыс беруші"
extern const std::string_view kPaid;             // "оплачено"
extern const List kPaidFrom;                     // "из", "за счет"
extern const List kFunds;  // "средств", "избирательного фонда"
extern const std::string_view kFundsKazakhStem;  // "қаражат"
extern const List kPaidKazakh;  // "төленді", "есебінен төленді"

}  // namespace kenes::extract::words
