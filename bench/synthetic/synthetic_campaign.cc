#include "synthetic/synthetic_campaign.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "core/organization.h"
#include "synthetic/attendance_phrases.h"
#include "synthetic/feedback_texts.h"
#include "synthetic/participants.h"

namespace kenes::synthetic {
namespace {

constexpr std::int64_t kCountry = 20'495'975;  // BNS, 1 January 2026 (data/places.md)
constexpr std::int64_t kEventsPerTransaction = 1000;
constexpr std::int64_t kFeedbackPerTransaction = 50'000;
constexpr std::size_t kCheckInChunk = 1'000'000;

// Separate streams per kind of record, so adding feedback does not move the events.
std::mt19937_64 Stream(std::uint64_t seed, std::uint64_t stream) {
  std::seed_seq sequence{seed, stream};
  return std::mt19937_64(sequence);
}

template <class T>
const T& Pick(const std::vector<T>& items, std::mt19937_64& random) {
  return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random)];
}

bool Chance(double p, std::mt19937_64& random) {
  return std::uniform_real_distribution<double>(0, 1)(random) < p;
}

// The regions in code order with their weights, and each region's districts with theirs.
struct Geography {
  std::vector<const Place*> regions;
  std::vector<double> region_weights;
  std::vector<std::vector<const Place*>> districts;  // by region
  std::vector<std::vector<double>> district_weights;
  std::map<std::string, std::vector<const Place*>> towns;  // by district code
};

Geography GeographyOf(const Gazetteer& gazetteer, std::uint64_t seed) {
  Geography geo;
  std::int64_t known = 0;
  int unknown = 0;
  for (const Place& place : gazetteer.places()) {
    if (place.level != PlaceLevel::kRegion) continue;
    geo.regions.push_back(&place);
    if (place.population) {
      known += *place.population;
    } else {
      ++unknown;
    }
  }
  std::sort(geo.regions.begin(), geo.regions.end(),
            [](const Place* a, const Place* b) { return a->code < b->code; });
  const double share = unknown ? static_cast<double>(kCountry - known) / unknown : 0;
  for (const Place* region : geo.regions) {
    geo.region_weights.push_back(region->population ? static_cast<double>(*region->population)
                                                    : share);
  }
  geo.districts.resize(geo.regions.size());
  geo.district_weights.resize(geo.regions.size());
  std::mt19937_64 random = Stream(seed, 7);
  for (const Place& place : gazetteer.places()) {
    if (place.level == PlaceLevel::kDistrict) {
      const Place* region = gazetteer.RegionOf(place.code);
      const auto at = std::find(geo.regions.begin(), geo.regions.end(), region);
      if (at == geo.regions.end()) continue;
      const std::size_t r = at - geo.regions.begin();
      geo.districts[r].push_back(&place);
      // One district in sixteen is never visited: coverage has something to show.
      const bool skipped = std::uniform_int_distribution<int>(0, 15)(random) == 0;
      geo.district_weights[r].push_back(skipped ? 0.0 : place.kind == PlaceKind::kCity ? 3.0 : 1.0);
    } else if (place.level == PlaceLevel::kOkrug || place.level == PlaceLevel::kSettlement) {
      if (place.kind == PlaceKind::kCity || place.kind == PlaceKind::kSettlement ||
          place.kind == PlaceKind::kVillage) {
        if (const Place* district = gazetteer.DistrictOf(place.code)) {
          geo.towns[district->code].push_back(&place);
        }
      }
    }
  }
  for (std::size_t r = 0; r < geo.regions.size(); ++r) {
    if (geo.districts[r].empty()) {  // a region without districts: its events are in the region
      geo.districts[r].push_back(geo.regions[r]);
      geo.district_weights[r].push_back(1.0);
    }
  }
  return geo;
}

