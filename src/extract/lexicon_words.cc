#include "extract/lexicon_words.h"

#include <algorithm>

namespace kenes::extract::words {
namespace {

constexpr std::string_view kWithWords[] = {"с", "со"};
constexpr std::string_view kWhereWords[] = {"в", "во", "на"};
constexpr std::string_view kClauseEnderWords[] = {"где",   "которые",  "который",  "которая",
                                                  "что",   "чтобы",    "после",    "а",
                                                  "когда", "сообщает", "передает", "пишет"};
constexpr std::string_view kInTheCourseOfWords[] = {"ходе",   "завершение", "рамках",
                                                    "итогам", "время",      "окончании"};
constexpr std::string_view kAnotherMeetingWords[] = {
    "также", "еще",    "кроме",  "затем",  "потом",  "далее", "позднее",
    "позже", "вторая", "второй", "третья", "другая", "другой"};
constexpr std::string_view kAnotherMeetingStemWords[] = {"следующ", "очередн"};
constexpr std::string_view kNextMeetingOpenerWords[] = {
    "затем",      "далее",     "потом",     "позднее",     "позже",        "также",
    "кейін",      "сондай-ақ", "сондай-ак", "после этого", "кроме того",   "помимо этого",
    "одан кейін", "одан соң",  "бұдан соң", "содан кейін", "сонымен қатар"};
constexpr std::string_view kRoomWords[] = {"здании",     "зале",     "помещении",     "стенах",
                                           "территории", "площадке", "конференц-зале"};
constexpr std::string_view kKazakhLocativeAfterHyphenWords[] = {"-да", "-де", "-та", "-те"};
constexpr std::string_view kKazakhInstrumentalEndingWords[] = {"мен", "бен", "пен"};
constexpr std::string_view kFinalSessionStemWords[] = {"итогов", "заключительн"};
constexpr std::string_view kDialogueLemmaWords[] = {"диалог", "разговор"};
constexpr std::string_view kEveryWords[] = {"каждой", "каждом", "всех"};
constexpr std::string_view kSameDayWords[] = {"тот же день", "этот же день", "сол күні"};
constexpr std::string_view kTotalWords[] = {"всего", "барлығы", "жалпы", "общей сложности"};
constexpr std::string_view kCitizenLemmaWords[] = {"казахстанец", "гражданин"};

}  // namespace

bool OneOf(std::string_view folded, List list) {
  return std::find(list.begin(), list.end(), folded) != list.end();
}

bool StartsWithOneOf(std::string_view folded, List stems) {
  return std::any_of(stems.begin(), stems.end(),
                     [&](std::string_view stem) { return folded.starts_with(stem); });
}

bool EndsWithOneOf(std::string_view folded, List endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [&](std::string_view ending) { return folded.ends_with(ending); });
}

const List kWith = kWithWords;
const List kWhere = kWhereWords;
const std::string_view kAnd = "и";
const std::string_view kNot = "не";
const std::string_view kHe = "он";
const std::string_view kShe = "она";

const List kClauseEnders = kClauseEnderWords;
const std::string_view kInTheCourse = "в ходе";
const std::string_view kCourse = "ходе";
const std::string_view kNotedKazakh = "атап";
const List kInTheCourseOf = kInTheCourseOfWords;
const List kAnotherMeeting = kAnotherMeetingWords;
const List kAnotherMeetingStems = kAnotherMeetingStemWords;
const List kNextMeetingOpeners = kNextMeetingOpenerWords;
const List kRooms = kRoomWords;
const List kKazakhLocativeAfterHyphen = kKazakhLocativeAfterHyphenWords;
const List kKazakhInstrumentalEndings = kKazakhInstrumentalEndingWords;
const List kFinalSessionStems = kFinalSessionStemWords;
const std::string_view kOpenStem = "открыт";
const List kDialogueLemmas = kDialogueLemmaWords;
const List kEvery = kEveryWords;
const List kSameDay = kSameDayWords;
const List kTotal = kTotalWords;
const List kCitizenLemmas = kCitizenLemmaWords;

const std::string_view kAccordingTo = "по словам";
const std::string_view kHeadedBy = "главе с";
const std::string_view kWithParticipation = "с участием";

}  // namespace kenes::extract::words
