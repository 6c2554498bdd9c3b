// The campaign in memory, laid out for counting: events as records, check-ins as participant
// numbers per event, feedback as columns. It mirrors the store and catches up through the store's
// change feed (Transaction::ChangesSince), so a figure computed after Refresh includes every write
// committed before Refresh began, whichever process or server made it.
//
// Figures that depend on many records (plausibility flags, HyperLogLog sketches, the theme model)
// are settled at the end of Refresh, so reading is pure computation over immutable data.
//
// Thread-safety: none inside; Analytics (analytics.h) holds the lock. Refresh needs it exclusive,
// every const method shared. The first load works on a second thread of its own (OrderedWorker)
// and has joined it before Refresh returns.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analytics/filter.h"
#include "analytics/hyperloglog.h"
#include "analytics/id_index.h"
#include "analytics/interner.h"
#include "analytics/kept_counts.h"
#include "analytics/ordered_worker.h"
#include "analytics/participant_index.h"
#include "analytics/participant_numbers.h"
#include "analytics/text_terms.h"
#include "analytics/theme_model.h"
#include "analytics/two_threads.h"
#include "store/store.h"

namespace kenes::analytics {

// Why an attendance figure is held back from the totals until someone confirms it.
enum PlausibilityFlag : std::uint8_t {
  kOverHeadcount = 1,     // more than the host organization's known headcount
  kOverCapacity = 2,      // more than the venue holds
  kOverPopulation = 4,    // more than live in the place
  kRepeatCollective = 8,  // the same collective was counted within the last days
};

struct EventRecord {
  Id id = 0;
  bool alive = false;
  Id campaign_id = 0;
  EventKind kind = EventKind::kMeeting;
  EventStatus status = EventStatus::kHeld;
  Date date;
  std::uint32_t place = kNone;  // interned KATO codes
  std::uint32_t region = kNone;
  std::uint32_t district = kNone;
  std::optional<Id> host;
  std::vector<Id> organizers;
  std::vector<Id> delegation;
  std::vector<std::uint32_t> audience;  // interned segment codes, sorted
  std::optional<Attendance> attendance;
  std::string venue_key;            // NameKey of the venue, empty when none
  ParticipantNumbers participants;  // numbers of the people checked in
  std::uint8_t flags = 0;           // PlausibilityFlag bits, settled by Refresh
  Id repeat_of = 0;                 // with kRepeatCollective: the earlier event

  // Check-ins of cancelled events do not count as reach.
  bool CountsForReach() const { return alive && status != EventStatus::kCancelled; }
};

// What the review of a flagged figure decided, as it applies to the event's current figure.
enum class FigureState { kCounted, kFlagged, kConfirmed, kRejected };

class CampaignCache {
 public:
  CampaignCache();

  // Loads everything on the first call; afterwards applies the change feed. Settles the derived
  // figures when anything changed. When the feed was compacted past the mirror's cursor, changes
  // nothing and sets behind(): the mirror can no longer catch up, a new one must load.
  Status Refresh(Store& store);
  bool behind() const { return behind_; }
  // The change-feed position the mirror reflects.
  std::int64_t cursor() const { return cursor_; }
  bool loaded() const { return loaded_; }
  // The work from which one pass of a view is split over two threads (two_threads.h).
  std::size_t split_from() const { return split_from_; }
  void set_split_from(std::size_t work) { split_from_ = work; }

  // Reference data.
  const std::vector<Campaign>& campaigns() const { return campaigns_; }
  const Interner& places() const { return place_codes_; }
  const Place* place(std::uint32_t code) const {
    return code < place_info_.size() && place_info_[code] ? &*place_info_[code] : nullptr;
  }
  const std::vector<std::uint32_t>& regions() const { return regions_; }      // by code
  const std::vector<std::uint32_t>& districts() const { return districts_; }  // by code
  // The region (level 1) a place lies in, or kNone.
  std::uint32_t RegionOf(std::uint32_t place) const;
  std::uint32_t DistrictOf(std::uint32_t place) const;
  const Interner& segment_codes() const { return segment_codes_; }
  const Segment* segment(std::uint32_t code) const {
    return code < segment_info_.size() && segment_info_[code] ? &*segment_info_[code] : nullptr;
  }
  const std::vector<Provision>& provisions() const { return provisions_; }
  const Interner& provision_codes() const { return provision_codes_; }
  const Organization* organization(Id id) const;
  const std::unordered_map<Id, Organization>& organizations() const { return organizations_; }
  const Person* person(Id id) const;
  const std::unordered_map<Id, Person>& people() const { return people_; }
  std::optional<std::int64_t> VenueCapacity(std::uint32_t place, const std::string& key) const;
  const FigureReview* review(Id event_id) const;