// The coalition: five parties and three hundred organizations of every kind.
Result<std::vector<Id>> CreateCoalition(LedgerSession& session, std::mt19937_64& random) {
  static const std::vector<std::pair<const char*, OrgKind>> kinds = {
      {"Общественное объединение", OrgKind::kPublicAssociation},
      {"Профсоюз", OrgKind::kTradeUnion},
      {"Молодёжное крыло", OrgKind::kYouth},
      {"Ассоциация предпринимателей", OrgKind::kBusinessAssociation},
      {"Союз женщин", OrgKind::kPublicAssociation},
      {"Совет ветеранов", OrgKind::kPublicAssociation},
      {"Ассоциация работников образования", OrgKind::kEducation},
      {"Ассоциация медиков", OrgKind::kHealth},
      {"Союз деятелей культуры", OrgKind::kCulture},
      {"Ассоциация СМИ", OrgKind::kMedia},
  };
  static const char* kParties[] = {"Партия «Аманат»", "Демократическая партия «Ак жол»",
                                   "Народная партия Казахстана", "Партия «Ауыл»",
                                   "Партия «Respublica»"};
  std::vector<Id> members;
  for (const char* name : kParties) {
    Organization party{0, 0, name, "", OrgKind::kParty};
    party.membership =
        Membership{0, Date::FromCivil(2026, 2, 12),
                   std::uniform_int_distribution<std::int64_t>(150'000, 600'000)(random)};
    KENES_ASSIGN(party, session.CreateOrganization(party));
    members.push_back(party.id);
  }
  for (int i = 1; i <= 300; ++i) {
    const auto& [name, kind] = Pick(kinds, random);
    Organization member{0, 0, std::string(name) + " №" + std::to_string(i), "", kind};
    member.membership = Membership{
        0, Date::FromCivil(2026, 2, 12) + std::uniform_int_distribution<int>(0, 10)(random),
        std::uniform_int_distribution<std::int64_t>(1'000, 16'000)(random)};
    KENES_ASSIGN(member, session.CreateOrganization(member));
    members.push_back(member.id);
  }
  return members;
}

Result<std::vector<Id>> CreateSpeakers(LedgerSession& session, std::mt19937_64& random) {
  static const std::vector<const char*> first = {
      "Айгерим", "Ерлан", "Марат",    "Гульнара", "Асель", "Нурлан", "Дамир", "Жанар",
      "Сергей",  "Ольга", "Бауыржан", "Динара",   "Тимур", "Алия",   "Ержан"};
  static const std::vector<const char*> last = {"Ахметов",    "Серикбаев", "Жумабеков", "Иванов",
                                                "Нургалиев",  "Касымов",   "Тулегенов", "Петренко",
                                                "Бекмуханов", "Ким",       "Оспанов",   "Садыков"};
  static const std::vector<const char*> titles = {
      "депутат Мажилиса Парламента РК", "депутат Сената Парламента РК",
      "депутат областного маслихата", "заместитель председателя палаты предпринимателей",
      "государственный советник"};
  std::vector<Id> speakers;
  for (int i = 0; i < 300; ++i) {
    Person person;
    person.full_name = std::string(Pick(first, random)) + " " + Pick(last, random);
    person.positions.push_back({Pick(titles, random), std::nullopt, std::nullopt, std::nullopt});
    KENES_ASSIGN(person, session.CreatePerson(person));
    speakers.push_back(person.id);
  }
  return speakers;
}

}  // namespace

Campaign SyntheticCampaign() {
  return {0, "Разъяснительная кампания (синтетическая)", Date::FromCivil(2026, 2, 12),
          Date::FromCivil(2026, 3, 14), Date::FromCivil(2026, 3, 15)};
}

