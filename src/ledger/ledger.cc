#include "ledger/ledger.h"

#include <unordered_map>

#include "exchange/record_json.h"

namespace kenes {

Result<std::unique_ptr<Ledger>> Ledger::Open(Store& store, const ParticipantHasher* hasher,
                                             const Clock& clock) {
  std::unique_ptr<Ledger> ledger(new Ledger(store, hasher, clock));
  KENES_TRY(ledger->ReloadGazetteer());
  // Places changed by anyone (another server, an import beside this one) reach this gazetteer.
  Ledger* self = ledger.get();
  ledger->subscription_ = store.Subscribe([self](const std::string& topic) {
    if (topic == "places") (void)self->ReloadGazetteer();
  });
  return ledger;
}

Ledger::~Ledger() { store_.Unsubscribe(subscription_); }

std::shared_ptr<const Gazetteer> Ledger::gazetteer() const {
  std::lock_guard lock(gazetteer_mutex_);
  return gazetteer_;
}

Status Ledger::ReloadGazetteer() {
  KENES_ASSIGN(std::vector<Place> places,
               store_.Read<std::vector<Place>>([](Transaction& tx) { return tx.ListPlaces(); }));
  auto gazetteer = std::make_shared<const Gazetteer>(std::move(places));
  std::lock_guard lock(gazetteer_mutex_);
  gazetteer_ = std::move(gazetteer);
  return Ok();
}

Status Ledger::Write(const Actor& actor, const std::function<Status(LedgerSession&)>& body) {
  const std::shared_ptr<const Gazetteer> snapshot = gazetteer();
  return store_.Write([&](Transaction& tx) {
    LedgerSession session(tx, *snapshot, hasher_, actor, clock_);
    return body(session);
  });
}

Result<Campaign> Ledger::CreateCampaign(const Actor& actor, Campaign campaign) {
  KENES_TRY(CheckWrite(actor, Subject::kCampaign, {}));
  KENES_TRY(Validate(campaign));
  return store_.Write<Campaign>([&](Transaction& tx) -> Result<Campaign> {
    KENES_ASSIGN(Campaign created, tx.CreateCampaign(campaign));
    AuditTrail audit(tx, actor, clock_);
    KENES_TRY(audit.Record(AuditAction::kCreate, "campaign", created.id, nullptr, ToJson(created)));
    return created;
  });
}

Result<Campaign> Ledger::UpdateCampaign(const Actor& actor, Campaign campaign) {
  KENES_TRY(CheckWrite(actor, Subject::kCampaign, {}));
  KENES_TRY(Validate(campaign));
  return store_.Write<Campaign>([&](Transaction& tx) -> Result<Campaign> {
    KENES_ASSIGN(Campaign current, tx.GetCampaign(campaign.id));
    KENES_ASSIGN(Campaign updated, tx.UpdateCampaign(campaign));
    AuditTrail audit(tx, actor, clock_);
    KENES_TRY(audit.Record(AuditAction::kUpdate, "campaign", updated.id, ToJson(current),
                           ToJson(updated)));
    return updated;
  });
}

Status Ledger::PutPlaces(std::vector<Place> places) {
  std::unordered_map<std::string, PlaceLevel> levels;
  for (const Place& place : gazetteer()->places()) levels[place.code] = place.level;
  for (const Place& place : places) levels[place.code] = place.level;
  for (const Place& place : places) {
    if (Status valid = Validate(place); !valid.ok()) {
      return WithContext(valid.error(), "place " + place.code);
    }
    if (place.parent_code.empty()) continue;
    auto parent = levels.find(place.parent_code);
    if (parent == levels.end()) {
      return Invalid("place " + place.code + ": parent_code",
                     "the parent " + place.parent_code + " is not in the gazetteer");
    }
    if (parent->second >= place.level) {
      return Invalid("place " + place.code + ": level",
                     "must lie below its parent " + place.parent_code);
    }
  }
  // The announcement reloads the gazetteer before Write returns.
  return store_.Write([&](Transaction& tx) -> Status {
    KENES_TRY(tx.PutPlaces(places));
    return tx.Announce("places");
  });
}

Status Ledger::PutSegments(const std::vector<Segment>& segments) {
  for (const Segment& segment : segments) {
    if (Status valid = Validate(segment); !valid.ok()) {
      return WithContext(valid.error(), "segment " + segment.code);
    }
  }
  return store_.Write([&](Transaction& tx) { return tx.PutSegments(segments); });
}

Status Ledger::PutProvisions(const std::vector<Provision>& provisions) {
  for (const Provision& provision : provisions) {
    if (Status valid = Validate(provision); !valid.ok()) {
      return WithContext(valid.error(), "provision " + provision.code);
    }
  }
  return store_.Write([&](Transaction& tx) { return tx.PutProvisions(provisions); });
}

Status Ledger::PutVenues(const std::vector<Venue>& venues) {
  const auto places = gazetteer();
  for (std::size_t i = 0; i < venues.size(); ++i) {
    const std::string context = "venues[" + std::to_string(i) + "]";
    if (Status valid = Validate(venues[i]); !valid.ok()) return WithContext(valid.error(), context);
    if (!places->Find(venues[i].place_code)) {
      return Invalid(context + ": place_code",
                     "'" + venues[i].place_code + "' is not a place in the gazetteer");
    }
  }
  return store_.Write([&](Transaction& tx) { return tx.PutVenues(venues); });
}

}  // namespace kenes
