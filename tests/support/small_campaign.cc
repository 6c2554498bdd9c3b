#include "support/small_campaign.h"

#include <stdexcept>

#include "support/must.h"

namespace kenes::testing {
namespace {

Event MakeEvent(const std::string& date, const std::string& place, const std::string& attendance,
                std::vector<std::string> audience) {
  Event event;
  event.date = Date::Parse(date).value();
  event.place_code = place;
  if (!attendance.empty()) event.attendance = ParseAttendance(attendance).value();
  event.audience = std::move(audience);
  return event;
}

FeedbackItem MakeFeedback(Id event, const std::string& text, Stance stance,
                          std::vector<std::string> provisions = {}) {
  FeedbackItem item;
  item.event_id = event;
  item.text = text;
  item.stance = stance;
  item.provision_codes = std::move(provisions);
  return item;
}

}  // namespace

ParticipantKey SmallCampaign::KeyOf(char person) {
  ParticipantKey key{};
  for (std::size_t i = 0; i < key.size(); ++i) {
    key[i] = static_cast<std::uint8_t>(person * 37 + i * 11);
  }
  return key;
}

SmallCampaign::SmallCampaign() {
  Must(ledger().CreateCampaign(Actor::System("test"),
                               {0, "Кампания", Date::FromCivil(2026, 2, 12),
                                Date::FromCivil(2026, 3, 14), Date::FromCivil(2026, 3, 15)}),
       "campaign");
  Must(ledger().Write<bool>(
           Actor::System("test"),
           [&](LedgerSession& s) -> Result<bool> {
             Organization party_org{0, 0, "Партия «Аманат»", "", OrgKind::kParty};
             party_org.membership = Membership{0, Date::FromCivil(2026, 2, 12), 100'000};
             KENES_ASSIGN(party_org, s.CreateOrganization(party_org));
             party = party_org.id;
             Organization union_org{0, 0, "Федерация профсоюзов", "", OrgKind::kTradeUnion};
             union_org.membership = Membership{0, Date::FromCivil(2026, 2, 12), 5'000};
             KENES_ASSIGN(union_org, s.CreateOrganization(union_org));
             union_ = union_org.id;
             Organization mine_org{0, 0, "Шахта имени Костенко", "", OrgKind::kCompany};
             mine_org.headcount = 300;
             KENES_ASSIGN(mine_org, s.CreateOrganization(mine_org));
             mine = mine_org.id;
             KENES_ASSIGN(kenes::Person senator_person,
                          s.CreatePerson({0, 0, "Сенатор Иванов", "", {}}));
             senator = senator_person.id;
             KENES_ASSIGN(kenes::Person deputy_person,
                          s.CreatePerson({0, 0, "Депутат Петров", "", {}}));
             deputy = deputy_person.id;
             return true;
           }),
       "registry");

  Event event = MakeEvent("2026-02-24", "355630100", "около 200", {"farmers"});
  event.venue = "Дом культуры поселка Осакаровка";
  event.organizer_ids = {party};
  event.delegation_ids = {senator};
  e1 = AddEvent(event);
  event = MakeEvent("2026-02-24", "352210000", "от 200 до 300", {"industrial_workers"});
  event.organizer_ids = {party, union_};
  event.delegation_ids = {senator, deputy};
  e2 = AddEvent(event);
  event = MakeEvent("2026-03-13", "710000000", "57", {"civil_society"});
  event.kind = EventKind::kFinalSession;
  event.organizer_ids = {union_};
  event.delegation_ids = {deputy};
  e3 = AddEvent(event);
  event = MakeEvent("2026-02-25", "355230100", "более 400", {"miners"});
  event.host_organization_id = mine;
  e4 = AddEvent(event);
  event = MakeEvent("2026-02-27", "355230100", "около 100", {"miners"});
  event.host_organization_id = mine;
  e7 = AddEvent(event);
  event = MakeEvent("2026-02-26", "351010000", "", {"students"});
  event.status = EventStatus::kPlanned;
  e5 = AddEvent(event);
  event = MakeEvent("2026-03-01", "710000000", "", {"youth"});
  event.status = EventStatus::kCancelled;
  e6 = AddEvent(event);

  CheckIn('A', e1);
  CheckIn('A', e2);
  CheckIn('A', e3);
  CheckIn('B', e1);
  CheckIn('B', e2);
  CheckIn('C', e3);
  CheckIn('D', e5);

  // Labour rights, asked in different words; three support, three do not say.
  for (const auto& [text, stance] : std::vector<std::pair<std::string, Stance>>{
           {"Как новая Конституция защитит трудовые права шахтёров?", Stance::kUnclear},
           {"Будут ли гарантированы трудовые права работников угольных предприятий?",
            Stance::kUnclear},
           {"Что изменится в трудовых правах молодых специалистов?", Stance::kUnclear},
           {"Защитит ли государство трудовые права при сокращении на заводе?", Stance::kSupports},
           {"Поддерживаем закрепление трудовых прав работников в Конституции", Stance::kSupports},
           {"Трудовые права работников должны защищаться строже", Stance::kSupports}}) {
    labour.push_back(AddFeedback(MakeFeedback(e2, text, stance, {"labour_social"})));
  }
  for (const auto& [text, stance] : std::vector<std::pair<std::string, Stance>>{
           {"Кто будет владеть землёй сельскохозяйственного назначения?", Stance::kUnclear},
           {"Останется ли земля в собственности народа?", Stance::kUnclear},
           {"Как будут защищены права фермеров на землю?", Stance::kUnclear},
           {"Земля должна принадлежать народу, продажа земли иностранцам недопустима",
            Stance::kSupports},
           {"Против передачи земли в частную собственность", Stance::kOpposes}}) {
    land.push_back(AddFeedback(MakeFeedback(e1, text, stance)));
  }
  for (const auto& [text, stance] : std::vector<std::pair<std::string, Stance>>{
           {"Какой статус получит казахский язык как государственный язык?", Stance::kNeutral},
           {"Сохранится ли русский язык как язык официального употребления?", Stance::kNeutral},
           {"Государственный язык должен развиваться, поддерживаю", Stance::kSupports},
           {"Мемлекеттік тілдің мәртебесі қалай өзгереді?", Stance::kUnclear},
           {"Қазақ тілі мемлекеттік тіл ретінде сақтала ма?", Stance::kUnclear}}) {
    language.push_back(AddFeedback(MakeFeedback(e3, text, stance, {"heritage"})));
  }
  for (const auto& [text, stance] : std::vector<std::pair<std::string, Stance>>{
           {"Будет ли бесплатным высшее образование?", Stance::kUnclear},
           {"Как изменится финансирование школьного образования в сёлах?", Stance::kUnclear},
           {"Поддерживаю, что образование и наука получат больше поддержки", Stance::kSupports},
           {"Против платного образования в вузах", Stance::kOpposes}}) {
    education.push_back(AddFeedback(MakeFeedback(e1, text, stance, {"human_capital"})));
  }
}

Id SmallCampaign::AddEvent(Event event) {
  return Must(ledger().Write<Event>(Actor::System("test"),
                                    [&](LedgerSession& s) { return s.CreateEvent(event); }),
              "event on " + event.date.ToString())
      .id;
}

Id SmallCampaign::AddFeedback(FeedbackItem item) {
  return Must(ledger().Write<FeedbackItem>(
                  Actor::System("test"), [&](LedgerSession& s) { return s.CreateFeedback(item); }),
              "feedback '" + item.text + "'")
      .id;
}

void SmallCampaign::CheckIn(char person, Id event) {
  const CheckInRow row{0, event, KeyOf(person), "", std::nullopt};
  MustOk(ledger().Write(Actor::System("test"),
                        [&](LedgerSession& s) {
                          return s.AppendCheckIns(std::span<const CheckInRow>(&row, 1));
                        }),
         "check-in");
}

}  // namespace kenes::testing