  // Events.
  const std::vector<EventRecord>& events() const { return events_; }
  // The record of event `id`, or null when the mirror has none.
  const EventRecord* event(Id id) const {
    const std::uint32_t slot = event_slots_.Find(id);
    return slot == kNone ? nullptr : &events_[slot];
  }
  FigureState StateOf(const EventRecord& event) const;
  // By event slot, its audience's segments below 64 as bits (bit c for segment code c).
  const std::vector<std::uint64_t>& audience_bits() const { return audience_bits_; }
  // Whether the event passes `filter` (campaign, dates, region, audience).
  bool Matches(const EventRecord& event, const Filter& filter, std::uint32_t region,
               std::uint32_t segment) const;

  // Participants.
  const ParticipantIndex& participants() const { return participant_index_; }
  std::uint64_t distinct_total() const { return distinct_total_; }
  std::uint64_t repeaters_total() const { return repeaters_total_; }
  std::uint64_t checkins_total() const { return checkins_total_; }
  // Counts kept between answers and forgotten here when their events or those events' check-ins
  // change (kept_counts.h): each organization's people over its held events (attribution), and
  // each region's check-ins, people and repeaters over its events that count for reach (reach's
  // breakdown, by interned region code).
  KeptCounts<std::int64_t>& member_reach() const { return member_reach_; }
  struct PeopleCounts {
    std::int64_t checkins = 0;
    std::int64_t distinct = 0;
    std::int64_t repeaters = 0;
  };
  KeptCounts<PeopleCounts>& region_reach() const { return region_reach_; }
  const HyperLogLog& sketch_total() const { return sketch_total_; }
  // Sketches per campaign, region and day; the key packs the three (CellKey).
  const std::unordered_map<std::uint64_t, HyperLogLog>& cells() const { return cells_; }
  static std::uint64_t CellKey(Id campaign, std::uint32_t region, Date date);
  static void CellParts(std::uint64_t key, Id& campaign, std::uint32_t& region, Date& date);

  // Feedback, as columns indexed by slot.
  struct FeedbackColumns {
    std::vector<Id> id;
    std::vector<std::uint8_t> alive;
    std::vector<std::uint32_t> event;  // event slot, or kNone
    std::vector<std::uint32_t> region;
    std::vector<std::int32_t> day;  // Date::days(), or kNoDay
    std::vector<std::uint32_t> segment;
    std::vector<std::uint8_t> kind;
    std::vector<std::uint8_t> stance;
    std::vector<std::uint16_t> theme;
    std::vector<float> similarity;  // to its theme's centroid
    std::vector<std::uint32_t> provisions_begin;
    std::vector<std::uint8_t> provisions_count;
    std::vector<std::uint32_t> provision_pool;  // interned provision codes
    std::size_t live = 0;
  };
  static constexpr std::int32_t kNoDay = INT32_MIN;
  const FeedbackColumns& feedback() const { return feedback_; }
  // Whether feedback in `slot` passes `filter`; `region`, `segment` are the filter's interned.
  bool FeedbackMatches(std::size_t slot, const Filter& filter, std::uint32_t region,
                       std::uint32_t segment) const;
  const ThemeModel& themes() const { return model_; }