Status GenerateEvents(Ledger& ledger, const Options& options, const Progress& progress) {
  std::mt19937_64 random = Stream(options.seed, 1);
  const auto gazetteer = ledger.gazetteer();
  const Geography geo = GeographyOf(*gazetteer, options.seed);
  std::vector<Id> members, speakers;
  const std::mt19937_64 registry_start = random;
  KENES_TRY(ledger.Write(Actor::System("kenes gen"), [&](LedgerSession& session) -> Status {
    random = registry_start;
    KENES_ASSIGN(members, CreateCoalition(session, random));
    KENES_ASSIGN(speakers, CreateSpeakers(session, random));
    return Ok();
  }));
  KENES_ASSIGN(
      std::vector<Segment> segments,
      ledger.store().Read<std::vector<Segment>>([](Transaction& tx) { return tx.ListSegments(); }));
  KENES_ASSIGN(std::vector<Provision> provisions,
               ledger.store().Read<std::vector<Provision>>(
                   [](Transaction& tx) { return tx.ListProvisions(); }));
  const Campaign campaign = SyntheticCampaign();
  const std::int64_t days = campaign.ends_on - campaign.starts_on;  // the last day: final session
  std::discrete_distribution<std::size_t> pick_region(geo.region_weights.begin(),
                                                      geo.region_weights.end());
  std::vector<std::discrete_distribution<std::size_t>> pick_district;
  for (const auto& weights : geo.district_weights)
    pick_district.emplace_back(weights.begin(), weights.end());
  std::map<std::size_t, std::pair<Id, Date>> last_host;  // by region: for the rare repeat visit

  for (std::int64_t done = 0; done < options.events;) {
    const std::int64_t batch = std::min(kEventsPerTransaction, options.events - done);
    // The body may run twice (PostgreSQL retries): it draws from its own copy of the stream.
    const std::mt19937_64 start = random;
    const auto hosts_before = last_host;
    KENES_TRY(ledger.Write(Actor::System("kenes gen"), [&](LedgerSession& session) -> Status {
      random = start;
      last_host = hosts_before;
      for (std::int64_t i = 0; i < batch; ++i) {
        const bool final_session = done + i == 0;
        Event event;
        const std::size_t r = pick_region(random);
        const Place* district = geo.districts[r][pick_district[r](random)];
        event.place_code = district->code;
        if (auto towns = geo.towns.find(district->code);
            towns != geo.towns.end() && Chance(0.4, random)) {
          event.place_code = Pick(towns->second, random)->code;
        }
        event.date =
            campaign.starts_on + std::uniform_int_distribution<std::int64_t>(0, days - 1)(random);
        std::int64_t typical = 250;
        const int kind = std::uniform_int_distribution<int>(0, 99)(random);
        event.kind = kind < 80   ? EventKind::kMeeting
                     : kind < 88 ? EventKind::kOpenDialogue
                     : kind < 94 ? EventKind::kRoundTable
                                 : EventKind::kForum;
        if (event.kind == EventKind::kRoundTable) typical = 60;
        if (event.kind == EventKind::kForum) typical = 900;
        if (final_session) {
          event.kind = EventKind::kFinalSession;
          event.place_code = "710000000";
          event.date = campaign.ends_on + (-1);
          typical = 1500;
        }
        const int status = std::uniform_int_distribution<int>(0, 99)(random);
        event.status = final_session || status >= 5 ? EventStatus::kHeld
                       : status < 3                 ? EventStatus::kPlanned
                                                    : EventStatus::kCancelled;
        event.audience.push_back(Pick(segments, random).code);
        if (Chance(0.4, random)) {
          const std::string& second = Pick(segments, random).code;
          if (second != event.audience[0]) event.audience.push_back(second);
        }
        event.organizer_ids.push_back(Pick(members, random));
        if (Chance(0.15, random)) {
          const Id second = Pick(members, random);
          if (second != event.organizer_ids[0]) event.organizer_ids.push_back(second);
        }
        const int delegates = std::uniform_int_distribution<int>(1, 3)(random);
        for (int d = 0; d < delegates; ++d) {
          const Id speaker = Pick(speakers, random);
          if (std::find(event.delegation_ids.begin(), event.delegation_ids.end(), speaker) ==
              event.delegation_ids.end()) {
            event.delegation_ids.push_back(speaker);
          }
        }
        std::set<std::string> discussed;
        for (int p = std::uniform_int_distribution<int>(1, 3)(random); p > 0; --p) {
          discussed.insert(Pick(provisions, random).code);
        }
        event.provision_codes.assign(discussed.begin(), discussed.end());
        if (event.status == EventStatus::kHeld) {
          event.attendance = ParseAttendance(AttendancePhrase(typical, random)).value();
        }
        if (!final_session && Chance(0.33, random)) {
          // A collective with its headcount on record; now and then one visited again within
          // days, and now and then a figure above the headcount: plausibility has work.
          auto previous = last_host.find(r);
          if (previous != last_host.end() && Chance(0.01, random) &&
              event.date - previous->second.second <= 5 && event.date >= previous->second.second) {
            event.host_organization_id = previous->second.first;
          } else {
            static const std::vector<std::pair<const char*, OrgKind>> hosts = {
                {"ТОО «Предприятие»", OrgKind::kCompany}, {"Школа-гимназия", OrgKind::kEducation},
                {"Городская больница", OrgKind::kHealth}, {"Колледж", OrgKind::kEducation},
                {"Дом культуры", OrgKind::kCulture},      {"Акимат", OrgKind::kStateBody},
                {"АО «Комбинат»", OrgKind::kCompany},     {"Университет", OrgKind::kEducation}};
            const auto& [name, org_kind] = Pick(hosts, random);
            Organization host{0, 0, std::string(name) + " №" + std::to_string(done + i), "",
                              org_kind};
            const std::int64_t figure = event.attendance ? event.attendance->low : typical;
            host.headcount =
                Chance(0.015, random)
                    ? std::max<std::int64_t>(1, figure * 2 / 3)
                    : figure * std::uniform_int_distribution<int>(12, 30)(random) / 10 + 1;
            KENES_ASSIGN(host, session.CreateOrganization(host));
            event.host_organization_id = host.id;
            last_host[r] = {host.id, event.date};
          }
        }
        KENES_TRY(session.CreateEvent(std::move(event)));
      }
      return Ok();
    }));
    done += batch;
    if (progress && (done % 10'000 == 0 || done == options.events)) {
      progress("events " + std::to_string(done) + "/" + std::to_string(options.events));
    }
  }
  return Ok();
}

Result<std::vector<EventPlan>> PlanCheckIns(Store& store) {
  std::vector<EventPlan> plan;
  std::map<std::string, std::uint32_t> regions;
  KENES_TRY(store.Read([&](Transaction& tx) -> Status {
    EventFilter filter;
    filter.status = EventStatus::kHeld;
    filter.page.limit = Page::kMaxLimit;
    while (true) {
      KENES_ASSIGN(PageOf<Event> page, tx.ListEvents(filter));
      for (const Event& event : page.items) {
        const auto region =
            regions.emplace(event.region_code, static_cast<std::uint32_t>(regions.size())).first;
        plan.push_back({event.id, region->second, event.attendance ? event.attendance->value : 0});
      }
      if (!page.next_after) return Ok();
      filter.page.after = *page.next_after;
    }
  }));
  return plan;
}

Status ForEachCheckInChunk(const std::vector<EventPlan>& plan, const Options& options,
                           const std::function<Status(std::span<const CheckInRow>)>& sink) {
  if (options.checkins <= 0 || plan.empty()) return Ok();
  std::mt19937_64 random = Stream(options.seed, 2);
  // Four held events in five registered their people; each gets check-ins in proportion to its
  // figure, rounded so that the total is exactly what was asked.
  std::vector<const EventPlan*> checked;
  double total = 0;
  for (const EventPlan& event : plan) {
    if (event.attendance > 0 && Chance(0.8, random)) {
      checked.push_back(&event);
      total += static_cast<double>(event.attendance);
    }
  }
  if (checked.empty()) return Ok();
  const double scale = static_cast<double>(options.checkins) / total;
  std::map<std::uint32_t, std::uint64_t> pools;  // by region: residents who may come
  {
    double cumulative = 0;
    std::int64_t given = 0;
    for (const EventPlan* event : checked) {
      cumulative += static_cast<double>(event->attendance) * scale;
      const auto upto = static_cast<std::int64_t>(cumulative + 0.5);
      pools[event->region] += static_cast<std::uint64_t>(upto - given);
      given = upto;
    }
    for (auto& [region, pool] : pools) {
      pool = static_cast<std::uint64_t>(static_cast<double>(pool) * kPoolFactor) + 1;
    }
  }
  static const std::vector<std::string> kSegments = {
      "", "", "", "youth", "students", "pensioners", "teachers", "farmers", "entrepreneurs"};
  std::vector<CheckInRow> chunk;
  chunk.reserve(kCheckInChunk + 100'000);
  std::vector<std::uint64_t> at_event;
  double cumulative = 0;
  std::int64_t given = 0;
  for (const EventPlan* event : checked) {
    cumulative += static_cast<double>(event->attendance) * scale;
    const auto upto = static_cast<std::int64_t>(cumulative + 0.5);
    const std::int64_t count = upto - given;
    given = upto;
    const std::uint64_t pool = pools[event->region];
    at_event.clear();
    for (std::int64_t n = 0; n < count; ++n) {
      // One check-in per person and event: draw again when the person is here already.
      std::uint64_t resident = DrawResident(pool, random);
      for (int tries = 0; std::find(at_event.begin(), at_event.end(), resident) != at_event.end();
           ++tries) {
        resident = tries < 20 ? DrawResident(pool, random)
                              : std::uniform_int_distribution<std::uint64_t>(0, pool * 4)(random);
      }
      at_event.push_back(resident);
      CheckInRow row;
      row.event_id = event->id;
      row.participant = ParticipantOf(options.seed, event->region, resident);
      row.segment = Pick(kSegments, random);
      if (Chance(0.7, random)) {
        row.age_band = static_cast<AgeBand>(std::uniform_int_distribution<int>(0, 4)(random));
      }
      chunk.push_back(row);
    }
    if (chunk.size() >= kCheckInChunk) {
      KENES_TRY(sink(chunk));
      chunk.clear();
    }
  }
  if (!chunk.empty()) KENES_TRY(sink(chunk));
  return Ok();
}

Status GenerateFeedback(Ledger& ledger, const Options& options, const Progress& progress) {
  if (options.feedback <= 0) return Ok();
  // Events with their audiences, to hang feedback on.
  std::vector<std::pair<Id, std::vector<std::string>>> events;
  KENES_TRY(ledger.store().Read([&](Transaction& tx) -> Status {
    EventFilter filter;
    filter.status = EventStatus::kHeld;
    filter.page.limit = Page::kMaxLimit;
    while (true) {
      KENES_ASSIGN(PageOf<Event> page, tx.ListEvents(filter));
      for (const Event& event : page.items) events.emplace_back(event.id, event.audience);
      if (!page.next_after) return Ok();
      filter.page.after = *page.next_after;
    }
  }));
  if (events.empty()) return Ok();
  std::mt19937_64 random = Stream(options.seed, 3);
  for (std::int64_t done = 0; done < options.feedback;) {
    const std::int64_t batch = std::min(kFeedbackPerTransaction, options.feedback - done);
    const std::mt19937_64 start = random;
    KENES_TRY(ledger.Write(Actor::System("kenes gen"), [&](LedgerSession& session) -> Status {
      random = start;
      for (std::int64_t i = 0; i < batch; ++i) {
        const auto& [event, audience] = Pick(events, random);
        const std::string& segment = Pick(audience, random);
        FeedbackText text = MakeFeedback(segment, random);
        FeedbackItem item;
        item.event_id = event;
        item.kind = text.kind;
        item.text = std::move(text.text);
        item.stance = text.stance;
        item.provision_codes = {text.provision};
        if (Chance(0.5, random)) item.segment = segment;
        KENES_TRY(session.CreateFeedback(std::move(item)));
      }
      return Ok();
    }));
    done += batch;
    if (progress && (done % 100'000 == 0 || done == options.feedback)) {
      progress("feedback " + std::to_string(done) + "/" + std::to_string(options.feedback));
    }
  }
  return Ok();
}

Status GenerateCampaign(Ledger& ledger, const Options& options, const Progress& progress) {
  KENES_TRY(GenerateEvents(ledger, options, progress));
  KENES_ASSIGN(std::vector<EventPlan> plan, PlanCheckIns(ledger.store()));
  std::int64_t written = 0;
  KENES_TRY(ForEachCheckInChunk(plan, options, [&](std::span<const CheckInRow> rows) -> Status {
    KENES_TRY(ledger.Write(Actor::System("kenes gen"),
                           [&](LedgerSession& session) { return session.AppendCheckIns(rows); }));
    written += static_cast<std::int64_t>(rows.size());
    if (progress) progress("check-ins " + std::to_string(written));
    return Ok();
  }));
  return GenerateFeedback(ledger, options, progress);
}

}  // namespace kenes::synthetic
