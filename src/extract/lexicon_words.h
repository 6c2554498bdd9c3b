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

}  // namespace kenes::extract::words
