#include "analytics/campaign_cache.h"

#include <malloc.h>

#include <algorithm>
#include <limits>
#include <set>
#include <unordered_map>

#include "analytics/plausibility.h"
#include "core/same_meeting.h"

namespace kenes::analytics {
namespace {

constexpr Id kLastId = std::numeric_limits<Id>::max();
// Feed entries read per query while catching up.
constexpr std::size_t kFeedBatch = 100'000;
// Below this many feedback items the theme model is rebuilt on every change: it takes
// milliseconds, and a small campaign's themes should follow each new question.
constexpr std::size_t kSmallCorpus = 5'000;

// Reads every page of a paginated list.
template <class T, class F, class List>
Status ForEachPage(F filter, List list, const std::function<void(const T&)>& visit) {
  filter.page.limit = Page::kMaxLimit;
  while (true) {
    auto page = list(filter);
    if (!page.ok()) return page.error();
    for (const T& item : page->items) visit(item);
    if (!page->next_after) return Ok();
    filter.page.after = *page->next_after;
  }
}

}  // namespace

CampaignCache::CampaignCache() = default;

std::uint64_t CampaignCache::CellKey(Id campaign, std::uint32_t region, Date date) {
  // 20 bits of campaign, 20 of region, 24 of day: far beyond any real count of each.
  return (static_cast<std::uint64_t>(campaign) & 0xFFFFF) << 44 |
         (static_cast<std::uint64_t>(region) & 0xFFFFF) << 24 |
         (static_cast<std::uint64_t>(date.days()) & 0xFFFFFF);
}

void CampaignCache::CellParts(std::uint64_t key, Id& campaign, std::uint32_t& region, Date& date) {
  campaign = static_cast<Id>(key >> 44);
  region = static_cast<std::uint32_t>((key >> 24) & 0xFFFFF);
  date = Date::FromDays(static_cast<std::int64_t>(key & 0xFFFFFF));
}

const Organization* CampaignCache::organization(Id id) const {
  auto it = organizations_.find(id);
  return it == organizations_.end() ? nullptr : &it->second;
}

const Person* CampaignCache::person(Id id) const {
  auto it = people_.find(id);
  return it == people_.end() ? nullptr : &it->second;
}

std::optional<std::int64_t> CampaignCache::VenueCapacity(std::uint32_t place,
                                                         const std::string& key) const {
  auto it = venues_.find({place, key});
  if (it == venues_.end()) return std::nullopt;
  return it->second;
}

const FigureReview* CampaignCache::review(Id event_id) const {
  auto it = reviews_.find(event_id);
  return it == reviews_.end() ? nullptr : &it->second;
}

std::uint32_t CampaignCache::RegionOf(std::uint32_t place) const {
  for (int depth = 0; place != kNone && depth < 8; ++depth) {
    const Place* info = this->place(place);
    if (!info) return kNone;
    if (info->level == PlaceLevel::kRegion) return place;
    place = place_parent_[place];
  }
  return kNone;
}

std::uint32_t CampaignCache::DistrictOf(std::uint32_t place) const {
  for (int depth = 0; place != kNone && depth < 8; ++depth) {
    const Place* info = this->place(place);
    if (!info || info->level == PlaceLevel::kRegion) return kNone;
    if (info->level == PlaceLevel::kDistrict) return place;
    place = place_parent_[place];
  }
  return kNone;
}

FigureState CampaignCache::StateOf(const EventRecord& event) const {
  if (!event.attendance) return FigureState::kCounted;
  // Most campaigns have reviewed few figures or none: no look-up per event then.
  const FigureReview* decided = reviews_.empty() ? nullptr : review(event.id);
  // A review is of one figure: once the figure changes, it is checked afresh.
  if (decided && decided->attendance_text == event.attendance->text) {
    return decided->decision == ReviewDecision::kConfirmed ? FigureState::kConfirmed
                                                           : FigureState::kRejected;
  }
  return event.flags ? FigureState::kFlagged : FigureState::kCounted;
}

bool CampaignCache::Matches(const EventRecord& event, const Filter& filter, std::uint32_t region,
                            std::uint32_t segment) const {
  if (!event.alive) return false;
  if (filter.campaign_id && event.campaign_id != *filter.campaign_id) return false;
  if (filter.from && event.date < *filter.from) return false;
  if (filter.to && event.date > *filter.to) return false;
  if (!filter.region_code.empty() && event.region != region) return false;
  if (!filter.segment.empty()) {
    // From the compact column of audience bits where the segment has a bit: the audience's own
    // list lies elsewhere on the heap, a cache miss per event, a sixth of a segment's reach.
    // (Every caller passes a record of events(); the address check keeps any other one right.)
    const std::uintptr_t at = reinterpret_cast<std::uintptr_t>(&event);
    const std::uintptr_t first = reinterpret_cast<std::uintptr_t>(events_.data());
    const std::size_t slot = (at - first) / sizeof(EventRecord);
    if (segment < 64 && at >= first && slot < events_.size()) {
      return (audience_bits_[slot] >> segment) & 1;
    }
    return std::binary_search(event.audience.begin(), event.audience.end(), segment);
  }
  return true;
}

bool CampaignCache::FeedbackMatches(std::size_t slot, const Filter& filter, std::uint32_t region,
                                    std::uint32_t segment) const {
  if (!feedback_.alive[slot]) return false;
  const std::uint32_t event_slot = feedback_.event[slot];
  const EventRecord* event = event_slot == kNone ? nullptr : &events_[event_slot];
  const std::int32_t day = feedback_.day[slot];
  if (filter.campaign_id) {
    if (event) {
      if (event->campaign_id != *filter.campaign_id) return false;
    } else {
      const auto campaign =
          std::find_if(campaigns_.begin(), campaigns_.end(),
                       [&](const Campaign& c) { return c.id == *filter.campaign_id; });
      if (campaign == campaigns_.end() || day == kNoDay || !campaign->Covers(Date::FromDays(day))) {
        return false;
      }
    }
  }
  if (filter.from && (day == kNoDay || day < filter.from->days())) return false;
  if (filter.to && (day == kNoDay || day > filter.to->days())) return false;
  if (!filter.region_code.empty() && feedback_.region[slot] != region) return false;
  if (!filter.segment.empty()) {
    const std::uint32_t own = feedback_.segment[slot];
    if (own != kNone) return own == segment;
    if (!event) return false;
    if (segment < 64) return (audience_bits_[event_slot] >> segment) & 1;
    return std::binary_search(event->audience.begin(), event->audience.end(), segment);
  }
  return true;
}

Status CampaignCache::Refresh(Store& store) {
  return store.Read([this](Transaction& tx) -> Status {
    if (!loaded_) return Load(tx);
    bool changed = false;
    while (true) {
      KENES_ASSIGN(RecordChanges feed, tx.ChangesSince(cursor_, kFeedBatch));
      if (feed.behind) {
        behind_ = true;  // Analytics loads a new mirror
        return Ok();
      }
      if (feed.changes.empty()) break;
      KENES_TRY(ApplyFeed(tx, feed));
      cursor_ = feed.cursor;
      changed = true;
    }
    return changed ? Settle(tx) : Ok();
  });
}

Status CampaignCache::LoadReference(Transaction& tx) {
  KENES_ASSIGN(campaigns_, tx.ListCampaigns());
  KENES_ASSIGN(std::vector<Place> places, tx.ListPlaces());
  place_info_.clear();
  regions_.clear();
  districts_.clear();
  for (Place& place : places) {
    const std::uint32_t code = place_codes_.Intern(place.code);
    if (code >= place_info_.size()) place_info_.resize(code + 1);
    if (place.level == PlaceLevel::kRegion) regions_.push_back(code);
    if (place.level == PlaceLevel::kDistrict) districts_.push_back(code);
    place_info_[code] = std::move(place);
  }
  place_info_.resize(place_codes_.size());
  place_parent_.assign(place_codes_.size(), kNone);
  for (std::uint32_t code = 0; code < place_info_.size(); ++code) {
    if (place_info_[code]) place_parent_[code] = place_codes_.Find(place_info_[code]->parent_code);
  }

  KENES_ASSIGN(std::vector<Segment> segments, tx.ListSegments());
  segment_info_.clear();
  for (Segment& segment : segments) {
    const std::uint32_t code = segment_codes_.Intern(segment.code);
    if (code >= segment_info_.size()) segment_info_.resize(code + 1);
    segment_info_[code] = std::move(segment);
  }
  KENES_ASSIGN(provisions_, tx.ListProvisions());
  for (const Provision& provision : provisions_) provision_codes_.Intern(provision.code);
  std::vector<BilingualTitle> titles;
  for (const Provision& provision : provisions_) {
    titles.push_back({provision.title_ru, provision.title_kk});
  }
  // New Kazakh-Russian pairs change the terms of words already read: every text is read again.
  if (terms_.AlignTitles(titles)) terms_changed_ = true;

  organizations_.clear();
  KENES_TRY(ForEachPage<Organization>(
      OrganizationFilter{}, [&](const OrganizationFilter& f) { return tx.ListOrganizations(f); },
      [&](const Organization& o) { organizations_.emplace(o.id, o); }));
  people_.clear();
  KENES_TRY(ForEachPage<Person>(
      PersonFilter{}, [&](const PersonFilter& f) { return tx.ListPeople(f); },
      [&](const Person& p) { people_.emplace(p.id, p); }));
  KENES_ASSIGN(std::vector<Venue> venues, tx.ListVenues());
  venues_.clear();
  for (const Venue& venue : venues) {
    venues_[{place_codes_.Intern(venue.place_code), NameKey(venue.name)}] = venue.capacity;
  }
  KENES_ASSIGN(std::vector<FigureReview> reviews, tx.ListFigureReviews());
  reviews_.clear();
  for (FigureReview& review : reviews) reviews_.emplace(review.event_id, std::move(review));
  flags_dirty_ = true;
  return Ok();
}

Status CampaignCache::Load(Transaction& tx) {
  // The cursor first, in the same snapshot as everything read after it: the feed then holds
  // exactly the writes this load does not.
  KENES_ASSIGN(RecordChanges head, tx.ChangesSince(0, 0));
  cursor_ = head.cursor;
  KENES_TRY(LoadReference(tx));
  KENES_TRY(ForEachPage<Event>(
      EventFilter{}, [&](const EventFilter& f) { return tx.ListEvents(f); },
      [&](const Event& e) { (void)UpsertEvent(e); }));
  // Check-ins, then feedback, read on this thread while the worker counts the rows read before
  // (campaign_cache_load.cc). The pool outlives the worker, whose tasks fill it.
  TermPool pool;
  {
    OrderedWorker worker;
    KENES_TRY(LoadCheckIns(tx, worker));
    KENES_TRY(LoadFeedback(tx, worker, pool));
    worker.Finish();
  }
  NumberParticipantsByRegion();
  // The columns grew by doubling, and each step left its old block free in the heap, as did each
  // event's own numbers once laid out in one block: memory that stays resident unless handed back
  // before the theme model adds its own.
  malloc_trim(0);
  sketches_dirty_ = false;  // the check-ins filled the sketches as they came
  loaded_ = true;
  // The themes from the terms read along the way, under the bilingual map LoadReference set:
  // Settle has no text left to read again.
  KENES_TRY(BuildThemes(tx, pool));
  feedback_changed_ = false;
  terms_changed_ = false;
  return Settle(tx);
}

Status CampaignCache::ApplyFeed(Transaction& tx, const RecordChanges& feed) {
  bool reference = false;
  std::set<Id> event_ids;
  std::vector<const RecordChange*> checkins_gone;
  std::vector<const RecordChange*> checkins_added;
  std::vector<Id> feedback_gone;
  std::vector<const RecordChange*> feedback_added;
  for (const RecordChange& change : feed.changes) {
    if (change.kind == RecordKind::kEvent) {
      for (Id id = change.first; id <= change.last; ++id) event_ids.insert(id);
    } else if (change.kind == RecordKind::kCheckIn) {
      (change.deleted ? checkins_gone : checkins_added).push_back(&change);
    } else if (change.kind == RecordKind::kFeedback) {
      if (change.deleted) {
        for (Id id = change.first; id <= change.last; ++id) feedback_gone.push_back(id);
      } else {
        feedback_added.push_back(&change);
      }
    } else {
      reference = true;  // places and the other reference data
    }
  }
  // Reference first (events name places and segments), then events (check-ins and feedback name
  // them); removals before additions, and additions read the store as it is now, so a record
  // created and deleted within the batch is neither added nor left behind.
  if (reference) KENES_TRY(LoadReference(tx));
  for (Id id : event_ids) {
    auto event = tx.GetEvent(id);
    if (event.ok()) {
      KENES_TRY(UpsertEvent(*event));
    } else if (event.error().code == ErrorCode::kNotFound) {
      MarkEventGone(id);
    } else {
      return event.error();
    }
  }
  for (const RecordChange* change : checkins_gone)
    RemoveCheckIn(change->event_id, change->participant);
  for (const RecordChange* change : checkins_added) {
    KENES_TRY(tx.ScanCheckIns(change->first - 1, change->last, [&](const CheckInRow& row) {
      AddCheckIn(row);
      return Ok();
    }));
  }
  for (Id id : feedback_gone) MarkFeedbackGone(id);
  std::vector<std::uint32_t> scratch;
  for (const RecordChange* change : feedback_added) {
    KENES_TRY(tx.ScanFeedback(change->first - 1, change->last, [&](const FeedbackItem& item) {
      UpsertFeedback(item, scratch);
      return Ok();
    }));
  }
  return Ok();
}

Status CampaignCache::UpsertEvent(const Event& event) {
  std::uint32_t slot = event_slots_.Find(event.id);
  if (slot == kNone) {
    slot = static_cast<std::uint32_t>(events_.size());
    event_slots_.Insert(event.id, slot);
    events_.emplace_back();
    audience_bits_.push_back(0);
  }
  EventRecord& record = events_[slot];
  ForgetKeptCounts(record);  // its organizers before the edit
  const bool counted_before = record.CountsForReach();
  const std::uint64_t cell_before = CellKey(record.campaign_id, record.region, record.date);
  if (counted_before) CountParticipants(record, -1);

  record.id = event.id;
  record.alive = true;
  record.campaign_id = event.campaign_id;
  record.kind = event.kind;
  record.status = event.status;
  record.date = event.date;
  record.place = place_codes_.Intern(event.place_code);
  record.region = place_codes_.Intern(event.region_code);
  record.district = event.district_code.empty() ? kNone : place_codes_.Intern(event.district_code);
  record.host = event.host_organization_id;
  record.organizers = event.organizer_ids;
  record.delegation = event.delegation_ids;
  record.audience.clear();
  for (const std::string& segment : event.audience) {
    record.audience.push_back(segment_codes_.Intern(segment));
  }
  std::sort(record.audience.begin(), record.audience.end());
  audience_bits_[slot] = 0;
  for (std::uint32_t segment : record.audience) {
    if (segment < 64) audience_bits_[slot] |= std::uint64_t{1} << segment;
  }
  record.attendance = event.attendance;
  record.venue_key = event.venue.empty() ? std::string() : NameKey(event.venue);

  if (record.CountsForReach()) CountParticipants(record, +1);
  ForgetKeptCounts(record);  // and after it
  // Sketches only grow; a participant leaving a cell needs the cell recounted.
  if (counted_before && (!record.CountsForReach() ||
                         cell_before != CellKey(record.campaign_id, record.region, record.date))) {
    sketches_dirty_ = true;
  }
  flags_dirty_ = true;
  return Ok();
}

void CampaignCache::MarkEventGone(Id id) {
  const std::uint32_t slot = event_slots_.Find(id);
  if (slot == kNone) return;
  EventRecord& record = events_[slot];
  if (record.CountsForReach()) {
    CountParticipants(record, -1);
    sketches_dirty_ = true;
  }
  // The store refuses to delete an event that has check-ins, so its organizers' and region's
  // people are already counted without it; forgotten all the same, so that the counts rest on no
  // such rule.
  ForgetKeptCounts(record);
  record.alive = false;
  flags_dirty_ = true;
}

void CampaignCache::CountParticipant(std::uint32_t number, int sign) {
  std::uint32_t& count = participant_events_[number];
  if (sign > 0) {
    ++count;
    ++checkins_total_;
    if (count == 1) ++distinct_total_;
    if (count == 2) ++repeaters_total_;
  } else {
    if (count == 1) --distinct_total_;
    if (count == 2) --repeaters_total_;
    --count;
    --checkins_total_;
  }
}

void CampaignCache::ForgetKeptCounts(const EventRecord& event) {
  for (Id organizer : event.organizers) member_reach_.Forget(organizer);
  if (event.region != kNone) region_reach_.Forget(event.region);
}

void CampaignCache::CountParticipants(const EventRecord& event, int sign) {
  for (std::uint32_t number : event.participants) CountParticipant(number, sign);
  if (sign > 0) {
    HyperLogLog& cell = cells_[CellKey(event.campaign_id, event.region, event.date)];
    for (std::uint32_t number : event.participants) {
      const std::uint64_t key = participant_index_.key(number);
      cell.Add(key);
      sketch_total_.Add(key);
    }
  }
}

void CampaignCache::AddCheckIn(const CheckInRow& row) {
  const std::uint32_t slot = event_slots_.Find(row.event_id);
  // The store refuses a check-in without its event; one missing here was deleted meanwhile.
  if (slot == kNone) return;
  EventRecord& event = events_[slot];
  const std::uint64_t key = ParticipantIndex::KeyOf(row.participant);
  const std::uint32_t number = participant_index_.Intern(key);
  if (number >= participant_events_.size()) participant_events_.resize(number + 1, 0);
  event.participants.push_back(number);
  ForgetKeptCounts(event);
  if (event.CountsForReach()) {
    CountParticipant(number, +1);
    cells_[CellKey(event.campaign_id, event.region, event.date)].Add(key);
    sketch_total_.Add(key);
  }
}

void CampaignCache::RemoveCheckIn(Id event_id, const ParticipantKey& participant) {
  const std::uint32_t slot = event_slots_.Find(event_id);
  if (slot == kNone) return;
  const std::uint32_t number = participant_index_.Find(ParticipantIndex::KeyOf(participant));
  if (number == kNone) return;
  EventRecord& event = events_[slot];
  auto it = std::find(event.participants.begin(), event.participants.end(), number);
  if (it == event.participants.end()) return;
  *it = event.participants.back();
  event.participants.pop_back();
  ForgetKeptCounts(event);
  if (event.CountsForReach()) {
    CountParticipant(number, -1);
    sketches_dirty_ = true;
  }
}

void CampaignCache::UpsertFeedback(const FeedbackItem& item, std::vector<std::uint32_t>& scratch,
                                   bool join_theme) {
  std::size_t slot = feedback_slots_.Find(item.id);
  FeedbackColumns& f = feedback_;
  const bool added = slot == kNone;
  if (added) {
    slot = f.id.size();
    feedback_slots_.Insert(item.id, static_cast<std::uint32_t>(slot));
    f.id.push_back(item.id);
    f.alive.push_back(0);
    f.event.push_back(kNone);
    f.region.push_back(kNone);
    f.day.push_back(kNoDay);
    f.segment.push_back(kNone);
    f.kind.push_back(0);
    f.stance.push_back(0);
    f.theme.push_back(kNoTheme);
    f.similarity.push_back(0);
    f.provisions_begin.push_back(0);
    f.provisions_count.push_back(0);
  }
  if (!f.alive[slot]) ++f.live;
  f.alive[slot] = 1;
  f.event[slot] = kNone;
  if (item.event_id) f.event[slot] = event_slots_.Find(*item.event_id);
  f.region[slot] = place_codes_.Intern(item.region_code);
  f.day[slot] = item.date ? static_cast<std::int32_t>(item.date->days()) : kNoDay;
  f.segment[slot] = item.segment.empty() ? kNone : segment_codes_.Intern(item.segment);
  f.kind[slot] = static_cast<std::uint8_t>(item.kind);
  f.stance[slot] = static_cast<std::uint8_t>(item.stance);
  // Provisions append to the pool; a changed item's old run is left behind, which costs a few
  // bytes per edit and keeps every other item's run in place.
  const std::size_t count = std::min<std::size_t>(item.provision_codes.size(), 255);
  f.provisions_begin[slot] = static_cast<std::uint32_t>(f.provision_pool.size());
  f.provisions_count[slot] = static_cast<std::uint8_t>(count);
  for (std::size_t i = 0; i < count; ++i) {
    f.provision_pool.push_back(provision_codes_.Intern(item.provision_codes[i]));
  }
  feedback_changed_ = true;
  if (!join_theme) return;
  // Joined to the current model at once, so a new question is in a theme before the model is
  // next rebuilt.
  scratch.clear();
  terms_.Extract(item.text, scratch);
  frequencies_.Add(scratch);
  const ThemeModel::Assignment theme = model_.Assign(scratch, frequencies_);
  f.theme[slot] = theme.theme;
  f.similarity[slot] = theme.similarity;
}

void CampaignCache::MarkFeedbackGone(Id id) {
  const std::uint32_t slot = feedback_slots_.Find(id);
  if (slot == kNone || !feedback_.alive[slot]) return;
  feedback_.alive[slot] = 0;
  --feedback_.live;
  feedback_changed_ = true;
}

Status CampaignCache::Settle(Transaction& tx) {
  if (sketches_dirty_) SettleSketches();
  if (flags_dirty_) SettleFlags();
  if (feedback_changed_ || terms_changed_) {
    const std::size_t live = feedback_.live;
    // Rebuilt when the corpus is small, when it has grown by a quarter, or when it has shrunk
    // by half (themes of deleted feedback would linger otherwise).
    if (terms_changed_ || live <= kSmallCorpus || live * 4 >= model_documents_ * 5 ||
        live * 2 < model_documents_) {
      KENES_TRY(RebuildThemes(tx));
    }
    feedback_changed_ = false;
    terms_changed_ = false;
  }
  return Ok();
}

void CampaignCache::SettleSketches() {
  cells_.clear();
  sketch_total_.Clear();
  for (const EventRecord& event : events_) {
    if (event.CountsForReach()) {
      HyperLogLog& cell = cells_[CellKey(event.campaign_id, event.region, event.date)];
      for (std::uint32_t number : event.participants) {
        const std::uint64_t key = participant_index_.key(number);
        cell.Add(key);
        sketch_total_.Add(key);
      }
    }
  }
  sketches_dirty_ = false;
}

void CampaignCache::SettleFlags() {
  const std::vector<FigureCheck> checks = CheckFigures(*this);
  for (std::size_t i = 0; i < events_.size(); ++i) {
    events_[i].flags = checks[i].flags;
    events_[i].repeat_of = checks[i].repeat_of;
  }
  flags_dirty_ = false;
}

Status CampaignCache::RebuildThemes(Transaction& tx) {
  // Term frequencies are counted afresh from the stored text: edits and deletions since the last
  // build leave the running counts slightly off.
  TermPool pool;
  // Sized up front: one large allocation that goes back to the system when freed, rather than a
  // trail of smaller ones left in the heap.
  pool.terms.reserve(feedback_.live * 16);
  pool.spans.assign(feedback_.id.size(), {0, 0});
  frequencies_ = DocumentFrequencies();
  std::vector<std::uint32_t> scratch;
  KENES_TRY(tx.ScanFeedback(0, kLastId, [&](const FeedbackItem& item) {
    const std::uint32_t slot = feedback_slots_.Find(item.id);
    if (slot != kNone && feedback_.alive[slot]) AddTerms(slot, item.text, pool, scratch);
    return Ok();
  }));
  return BuildThemes(tx, pool);
}

}  // namespace kenes::analytics
