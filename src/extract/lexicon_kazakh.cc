// The Kazakh words of the genre: each a stem in the nominative whose forms come from the suffix
// rules (core/kazakh_morphology.h), so "ұжым" is also "ұжымымен", "ұжымының", "ұжымдары".
// Audience nouns, organization types and spheres map to the same segments and types as their
// Russian equivalents in lexicon_data.cc. Verbs, which the suffix rules do not build, are listed
// in the forms a release uses (kFixed: "lemma=form,form").
#include "extract/lexicon_data.h"

namespace kenes::extract {
namespace {

using LC = LexClass;
using P = Paradigm;
constexpr Gender kM = Gender::kMasculine;
constexpr std::uint16_t V(EventKind kind) { return static_cast<std::uint16_t>(kind); }
constexpr std::uint16_t V(PlaceKind kind) { return static_cast<std::uint16_t>(kind); }
constexpr std::uint16_t V(ClaimTopic topic) { return static_cast<std::uint16_t>(topic); }

constexpr LexGroup kKazakhGroups[] = {
    // Positions: "Мәжіліс депутаты", "облыс әкімінің орынбасары", "партия төрағасы".
    {LC::kTitle, P::kKazakh, kM, 0,
     "депутат сенатор әкім төраға хатшы орынбасар басшы директор ректор проректор министр "
     "вице-министр кеңесші мүше журналист саясаттанушы профессор сарапшы өкіл ардагер "
     "басқарушы меңгеруші бастық президент спикер ақын жазушы дәрігер мұғалім фотограф "
     "тілші редактор ұстаз маман"},

    // First names as Kazakh spells them (the Russian spellings are in lexicon_data.cc); they
    // stand in Russian text too.
    {LC::kFirstName, P::kKazakh, Gender::kMasculine, 0,
     "Ерлан Асхат Бауыржан Дәурен Ғалымжан Қанат Қайрат Мұрат Нұрсұлтан Сұлтан Жақсылық "
     "Бақытжан Серік Берік Талғат Төлеген Мұхтар Әлихан Әділ Әсет Ерқанат Нұрбол Ержан "
     "Дархан Арман Жандос Ерболат Ермек Әбілқайыр Жомарт Мақсат Ғабит Бекзат Нұржан Қуаныш",
     true},
    {LC::kFirstName, P::kKazakh, Gender::kFeminine, 0,
     "Айгүл Гүлмира Гүлнара Сәуле Әсем Жанна Динара Мәдина Гүлжан Күләш Ботагөз Айнұр "
     "Назгүл Ақмарал Шынар Гүлшат Ләззат Мөлдір Зәуре Салтанат Жұлдыз Аружан Ақбота Гүлнұр",
     true},

    // Organization types, name first: "«Қаратал» КМП", "Қарағанды университеті".
    {LC::kOrgType, P::kKazakh, kM, kMine, "шахта кеніш", true},
    {LC::kOrgType, P::kKazakh, kM, kPlant, "зауыт фабрика кәсіпорын/кәсіпорн комбинат", true},
    {LC::kOrgType, P::kKazakh, kM, kFirm, "компания серіктестік корпорация холдинг банк", true},
    {LC::kOrgType, P::kKazakh, kM, kUniversity, "университет институт академия", true},
    {LC::kOrgType, P::kKazakh, kM, kSchool, "колледж мектеп лицей гимназия балабақша", true},
    {LC::kOrgType, P::kKazakh, kM, kHospital, "аурухана емхана диспансер", true},
    {LC::kOrgType, P::kKazakh, kM, kCultureHouse,
     "мәдениет_*үй театр клуб мұражай кітапхана филармония", true},
    {LC::kOrgType, P::kKazakh, kM, kStateBody,
     "әкімдік әкімшілік мәслихат департамент басқарма министрлік комитет", true},
    {LC::kOrgType, P::kKazakh, kM, kPartyType, "партия", true},
    {LC::kOrgType, P::kKazakh, kM, kPublicBody,
     "қор қауымдастық бірлестік одақ коалиция ассамблея қозғалыс", true},
    {LC::kOrgType, P::kKazakh, kM, kUnion, "кәсіподақ", true},
    {LC::kOrgType, P::kKazakh, kM, kBusinessBody, "палата", true},
    {LC::kOrgType, P::kKazakh, kM, kMediaBody, "газет басылым телеарна агенттік", true},
    {LC::kOrgType, P::kKazakh, kM, kVenue, "орталық сарай кешен", true},
    {LC::kOrgType, P::kKazakh, kM, kFarm, "шаруа_*қожалық", true},

    // Months, in every case: "24 ақпанда", "ақпанның 24-і", "2026 жылғы 24 ақпан".
    {LC::kMonth, P::kKazakh, kM, 1, "қаңтар", true},
    {LC::kMonth, P::kKazakh, kM, 2, "ақпан", true},
    {LC::kMonth, P::kKazakh, kM, 3, "наурыз", true},
    {LC::kMonth, P::kKazakh, kM, 4, "сәуір", true},
    {LC::kMonth, P::kKazakh, kM, 5, "мамыр", true},
    {LC::kMonth, P::kKazakh, kM, 6, "маусым", true},
    {LC::kMonth, P::kKazakh, kM, 7, "шілде", true},
    {LC::kMonth, P::kKazakh, kM, 8, "тамыз", true},
    {LC::kMonth, P::kKazakh, kM, 9, "қыркүйек", true},
    {LC::kMonth, P::kKazakh, kM, 10, "қазан", true},
    {LC::kMonth, P::kKazakh, kM, 11, "қараша", true},
    {LC::kMonth, P::kKazakh, kM, 12, "желтоқсан", true},

    // Place types: "Талғар ауданы", "Қарағанды облысында", "Астана қаласында".
    {LC::kPlaceType, P::kKazakh, kM, V(PlaceKind::kRegion), "облыс"},
    {LC::kPlaceType, P::kKazakh, kM, V(PlaceKind::kDistrict), "аудан"},
    {LC::kPlaceType, P::kKazakh, kM, V(PlaceKind::kCity), "қала"},
    {LC::kPlaceType, P::kKazakh, kM, V(PlaceKind::kSettlement), "кент"},
    {LC::kPlaceType, P::kKazakh, kM, V(PlaceKind::kVillage), "ауыл"},
    {LC::kPlaceType, P::kKazakh, kM, V(PlaceKind::kOkrug), "ауылдық_*округ"},

    // Nouns that name people of a segment by themselves.
    {LC::kAudience, P::kKazakh, kM, kMiners, "кенші шахтер"},
    {LC::kAudience, P::kKazakh, kM, kMetallurgists, "металлург"},
    {LC::kAudience, P::kKazakh, kM, kIndustrialWorkers,
     "мұнайшы энергетик құрылысшы теміржолшы жұмысшы газшы"},
    {LC::kAudience, P::kKazakh, kM, kFarmers,
     "шаруа фермер диқан егінші малшы аграрий механизатор"},
    {LC::kAudience, P::kKazakh, kM, kRuralResidents, "ауылдас"},
    {LC::kAudience, P::kKazakh, kM, kEntrepreneurs, "кәсіпкер бизнесмен"},
    {LC::kAudience, P::kKazakh, kM, kTeachers, "мұғалім ұстаз педагог тәрбиеші"},
    {LC::kAudience, P::kKazakh, kM, kAcademics, "ғалым оқытушы"},
    {LC::kAudience, P::kKazakh, kM, kStudents, "студент оқушы магистрант докторант білімгер"},
    {LC::kAudience, P::kKazakh, kM, kYouth, "жастар"},
    // "жас" alone, as a release counts young people ("500-ге жуық жас"); its case forms are
    // mostly an age ("25 жастағы", "18 жастан асқан").
    {LC::kAudience, P::kFixed, kM, kYouth, "жас"},
    {LC::kAudience, P::kKazakh, kM, kHealthWorkers, "дәрігер медбике мейірбике фельдшер"},
    {LC::kAudience, P::kKazakh, kM, kCivilServants, "мемлекеттік_*қызметші"},
    {LC::kAudience, P::kKazakh, kM, kCultureWorkers, "әртіс суретші музыкант"},
    {LC::kAudience, P::kKazakh, kM, kIntelligentsia, "зиялы_*қауым"},
    {LC::kAudience, P::kKazakh, kM, kCivilSociety,
     "белсенді емес_*ұйым қоғамдық_*ұйым қоғамдық_*бірлестік"},
    {LC::kAudience, P::kKazakh, kM, kPensioners, "зейнеткер ардагер"},
    {LC::kAudience, P::kKazakh, kM, kWomen, "әйел"},
    {LC::kAudience, P::kKazakh, kM, kJournalists, "журналист блогер тілші"},
    {LC::kAudience, P::kKazakh, kM, kVolunteers, "волонтер ерікті"},
    {LC::kAudience, P::kKazakh, kM, kResidents, "халық/халқ жұртшылық"},

    // Spheres that make a role noun an audience: "медицина қызметкерлері", "ауыл тұрғындары".
    {LC::kDomain, P::kKazakh, kM, kHealthWorkers, "медицина денсаулық"},
    {LC::kDomain, P::kKazakh, kM, kTeachers, "білім"},
    {LC::kDomain, P::kKazakh, kM, kCultureWorkers, "мәдениет өнер"},
    {LC::kDomain, P::kKazakh, kM, kFarmers, "ауыл_*шаруашылық агроөнеркәсіп"},
    {LC::kDomain, P::kKazakh, kM, kRuralResidents, "ауыл"},
    {LC::kDomain, P::kKazakh, kM, kIndustrialWorkers, "өнеркәсіп өндіріс"},
    {LC::kDomain, P::kKazakh, kM, kSocialWorkers, "әлеуметтік"},
    {LC::kDomain, P::kKazakh, kM, kCivilServants, "мемлекеттік"},
    {LC::kDomain, P::kKazakh, kM, kAcademics, "ғылым"},
    {LC::kDomain, P::kKazakh, kM, kPublicSector, "бюджет"},
    {LC::kDomain, P::kKazakh, kM, kJournalists, "БАҚ"},

    // People by their work or place: "қызметкерлері", "ұжымымен", "өкілдері"; the value is the
    // segment they name alone, plus one (0: none).
    {LC::kRoleNoun, P::kKazakh, kM, 0, "қызметкер маман ұжым өкіл мүше еңбеккер"},
    {LC::kRoleNoun, P::kKazakh, kM, kResidents + 1, "тұрғын"},

    // Meetings.
    {LC::kMeetingNoun, P::kKazakh, kM, V(EventKind::kMeeting),
     "кездесу жиын жиналыс отырыс семинар конференция басқосу пікірталас дәріс"},
    {LC::kMeetingNoun, P::kKazakh, kM, V(EventKind::kOpenDialogue), "диалог"},
    {LC::kMeetingNoun, P::kKazakh, kM, V(EventKind::kForum), "форум"},
    {LC::kMeetingNoun, P::kKazakh, kM, V(EventKind::kRoundTable), "дөңгелек_*үстел"},

    // Verbs in the past, in the forms releases write them: "кездесу өткізді", "кездесті",
    // "кездесу өтті", "жиналды", "бас қосты".
    {LC::kMeetingVerb, P::kFixed, kM, kWithPartner,
     "кездесті=кездесіп,кездескен,кездеседі жүздесті=жүздесіп талқылады=талқылап "
     "пікір_*алмасты"},
    {LC::kMeetingVerb, P::kFixed, kM, kWithNoun,
     "өткізді=өткізілді,өткізіп,өткізген,өткізілген,өткізеді,өткізілуде "
     "өтті=өтіп,өтеді,өтуде ұйымдастырды=ұйымдастырылды,ұйымдастырылған "
     "болды=болып,болған"},
    {LC::kMeetingVerb, P::kFixed, kM, kGathering, "жиналды=жиналып,жиналған бас_*қосты"},
    // "Кездесуге 60 адам қатысты": people took part in a meeting, which was held.
    {LC::kMeetingVerb, P::kFixed, kM, kWithNoun, "қатысты=қатысып"},

    {LC::kSpeechVerb, P::kFixed, kM, 0,
     "айтты=айтып,айтқан,айтады атап=атады,атаған түсіндірді=түсіндіріп,түсіндірген "
     "жеткізді=жеткізіп мәлімдеді=мәлімдеп сөйледі=сөйлеп тоқталды=тоқталып "
     "ұсынды=ұсынып деді=деп,дейді"},
    {LC::kSpeechVerb, P::kFixed, kM, 0, "жауап_*берді"},

    // Not the participle "қатысқан" ("жиынға қатысқан ардагер": one who took part, named, not
    // the people who came).
    {LC::kAttendanceCue, P::kFixed, kM, 0, "қатысты=қатысып,қатысушылар,қатысушы"},

    // What campaign-level figures count.
    {LC::kCountedNoun, P::kKazakh, kM, V(ClaimTopic::kParties), "партия"},
    {LC::kCountedNoun, P::kKazakh, kM, V(ClaimTopic::kOrganizations), "ұйым бірлестік"},
    {LC::kCountedNoun, P::kKazakh, kM, V(ClaimTopic::kEvents), "іс-шара кездесу"},
    {LC::kCountedNoun, P::kKazakh, kM, V(ClaimTopic::kPeople),
     "адам кісі азамат қазақстандық тұрғын қатысушы"},
    {LC::kCountedNoun, P::kKazakh, kM, V(ClaimTopic::kMembers), "мүше жақтаушы"},

    // Units a count of people is never followed by.
    {LC::kNotPeople, P::kKazakh, kM, 0,
     "жыл пайыз теңге километр сағат ай күн апта сұрақ ұсыныс өтініш гектар тонна "
     "орын/орн жұмыс_*орын/орн"},
};

}  // namespace

std::span<const LexGroup> KazakhLexGroups() { return kKazakhGroups; }

}  // namespace kenes::extract
