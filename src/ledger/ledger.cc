#include "ledger/ledger.h"

#include <cstdio>
#include <unordered_map>

#include "exchange/record_json.h"

namespace kenes {

Result<std::unique_ptr<Ledger>> Ledger::Open(Store& store, const ParticipantHasher* hasher,
                                             const Clock& clock) {
  std::unique_ptr<Ledger> ledger(new Ledger(store, hasher, clock));
  KENES_TRY(store.Read([&](Transaction& tx) { return ledger->FollowPlaces(tx, true); }));
  ledger->next_look_ = std::chrono::steady_clock::now() + kPlacesCheckInterval;
  return ledger;
}

std::shared_ptr<const Gazetteer> Ledger::gazetteer() const {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(gazetteer_mutex_);
    if (now < next_look_) return gazetteer_;
    next_look_ = now + kPlacesCheckInterval;  // one caller looks; the others keep the snapshot
  }
  Status looked = store_.Read([&](Transaction& tx) { return FollowPlaces(tx); });
  if (!looked.ok()) {
    // The caller needs places now and has no way to take an error: it gets the snapshot it had,
    // and the next call a moment later looks again.
    std::fprintf(stderr, "kenes: could not look for changed places (%s); trying again\n",
                 looked.error().message.c_str());
  }
  return loaded_gazetteer();
}

std::shared_ptr<const Gazetteer> Ledger::loaded_gazetteer() const {
  std::lock_guard lock(gazetteer_mutex_);
  return gazetteer_;
}

Status Ledger::FollowPlaces(Transaction& tx, bool reload) const {
  KENES_ASSIGN(PlacesLook look, LookForPlaces(tx, reload));
  Adopt(std::move(look));
  return Ok();
}

Result<Ledger::PlacesLook> Ledger::LookForPlaces(Transaction& tx, bool reload) const {
  std::int64_t cursor = 0;
  {
    std::lock_guard lock(gazetteer_mutex_);
    cursor = places_cursor_;
  }
  // Most looks find nothing new: one indexed query and the watermark. Runs of other records come
  // merged, so even after a bulk import the feed is read in a few pages.
  constexpr std::size_t kPage = 10'000;
  while (!reload) {
    KENES_ASSIGN(RecordChanges feed, tx.ChangesSince(cursor, kPage));
    if (feed.behind) {
      reload = true;  // what happened to places after the cursor is no longer known
      break;
    }
    if (feed.changes.empty()) break;
    for (const RecordChange& change : feed.changes) {
      if (change.kind == RecordKind::kPlace) reload = true;
    }
    if (!reload) cursor = feed.cursor;
  }
  PlacesLook look;
  if (reload) {
    // The cursor first, in the same snapshot as the places: the feed after it holds exactly the
    // changes these places do not.
    KENES_ASSIGN(RecordChanges head, tx.ChangesSince(0, 0));
    KENES_ASSIGN(std::vector<Place> places, tx.ListPlaces());
    cursor = head.cursor;
    look.loaded = std::make_shared<const Gazetteer>(std::move(places));
  }
  look.cursor = cursor;
  return look;
}

void Ledger::Adopt(PlacesLook look) const {
  std::lock_guard lock(gazetteer_mutex_);
  // Two looks at once: the one that read further wins (it read everything the other did).
  if (look.cursor < places_cursor_ && gazetteer_) return;
  places_cursor_ = look.cursor;
  if (look.loaded) gazetteer_ = std::move(look.loaded);
}

Status Ledger::Write(const Actor& actor, const std::function<Status(LedgerSession&)>& body) {
  std::optional<PlacesLook> look;
  Status written = store_.Write([&](Transaction& tx) -> Status {
    // A write checks its places against the store as it is, not as the last look found it. The
    // ledger keeps what the look found only once the write is committed: on SQLite it may have
    // read the writes of others committed in one group with it (store/sqlite/group_commit.h),
    // which a failed COMMIT takes back, and a feed position past them would then skip whatever
    // comes to be stored under their ids.
    KENES_ASSIGN(look, LookForPlaces(tx));
    const std::shared_ptr<const Gazetteer> snapshot =
        look->loaded ? look->loaded : loaded_gazetteer();
    LedgerSession session(tx, *snapshot, hasher_, actor, clock_);
    return body(session);
  });
  if (written.ok() && look) Adopt(std::move(*look));
  return written;
}

Result<Campaign> Ledger::CreateCampaign(const Actor& actor, Campaign campaign) {
  KENES_TRY(CheckWrite(actor, RecordKind::kCampaign, {}));
  KENES_TRY(Validate(campaign));
  return store_.Write<Campaign>([&](Transaction& tx) -> Result<Campaign> {
    KENES_ASSIGN(Campaign created, tx.CreateCampaign(campaign));
    AuditTrail audit(tx, actor, clock_);
    KENES_TRY(audit.Record(AuditAction::kCreate, RecordKind::kCampaign, created.id, nullptr,
                           ToJson(created)));
    return created;
  });
}

Result<Campaign> Ledger::UpdateCampaign(const Actor& actor, Campaign campaign) {
  KENES_TRY(CheckWrite(actor, RecordKind::kCampaign, {}));
  KENES_TRY(Validate(campaign));
  return store_.Write<Campaign>([&](Transaction& tx) -> Result<Campaign> {
    KENES_ASSIGN(Campaign current, tx.GetCampaign(campaign.id));
    KENES_ASSIGN(Campaign updated, tx.UpdateCampaign(campaign));
    AuditTrail audit(tx, actor, clock_);
    KENES_TRY(audit.Record(AuditAction::kUpdate, RecordKind::kCampaign, updated.id, ToJson(current),
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
  KENES_TRY(store_.Write([&](Transaction& tx) { return tx.PutPlaces(places); }));
  // Committed: this ledger's own gazetteer has the places before this returns.
  return store_.Read([&](Transaction& tx) { return FollowPlaces(tx); });
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
