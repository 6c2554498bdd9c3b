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

constexpr std::string_view kAbbreviationWords[] = {
    "акад", "б",   "бул", "в",   "вв",  "г",    "гг",  "гл", "гос",   "д",    "доц", "др",   "е",
    "ед",   "им",  "кв",  "км",  "коп", "корп", "куб", "л",  "м",     "мкр",  "млн", "млрд", "напр",
    "нас",  "обл", "п",   "пгт", "пер", "пл",   "пос", "пр", "просп", "проф", "р",   "р-н",  "рис",
    "руб",  "с",   "сек", "см",  "ст",  "стр",  "т",   "тг", "тел",   "тыс",  "ул",  "чел",  "шт"};
constexpr std::string_view kListLinePlaceTypeWords[] = {"г", "с", "п", "пос", "пгт"};
constexpr std::string_view kPhotoLabelWords[] = {"фото", "фотограф"};
constexpr std::string_view kKazakhConjunctionWords[] = {"және", "мен",    "бен",
                                                        "пен",  "немесе", "әрі"};
constexpr std::string_view kKazakhListJoinWords[] = {"мен", "бен", "пен", "және"};
constexpr std::string_view kKazakhProperBodyWords[] = {"мәжіліс", "сенат", "парламент", "үкімет"};
constexpr std::string_view kPlacePrepositionWords[] = {"в",     "во", "из",    "по", "на",  "под",
                                                       "около", "до", "через", "у",  "близ"};
constexpr std::string_view kRuralWords[] = {"сельского", "сельском", "сельский"};
constexpr KindWord kKindWordTable[] = {{"media", OrgKind::kMedia},
                                       {"медиа", OrgKind::kMedia},
                                       {"tv", OrgKind::kMedia},
                                       {"news", OrgKind::kMedia},
                                       {"радио", OrgKind::kMedia},
                                       {"times", OrgKind::kMedia},
                                       {"жас", OrgKind::kYouth},
                                       {"youth", OrgKind::kYouth},
                                       {"university", OrgKind::kEducation},
                                       {"college", OrgKind::kEducation},
                                       {"school", OrgKind::kEducation},
                                       {"clinic", OrgKind::kHealth},
                                       {"party", OrgKind::kParty},
                                       {"партиясы", OrgKind::kParty}};
constexpr std::string_view kCitingVerbWords[] = {"сообщает", "передает", "пишет", "информирует"};
constexpr std::string_view kYearWordWords[] = {"года", "год", "жыл"};
constexpr std::string_view kTodayWords[] = {"сегодня", "бүгін"};
constexpr std::string_view kYesterdayWords[] = {"вчера", "кеше"};
constexpr std::string_view kDayBeforeYesterdayWords[] = {"позавчера"};
constexpr std::string_view kMadeByLabelWords[] = {"изготовлено", "изготовитель", "изготовлен",
                                                  "дайындаған",  "дайындалды",   "әзірлеген"};
constexpr std::string_view kOrderedByLabelWords[] = {"заказчик", "тапсырыс"};
constexpr std::string_view kPaidFromWords[] = {"из", "за счет"};
constexpr std::string_view kFundsWords[] = {"средств", "избирательного фонда"};
constexpr std::string_view kPaidKazakhWords[] = {"төленді", "есебінен төленді"};

// Short words every Russian text is full of and Kazakh never writes.
constexpr std::string_view kRussianFunctionWordList[] = {
    "и",      "в",     "во",    "на",      "с",       "со",    "по",   "что", "для",   "из",
    "к",      "от",    "о",     "об",      "за",      "не",    "это",  "как", "а",     "но",
    "или",    "при",   "до",    "также",   "его",     "ее",    "их",   "был", "была",  "были",
    "будет",  "года",  "году",  "которые", "который", "все",   "этом", "так", "уже",   "где",
    "только", "между", "после", "более",   "около",   "чтобы", "под",  "над", "через", "свои"};
// Kazakh words without a letter of its own (a word with one is told by its letters before this
// list is asked).
constexpr std::string_view kKazakhFunctionWordList[] = {
    "мен", "бен", "пен",    "бойынша",  "жылы",   "осы",     "сол",  "бар",   "деп",      "деді",
    "ал",  "ол",  "туралы", "арасында", "жобасы", "кездесу", "атты", "болды", "барысында"};
// Kyrgyz spellings of the same short words.
constexpr std::string_view kKyrgyzFunctionWordList[] = {
    "жана", "менен", "боюнча", "үчүн", "болуп", "жөнүндө", "ошондой", "анын", "бул", "дагы"};
constexpr std::string_view kEnglishFunctionWordList[] = {
    "the", "and", "of",   "to",   "in",   "with", "was",  "were", "for",  "on",   "is",
    "are", "by",  "that", "this", "from", "held", "have", "has",  "will", "their"};

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

const List kRussianFunctionWords = kRussianFunctionWordList;
const List kKazakhFunctionWords = kKazakhFunctionWordList;
const List kKyrgyzFunctionWords = kKyrgyzFunctionWordList;
const List kEnglishFunctionWords = kEnglishFunctionWordList;

const List kAbbreviations = kAbbreviationWords;
const List kListLinePlaceTypes = kListLinePlaceTypeWords;

const std::string_view kLedBy = "во главе";
const std::string_view kNamedAfter = "атындағы";
const List kPhotoLabels = kPhotoLabelWords;
const std::string_view kPhotographer = "фотограф";
const List kKazakhConjunctions = kKazakhConjunctionWords;
const List kKazakhListJoins = kKazakhListJoinWords;
const std::string_view kBut = "а";
const List kKazakhProperBodies = kKazakhProperBodyWords;

const List kPlacePrepositions = kPlacePrepositionWords;
const List kRural = kRuralWords;

const std::span<const KindWord> kKindWords = kKindWordTable;
const List kCitingVerbs = kCitingVerbWords;
const std::string_view kNamedAfterAbbreviation = "им";
const std::string_view kLabour = "еңбек";

const std::string_view kKazakhYearOf = "жылғы";
const List kYearWords = kYearWordWords;
const std::string_view kYearAbbreviation = "г";
const List kToday = kTodayWords;
const List kYesterday = kYesterdayWords;
const List kDayBeforeYesterday = kDayBeforeYesterdayWords;

const List kMadeByLabels = kMadeByLabelWords;
const List kOrderedByLabels = kOrderedByLabelWords;
const std::string_view kOrderedByKazakh = "тапсырыс беруші";
const std::string_view kPaid = "оплачено";
const List kPaidFrom = kPaidFromWords;
const List kFunds = kFundsWords;
const std::string_view kFundsKazakhStem = "қаражат";
const List kPaidKazakh = kPaidKazakhWords;

}  // namespace kenes::extract::words