 private:
  Status Load(Transaction& tx);
  // A check-in as the first load reads it: its event and its participant's key.
  struct LoadedCheckIn {
    Id event_id = 0;
    std::uint64_t key = 0;
  };
  // The terms of the live feedback's texts end to end, and each item's run of them by slot: what
  // the theme model is built from.
  struct TermPool {
    std::vector<std::uint32_t> terms;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;  // begin, length; by slot
  };
  // The first load's bulk reads (campaign_cache_load.cc): rows are read on this thread and handed
  // to `worker` in batches, which counts check-ins and reads texts into `pool` meanwhile.
  Status LoadCheckIns(Transaction& tx, OrderedWorker& worker);
  struct ParticipantRuns;  // campaign_cache_load.cc
  void AddLoadedCheckIns(std::span<const LoadedCheckIn> rows, ParticipantRuns& runs);
  Status LoadFeedback(Transaction& tx, OrderedWorker& worker, TermPool& pool);
  // Reads the text of the item in `slot` into terms, counted in frequencies_.
  void AddTerms(std::uint32_t slot, std::string_view text, TermPool& pool,
                std::vector<std::uint32_t>& scratch);
  // Builds the theme model from every live item's terms and joins each item to a theme.
  Status BuildThemes(Transaction& tx, const TermPool& pool);
  Status LoadReference(Transaction& tx);
  Status ApplyFeed(Transaction& tx, const RecordChanges& feed);
  Status UpsertEvent(const Event& event);
  void MarkEventGone(Id id);
  void AddCheckIn(const CheckInRow& row);
  void RemoveCheckIn(Id event_id, const ParticipantKey& participant);
  // `join_theme` false while loading: the themes are built from a second pass over the text.
  void UpsertFeedback(const FeedbackItem& item, std::vector<std::uint32_t>& scratch,
                      bool join_theme = true);
  void MarkFeedbackGone(Id id);
  // Adds or removes the event's participants from the campaign-wide counts.
  void CountParticipants(const EventRecord& event, int sign);
  void CountParticipant(std::uint32_t number, int sign);
  // The event's people changed for each of its organizers and its region: their kept counts go.
  void ForgetKeptCounts(const EventRecord& event);
  // Renumbers the participants region by region and lays their numbers out in one block in that
  // order (participant_order.cc).
  void NumberParticipantsByRegion();
  Status Settle(Transaction& tx);
  void SettleSketches();
  void SettleFlags();
  Status RebuildThemes(Transaction& tx);

  bool loaded_ = false;
  std::size_t split_from_ = kSplitWorkFrom;
  std::int64_t cursor_ = 0;
  bool behind_ = false;

  std::vector<Campaign> campaigns_;
  Interner place_codes_;
  std::vector<std::optional<Place>> place_info_;  // by interned code
  std::vector<std::uint32_t> place_parent_;       // by interned code, kNone for none
  std::vector<std::uint32_t> regions_;
  std::vector<std::uint32_t> districts_;
  Interner segment_codes_;
  std::vector<std::optional<Segment>> segment_info_;
  Interner provision_codes_;
  std::vector<Provision> provisions_;
  std::unordered_map<Id, Organization> organizations_;
  std::unordered_map<Id, Person> people_;
  std::map<std::pair<std::uint32_t, std::string>, std::int64_t> venues_;
  std::unordered_map<Id, FigureReview> reviews_;

  std::vector<EventRecord> events_;
  // By event slot, its audience as bits (segment code c below 64 is bit c): the segment filter
  // over millions of feedback items reads one word per item from this compact column, rather
  // than the event's record and its audience list from wherever they lie in memory.
  std::vector<std::uint64_t> audience_bits_;
  IdIndex event_slots_;

  ParticipantIndex participant_index_;
  std::vector<std::uint32_t> participant_events_;  // by number: counted events attended
  // Every event's numbers as loaded, region by region (participant_numbers.h); freed with free().
  std::unique_ptr<std::uint32_t, void (*)(void*)> participant_pool_{nullptr, std::free};
  std::uint64_t distinct_total_ = 0;
  std::uint64_t repeaters_total_ = 0;
  std::uint64_t checkins_total_ = 0;
  mutable KeptCounts<std::int64_t> member_reach_;
  mutable KeptCounts<PeopleCounts> region_reach_;
  std::unordered_map<std::uint64_t, HyperLogLog> cells_;
  HyperLogLog sketch_total_;
  bool sketches_dirty_ = false;

  FeedbackColumns feedback_;
  IdIndex feedback_slots_;
  TermExtractor terms_;
  DocumentFrequencies frequencies_;
  ThemeModel model_;
  std::size_t model_documents_ = 0;  // live feedback when the model was built
  bool feedback_changed_ = false;
  bool terms_changed_ = false;  // the bilingual term map changed: every text is read again

  bool flags_dirty_ = false;
};

}  // namespace kenes::analytics
