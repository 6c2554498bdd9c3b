#include "extract/lexicon_data.h"

namespace kenes::extract {
namespace {

// Audience segments, in the order of data/segments.csv; a test checks the two agree.
constexpr std::string_view kSegmentCodes[] = {"miners",
                                              "metallurgists",
                                              "industrial_workers",
                                              "municipal_workers",
                                              "farmers",
                                              "rural_residents",
                                              "entrepreneurs",
                                              "teachers",
                                              "academics",
                                              "students",
                                              "youth",
                                              "health_workers",
                                              "social_workers",
                                              "public_sector",
                                              "civil_servants",
                                              "culture_workers",
                                              "it_specialists",
                                              "intelligentsia",
                                              "ethnocultural",
                                              "civil_society",
                                              "pensioners",
                                              "women",
                                              "journalists",
                                              "volunteers",
                                              "people_with_disabilities",
                                              "residents"};

constexpr int kNone = -1;

// What kind of organization a type word or legal form names, whose collective it is, and whether
// it is a building meetings are held in.
constexpr OrgType kOrgTypes[] = {
    {OrgKind::kCompany, kMiners, false},                     // 0 mine
    {OrgKind::kCompany, kIndustrialWorkers, false},          // 1 plant, factory, enterprise
    {OrgKind::kCompany, kNone, false},                       // 2 company, legal forms of companies
    {OrgKind::kCompany, kMunicipalWorkers, false},           // 3 municipal enterprise
    {OrgKind::kEducation, kAcademics, false},                // 4 university
    {OrgKind::kEducation, kTeachers, false},                 // 5 school, college
    {OrgKind::kHealth, kHealthWorkers, false},               // 6 hospital
    {OrgKind::kCulture, kCultureWorkers, true},              // 7 House of Culture, theatre
    {OrgKind::kStateBody, kCivilServants, false},            // 8 akimat, ministry
    {OrgKind::kParty, kNone, false},                         // 9 party
    {OrgKind::kPublicAssociation, kCivilSociety, false},     // 10 foundation, association
    {OrgKind::kTradeUnion, kNone, false},                    // 11 trade union
    {OrgKind::kBusinessAssociation, kEntrepreneurs, false},  // 12 chamber of entrepreneurs
    {OrgKind::kMedia, kJournalists, false},                  // 13 newspaper, channel
    {OrgKind::kOther, kNone, true},                          // 14 centre, palace, hall
    {OrgKind::kYouth, kYouth, false},                        // 15 youth wing
    {OrgKind::kCompany, kFarmers, false},                    // 16 farm
};

using LC = LexClass;
using P = Paradigm;
constexpr Gender kM = Gender::kMasculine;
constexpr Gender kF = Gender::kFeminine;
constexpr Gender kN = Gender::kNeuter;
constexpr std::uint16_t V(EventKind kind) { return static_cast<std::uint16_t>(kind); }
constexpr std::uint16_t V(PlaceKind kind) { return static_cast<std::uint16_t>(kind); }
constexpr std::uint16_t V(ClaimTopic topic) { return static_cast<std::uint16_t>(topic); }

constexpr LexGroup kGroups[] = {
    // First names, Kazakh and Russian, as they are spelt in Russian text and in Kazakh.
    {LC::kFirstName, P::kMasculineHard, kM, 0,
     "Абай Абзал Абылай Аблай Айбек Айдар Айдос Айдын Азамат Алибек Алихан Алмас Алпамыс "
     "Алтынбек Арман Арнур Арсен Асан Асет Асхат Аскар Аскарбек Асылбек Аят Ахмет Бакытжан "
     "Бауржан Бауыржан Бахыт Бахытжан Бейбут Бекболат Бекжан Бекзат Бекнур Берик Болат "
     "Галымжан Ғалымжан Габит Дамир Данияр Дархан Дастан Даулет Даурен Дидар Дулат Думан "
     "Елжан Ербол Ерболат Ерғали Ержан Ерзат Еркебулан Еркин Ерлан Ерлик Ермек Ернар Ернур "
     "Ерасыл Ерсултан Жандар Жандос Жанарбек Жанат Жанболат Жаксыбек Жасулан Жомарт "
     "Жумабек Казбек Кайрат Қайрат Канат Қанат Канатбек Кенжебек Куаныш Қуаныш Мажит Максат "
     "Марат Медет Мейрам Мейржан Мирас Мурат Мухамеджан Мухит Мухтар Нурбек Нурбол Нурболат "
     "Нурдаулет Нуржан Нуркен Нурлан Нурлыбек Нурсултан Олжас Отабек Рауан Рахат Рахым "
     "Ризабек Ринат Ренат Руслан Рустам Рустем Сабит Сакен Самат Санжар Сапар Серик "
     "Серикболат Серикжан Сержан Султан Талгат Тилектес Тимур Тимурлан Тлеген Толеген "
     "Уалихан Улан Шокан Эльдар Ислам Исламбек Ильяс Ескендир Бекет Бектас Мадияр Мади "
     "Нұрлан Ерлан Сырым Темирлан Ертай Мирболат Нариман Жарас Ермухамет Кажымукан Бахтияр "
     "Александр Антон Артем Борис Вадим Валентин Виктор Владимир Владислав Вячеслав Денис "
     "Егор Иван Кирилл Константин Леонид Максим Михаил Олег Павел/Павл Петр Роман Станислав "
     "Степан Федор Ярослав Эдуард Глеб Давид Марк Герман Артур Тагир Рафаэль"},
    {LC::kFirstName, P::kMasculineJ, kM, 0, "Алексей Андрей Сергей Николай Матвей Тимофей"},
    {LC::kFirstName, P::kMasculineIj, kM, 0,
     "Анатолий Аркадий Валерий Василий Виталий Геннадий Георгий Григорий Дмитрий Евгений "
     "Юрий Арсений Игнатий"},
    {LC::kFirstName, P::kMasculineSoft, kM, 0, "Игорь Адиль Камиль Азиль"},
    {LC::kFirstName, P::kFixed, kM, 0,
     "Али Әли Есенгали Нургали Жумагали Кали Сейткали Амангельды Исатай Ахмади Мусабек"},
    {LC::kFirstName, P::kFeminineA, kF, 0,
     "Аида Айна Алена Алина Анна Асема Бота Валентина Вера Галина Гульмира Гульнара Дана "
     "Дина Динара Екатерина Елена Жазира Жанна Жания Зарина Индира Ирина Камила Лариса "
     "Людмила Мадина Марина Надежда Оксана Ольга Роза Светлана Татьяна Умида Фатима Эльмира "
     "Гульшат Алма Айсара Айгерима Назира Сабина Карина Диана Дильнара Венера Гульзира "
     "Раиса Зульфира Гульжана"},
    {LC::kFirstName, P::kFeminineIya, kF, 0,
     "Алия Анастасия Дария Зульфия Мария Сания Юлия Лилия Гульсия Амалия"},
    {LC::kFirstName, P::kFeminineYa, kF, 0, "Наталья Дарья Софья"},
    {LC::kFirstName, P::kFeminineSoft, kF, 0,
     "Айгуль Асель Бибигуль Гульнур Данагуль Назгуль Нургуль Ляйсан"},
    {LC::kFirstName, P::kFixed, kF, 0,
     "Айгерим Айжан Айнур Айсулу Арайлым Асем Аяжан Балжан Гаухар Жанар Жибек Жулдыз "
     "Зауре Камшат Карлыгаш Қарлығаш Кымбат Ляззат Маржан Меруерт Молдир Перизат Раушан "
     "Салтанат Самал Сауле Томирис Улжан Шолпан Әйгерім Гүлнар Ақерке Акерке Дильназ"},

    // The head nouns of positions and occupations a name follows.
    {LC::kTitle, P::kMasculineHard, kM, 0,
     "сенатор депутат советник министр вице-министр премьер-министр аким журналист "
     "президент директор ректор проректор член помощник эксперт политолог профессор "
     "начальник лидер спикер омбудсмен прокурор координатор активист блогер поэт фотограф "
     "корреспондент редактор академик доктор посол мэр губернатор вице-премьер модератор "
     "основатель автор врач педагог студент ветеран волонтер спортсмен чемпион историк "
     "юрист экономист тренер артист"},
    {LC::kTitle, P::kMasculineSoft, kM, 0,
     "председатель заместитель руководитель деятель секретарь писатель учитель "
     "преподаватель представитель управитель"},
    {LC::kTitle, P::kFeminineA, kM, 0, "глава"},
    {LC::kTitle, P::kFeminineYa, kM, 0, "судья"},
    {LC::kTitle, P::kAdjective, kM, 0, "управляющий уполномоченный ведущий"},

    // Organization types: the collective of each is an audience, some are venues.
    {LC::kOrgType, P::kFeminineA, kF, kMine, "шахта"},
    {LC::kOrgType, P::kMasculineHard, kM, kMine, "разрез рудник"},
    {LC::kOrgType, P::kMasculineHard, kM, kPlant, "завод комбинат"},
    {LC::kOrgType, P::kFeminineA, kF, kPlant, "фабрика"},
    {LC::kOrgType, P::kFixed, kF, kPlant, "ГРЭС ГЭС ТЭЦ ГТЭС"},
    {LC::kOrgType, P::kFeminineIya, kF, kPlant, "электростанция"},
    {LC::kOrgType, P::kNeuterIe, kN, kPlant, "предприятие"},
    {LC::kOrgType, P::kFeminineIya, kF, kFirm, "компания корпорация"},
    {LC::kOrgType, P::kMasculineHard, kM, kFirm, "холдинг банк концерн"},
    {LC::kOrgType, P::kNeuterO, kN, kFirm, "акционерное_*общество товарищество"},
    {LC::kOrgType, P::kNeuterIe, kN, kMunicipal,
     "коммунальное_*предприятие государственное_*предприятие"},
    {LC::kOrgType, P::kMasculineHard, kM, kUniversity, "университет институт"},
    {LC::kOrgType, P::kFeminineIya, kF, kUniversity, "академия"},
    {LC::kOrgType, P::kMasculineHard, kM, kSchool, "колледж лицей"},
    {LC::kOrgType, P::kFeminineA, kF, kSchool, "школа"},
    {LC::kOrgType, P::kFeminineIya, kF, kSchool, "гимназия"},
    {LC::kOrgType, P::kNeuterE, kN, kSchool, "училище"},
    {LC::kOrgType, P::kMasculineHard, kM, kSchool, "детский_*сад"},
    {LC::kOrgType, P::kFeminineA, kF, kHospital, "больница поликлиника амбулатория"},
    {LC::kOrgType, P::kMasculineHard, kM, kHospital, "диспансер"},
    {LC::kOrgType, P::kMasculineSoft, kM, kHospital, "госпиталь"},
    {LC::kOrgType, P::kMasculineHard, kM, kCultureHouse,
     "*Дом_культуры *Дворец/Дворц_культуры театр клуб *центр_досуга"},
    {LC::kOrgType, P::kMasculineJ, kM, kCultureHouse, "музей"},
    {LC::kOrgType, P::kFeminineA, kF, kCultureHouse, "библиотека"},
    {LC::kOrgType, P::kFeminineIya, kF, kCultureHouse, "филармония"},
    {LC::kOrgType, P::kMasculineHard, kM, kStateBody,
     "акимат маслихат департамент комитет аппарат"},
    {LC::kOrgType, P::kNeuterIe, kN, kStateBody, "управление государственное_*учреждение"},
    {LC::kOrgType, P::kNeuterO, kN, kStateBody, "министерство ведомство"},
    {LC::kOrgType, P::kFeminineIya, kF, kPartyType, "партия"},
    {LC::kOrgType, P::kMasculineHard, kM, kPublicBody, "фонд союз"},
    {LC::kOrgType, P::kFeminineIya, kF, kPublicBody, "ассоциация коалиция"},
    {LC::kOrgType, P::kFeminineYa, kF, kPublicBody, "ассамблея"},
    {LC::kOrgType, P::kNeuterIe, kN, kPublicBody, "объединение движение"},
    {LC::kOrgType, P::kMasculineHard, kM, kUnion, "профсоюз"},
    {LC::kOrgType, P::kFeminineA, kF, kBusinessBody, "палата"},
    {LC::kOrgType, P::kFeminineA, kF, kMediaBody, "газета"},
    {LC::kOrgType, P::kFeminineIya, kF, kMediaBody, "редакция"},
    {LC::kOrgType, P::kMasculineHard, kM, kMediaBody, "телеканал портал"},
    {LC::kOrgType, P::kNeuterO, kN, kMediaBody, "агентство"},
    {LC::kOrgType, P::kMasculineHard, kM, kVenue,
     "центр *Дворец/Дворц_школьников *Дворец/Дворц_спорта *Дом_дружбы спорткомплекс технопарк "
     "коворкинг"},
    {LC::kOrgType, P::kNeuterO, kN, kYouthWing, "молодежное_*крыло"},
    {LC::kOrgType, P::kNeuterO, kN, kFarm, "крестьянское_*хозяйство фермерское_*хозяйство"},

    // Legal forms, written before or after a quoted name: ТОО «X», «X» ЖШС.
    {LC::kLegalForm, P::kFixed, kN, kFirm, "ТОО АО ЖШС АҚ ПАО ОАО ЗАО ООО ИП НАО КАО АОО"},
    {LC::kLegalForm, P::kFixed, kN, kMunicipal, "КМП ГКП КГП ГККП КГКП МКК РГП КМК"},
    {LC::kLegalForm, P::kFixed, kN, kStateBody, "ГУ КГУ РГУ ММ"},
    {LC::kLegalForm, P::kFixed, kN, kPublicBody, "ОО РОО ОЮЛ ОФ ЧУ ҚБ РҚБ ЗТБ НУО"},
    {LC::kLegalForm, P::kFixed, kN, kFarm, "КХ ФХ"},

    // Place types.
    {LC::kPlaceType, P::kFeminineSoft, kF, V(PlaceKind::kRegion), "область"},
    {LC::kPlaceType, P::kMasculineHard, kM, V(PlaceKind::kDistrict), "район"},
    {LC::kPlaceType, P::kMasculineHard, kM, V(PlaceKind::kCity), "город"},
    {LC::kPlaceType, P::kFixed, kM, V(PlaceKind::kCity), "г"},
    {LC::kPlaceType, P::kMasculineHard, kM, V(PlaceKind::kSettlement), "поселок/поселк"},
    {LC::kPlaceType, P::kFixed, kM, V(PlaceKind::kSettlement), "пос п пгт"},
    {LC::kPlaceType, P::kNeuterO, kN, V(PlaceKind::kVillage), "село"},
    {LC::kPlaceType, P::kFixed, kN, V(PlaceKind::kVillage), "с"},
    {LC::kPlaceType, P::kMasculineHard, kM, V(PlaceKind::kVillage), "аул"},
    {LC::kPlaceType, P::kMasculineHard, kM, V(PlaceKind::kOkrug), "сельский_*округ"},

    // Months, in the genitive a date puts them in (and the nominative); the Kazakh ones are in
    // lexicon_kazakh.cc, in every case.
    {LC::kMonth, P::kFixed, kM, 1, "января=январь,январе"},
    {LC::kMonth, P::kFixed, kM, 2, "февраля=февраль,феврале"},
    {LC::kMonth, P::kFixed, kM, 3, "марта=март,марте"},
    {LC::kMonth, P::kFixed, kM, 4, "апреля=апрель,апреле"},
    {LC::kMonth, P::kFixed, kM, 5, "мая=май,мае"},
    {LC::kMonth, P::kFixed, kM, 6, "июня=июнь,июне"},
    {LC::kMonth, P::kFixed, kM, 7, "июля=июль,июле"},
    {LC::kMonth, P::kFixed, kM, 8, "августа=август,августе"},
    {LC::kMonth, P::kFixed, kM, 9, "сентября=сентябрь,сентябре"},
    {LC::kMonth, P::kFixed, kM, 10, "октября=октябрь,октябре"},
    {LC::kMonth, P::kFixed, kM, 11, "ноября=ноябрь,ноябре"},
    {LC::kMonth, P::kFixed, kM, 12, "декабря=декабрь,декабре"},

    // Nouns that name people of a segment by themselves.
    {LC::kAudience, P::kMasculineHard, kM, kMiners, "шахтер горняк угольщик"},
    {LC::kAudience, P::kMasculineHard, kM, kMetallurgists, "металлург"},
    {LC::kAudience, P::kMasculineHard, kM, kIndustrialWorkers,
     "нефтяник энергетик железнодорожник газовик машиностроитель промышленник"},
    {LC::kAudience, P::kMasculineSoft, kM, kIndustrialWorkers, "строитель"},
    {LC::kAudience, P::kMasculineHard, kM, kMunicipalWorkers, "коммунальщик"},
    {LC::kAudience, P::kMasculineSoft, kM, kFarmers, "сельхозтоваропроизводитель"},
    {LC::kAudience, P::kMasculineHard, kM, kFarmers,
     "фермер животновод хлебороб механизатор аграрник"},
    {LC::kAudience, P::kMasculineIj, kM, kFarmers, "аграрий"},
    {LC::kAudience, P::kFixed, kM, kRuralResidents,
     "сельчане=сельчан,сельчанами,сельчанам,сельчанах аульчане=аульчан,аульчанами"},
    {LC::kAudience, P::kMasculineSoft, kM, kEntrepreneurs, "предприниматель"},
    {LC::kAudience, P::kMasculineHard, kM, kEntrepreneurs, "бизнесмен бизнес"},
    {LC::kAudience, P::kFixed, kM, kEntrepreneurs, "МСБ"},
    {LC::kAudience, P::kNeuterO, kN, kEntrepreneurs, "бизнес-сообщество"},
    {LC::kAudience, P::kMasculineHard, kM, kTeachers, "педагог"},
    {LC::kAudience, P::kMasculineSoft, kM, kTeachers, "учитель воспитатель"},
    {LC::kAudience, P::kFixed, kM, kTeachers, "учителя=учителя"},
    {LC::kAudience, P::kMasculineSoft, kM, kAcademics, "преподаватель"},
    {LC::kAudience, P::kAdjective, kM, kAcademics, "ученый"},
    {LC::kAudience, P::kMasculineHard, kM, kStudents,
     "студент магистрант докторант школьник старшеклассник"},
    {LC::kAudience, P::kNeuterO, kN, kStudents, "студенчество"},
    {LC::kAudience, P::kFixed, kM, kStudents,
     "учащиеся=учащихся,учащимся,учащимися обучающиеся=обучающихся,обучающимся,обучающимися"},
    {LC::kAudience, P::kFeminineSoft, kF, kYouth, "молодежь"},
    {LC::kAudience, P::kMasculineHard, kM, kHealthWorkers, "врач медик медработник фельдшер"},
    {LC::kAudience, P::kFeminineA, kF, kHealthWorkers, "медсестра"},
    {LC::kAudience, P::kMasculineHard, kM, kSocialWorkers, "соцработник"},
    {LC::kAudience, P::kMasculineHard, kM, kPublicSector, "бюджетник"},
    {LC::kAudience, P::kAdjective, kM, kCivilServants, "госслужащий"},
    {LC::kAudience, P::kAdjective, kM, kCivilServants, "государственный_*служащий"},
    {LC::kAudience, P::kMasculineHard, kM, kCivilServants, "чиновник"},
    {LC::kAudience, P::kMasculineHard, kM, kCultureWorkers, "артист художник музыкант"},
    {LC::kAudience, P::kMasculineHard, kM, kItSpecialists,
     "it-специалист айти-специалист айтишник программист"},
    {LC::kAudience, P::kFeminineIya, kF, kIntelligentsia, "интеллигенция"},
    {LC::kAudience, P::kAdjective, kM, kEthnocultural, "этнокультурный"},
    {LC::kAudience, P::kNeuterO, kN, kCivilSociety, "гражданское_*общество"},
    {LC::kAudience, P::kFeminineIya, kF, kCivilSociety, "общественная_*организация"},
    {LC::kAudience, P::kNeuterIe, kN, kCivilSociety, "общественное_*объединение"},
    {LC::kAudience, P::kMasculineHard, kM, kCivilSociety, "общественник"},
    {LC::kAudience, P::kFixed, kN, kCivilSociety, "НПО"},
    {LC::kAudience, P::kMasculineHard, kM, kPensioners, "пенсионер ветеран"},
    {LC::kAudience, P::kFeminineA, kF, kWomen, "женщина"},
    {LC::kAudience, P::kMasculineHard, kM, kJournalists, "журналист блогер"},
    {LC::kAudience, P::kMasculineHard, kM, kVolunteers, "волонтер доброволец/добровольц"},
    {LC::kAudience, P::kFeminineSoft, kF, kPeopleWithDisabilities, "инвалидность"},
    {LC::kAudience, P::kMasculineHard, kM, kPeopleWithDisabilities, "инвалид"},
    {LC::kAudience, P::kFixed, kM, kResidents, "горожане=горожан,горожанами,горожанам"},
    {LC::kAudience, P::kNeuterIe, kN, kResidents, "население"},

    // Spheres that make a role noun ("работники", "специалисты") an audience.
    {LC::kDomain, P::kAdjective, kM, kPublicSector, "бюджетный"},
    {LC::kDomain, P::kAdjective, kM, kSocialWorkers, "социальный"},
    {LC::kDomain, P::kAdjective, kM, kHealthWorkers, "медицинский"},
    {LC::kDomain, P::kAdjective, kM, kYouth, "молодой"},  // "молодые специалисты"
    {LC::kDomain, P::kNeuterIe, kN, kHealthWorkers, "здравоохранение"},
    {LC::kDomain, P::kFeminineA, kF, kHealthWorkers, "медицина"},
    {LC::kDomain, P::kNeuterIe, kN, kTeachers, "образование"},
    {LC::kDomain, P::kAdjective, kM, kTeachers, "образовательный педагогический"},
    {LC::kDomain, P::kFeminineA, kF, kCultureWorkers, "культура"},
    {LC::kDomain, P::kNeuterO, kN, kCultureWorkers, "искусство"},
    {LC::kDomain, P::kAdjective, kM, kFarmers, "сельскохозяйственный агропромышленный аграрный"},
    {LC::kDomain, P::kNeuterO, kN, kFarmers, "сельское_*хозяйство"},
    {LC::kDomain, P::kAdjective, kM, kIndustrialWorkers,
     "промышленный производственный нефтегазовый энергетический"},
    {LC::kDomain, P::kFeminineSoft, kF, kIndustrialWorkers, "промышленность"},
    {LC::kDomain, P::kAdjective, kM, kMunicipalWorkers, "коммунальный"},
    {LC::kDomain, P::kFixed, kN, kMunicipalWorkers, "ЖКХ"},
    {LC::kDomain, P::kAdjective, kM, kCivilServants, "государственный"},
    {LC::kDomain, P::kAdjective, kM, kMiners, "угольный горнодобывающий"},
    {LC::kDomain, P::kAdjective, kM, kMetallurgists, "металлургический"},
    {LC::kDomain, P::kFeminineA, kF, kItSpecialists, "it-сфера айти-сфера"},
    {LC::kDomain, P::kFixed, kN, kJournalists, "СМИ медиа"},
    {LC::kDomain, P::kAdjective, kM, kRuralResidents, "сельский"},
    {LC::kDomain, P::kNeuterO, kN, kRuralResidents, "село"},
    {LC::kDomain, P::kMasculineHard, kM, kRuralResidents, "аул"},
    {LC::kDomain, P::kAdjective, kM, kAcademics, "научный"},
    {LC::kDomain, P::kFeminineA, kF, kAcademics, "наука"},

    // Nouns for people by their work or place: they name an audience with a sphere beside them
    // ("работники бюджетной сферы"), or a collective of an organization ("коллектив шахты").
    // The value is the segment they name alone, plus one (0: none).
    {LC::kRoleNoun, P::kMasculineHard, kM, 0,
     "работник сотрудник специалист коллектив труженик персонал член"},
    {LC::kRoleNoun, P::kMasculineSoft, kM, 0, "представитель деятель"},
    {LC::kRoleNoun, P::kAdjective, kM, 0, "служащий"},
    {LC::kRoleNoun, P::kMasculineSoft, kM, kResidents + 1, "житель"},

    // Meetings.
    {LC::kMeetingNoun, P::kFeminineA, kF, V(EventKind::kMeeting), "встреча беседа"},
    {LC::kMeetingNoun, P::kNeuterIe, kN, V(EventKind::kMeeting), "собрание мероприятие совещание"},
    {LC::kMeetingNoun, P::kNeuterIe, kN, V(EventKind::kMeeting), "заседание"},
    {LC::kMeetingNoun, P::kMasculineHard, kM, V(EventKind::kMeeting),
     "разговор семинар сход съезд брифинг"},
    {LC::kMeetingNoun, P::kMasculineHard, kM, V(EventKind::kOpenDialogue), "диалог"},
    {LC::kMeetingNoun, P::kMasculineHard, kM, V(EventKind::kForum), "форум"},
    // A concert or a festival of the campaign is a public gathering with a programme and an
    // audience, as a forum is: the nearest of the kinds an event may have.
    {LC::kMeetingNoun, P::kMasculineHard, kM, V(EventKind::kForum), "концерт"},
    {LC::kMeetingNoun, P::kMasculineSoft, kM, V(EventKind::kForum), "фестиваль"},
    {LC::kMeetingNoun, P::kMasculineHard, kM, V(EventKind::kRoundTable), "круглый_*стол"},
    {LC::kMeetingNoun, P::kFeminineIya, kF, V(EventKind::kMeeting),
     "конференция дискуссия лекция презентация акция"},

    {LC::kMeetingVerb, P::kVerbPastReflexive, kM, kWithPartner, "встретился пообщался продолжился"},
    {LC::kMeetingVerb, P::kVerbPast, kM, kWithPartner, "обсудил"},
    {LC::kMeetingVerb, P::kVerbPast, kM, kWithNoun, "провел организовал"},
    {LC::kMeetingVerb, P::kVerbPastReflexive, kM, kWithNoun, "состоялся"},
    {LC::kMeetingVerb, P::kFixed, kM, kWithNoun,
     "прошел=прошла,прошло,прошли организована=организован,организовано,организованы "
     "проведена=проведен,проведено,проведены"},
    {LC::kMeetingVerb, P::kVerbPastReflexive, kM, kGathering, "собрался"},
    {LC::kMeetingVerb, P::kVerbPast, kM, kVisit, "посетил побывал"},

    {LC::kSpeechVerb, P::kVerbPast, kM, 0,
     "сказал отметил подчеркнул заявил выступил обратил поблагодарил рассказал сообщил "
     "пояснил разъяснил ответил призвал добавил акцентировал выразил напомнил уточнил "
     "открыл резюмировал заметил высказал констатировал предложил указал озвучил "
     "приветствовал предоставил"},
    {LC::kSpeechVerb, P::kVerbPastReflexive, kM, 0, "поделился обратился высказался"},
    {LC::kSpeechVerb, P::kFixed, kM, 0,
     "считает=считают отмечает=отмечают подчеркивает=подчеркивают говорит=говорят "
     "открывая выступая подчеркнув отметив"},

    {LC::kAttendanceCue, P::kNeuterIe, kN, 0, "участие"},
    {LC::kAttendanceCue, P::kVerbPast, kM, 0, "присутствовал участвовал собрал охватил"},
    {LC::kAttendanceCue, P::kVerbPastReflexive, kM, 0, "собрался"},
    {LC::kAttendanceCue, P::kFixed, kM, 0, "пришли=пришло,пришел"},
    {LC::kAttendanceCue, P::kMasculineHard, kM, 0, "участник"},
    {LC::kAttendanceCue, P::kMasculineSoft, kM, 0, "слушатель"},

    // What campaign-level figures count.
    {LC::kCountedNoun, P::kFeminineIya, kF, V(ClaimTopic::kParties), "партия"},
    {LC::kCountedNoun, P::kFeminineIya, kF, V(ClaimTopic::kOrganizations), "организация"},
    {LC::kCountedNoun, P::kNeuterIe, kN, V(ClaimTopic::kOrganizations), "объединение"},
    {LC::kCountedNoun, P::kFixed, kN, V(ClaimTopic::kOrganizations), "НПО"},
    {LC::kCountedNoun, P::kNeuterIe, kN, V(ClaimTopic::kEvents), "мероприятие собрание"},
    {LC::kCountedNoun, P::kFeminineA, kF, V(ClaimTopic::kEvents), "встреча"},
    {LC::kCountedNoun, P::kMasculineHard, kM, V(ClaimTopic::kPeople),
     "казахстанец/казахстанц человек участник волонтер активист"},
    {LC::kCountedNoun, P::kFixed, kM, V(ClaimTopic::kPeople),
     "гражданин=гражданина,граждане,граждан,гражданами,гражданам,гражданах"},
    {LC::kCountedNoun, P::kMasculineSoft, kM, V(ClaimTopic::kPeople), "житель"},
    {LC::kCountedNoun, P::kMasculineHard, kM, V(ClaimTopic::kMembers), "член сторонник"},

    // Units a count of people is never followed by.
    {LC::kNotPeople, P::kFixed, kM, 0,
     "год=года,году,годом,годе,годы,годов,годам,годах,лет,гг,г раз тенге тг млрд км "
     "день=дня,дню,днем,дне,дни,дней,дням"},
    {LC::kNotPeople, P::kMasculineHard, kM, 0,
     "процент доллар километр час месяц пункт гектар балл этап вопрос квадратный_*метр"},
    {LC::kNotPeople, P::kMasculineSoft, kM, 0, "рубль"},
    {LC::kNotPeople, P::kFeminineA, kF, 0, "минута тонна"},
    {LC::kNotPeople, P::kFeminineYa, kF, 0, "неделя статья"},
    {LC::kNotPeople, P::kNeuterIe, kN, 0, "предложение обращение"},
    {LC::kNotPeople, P::kNeuterO, kN, 0, "место"},
};

}  // namespace

std::span<const LexGroup> LexGroups() { return kGroups; }
std::span<const std::string_view> SegmentCodeTable() { return kSegmentCodes; }
std::span<const OrgType> OrgTypeTable() { return kOrgTypes; }

}  // namespace kenes::extract
