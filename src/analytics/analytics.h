// Analytics over a store: the one object the server, the command line and the report writers ask
// for figures. It keeps the campaign in memory (campaign_cache.h) and, before every answer,
// catches up with the store's change feed, so a figure read after a write includes that write,
// whoever made it.
//
// Thread-safety: every method may be called from any thread. Answers are computed under a shared
// lock, so they run in parallel; catching up takes the lock exclusively, and only when the feed
// has news.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>

#include "analytics/after_vote.h"
#include "analytics/attribution.h"
#include "analytics/campaign_cache.h"
#include "analytics/dashboard.h"
#include "analytics/planning.h"
#include "analytics/plausibility.h"
#include "analytics/stats.h"
#include "analytics/themes.h"
#include "store/store.h"

namespace kenes::analytics {

// A region's line of the final report: its events and attendance, attendance per 1,000
// inhabitants where its population is known, and its own distinct people.
struct RegionRow {
  BreakdownRow totals;
  std::optional<double> per_1000;
  std::int64_t distinct = 0;
};

// One theme's feedback that passes a filter, read back from the store, nearest its centre first.
struct ThemeFeedback {
  ThemeMembers members;
  std::vector<FeedbackItem> items;
};

// What a filter names, in words: the campaign with its days, the region, the segment.
struct FilterNames {
  std::string campaign;
  std::string region;
  std::string segment;
};

class Analytics {
 public:
  // How often the mirror's cursor is kept in the store as a live reader's (store.h,
  // FeedCompaction), and the feed compacted with it: well inside FeedCompaction::kLiveSeconds.
  static constexpr std::chrono::seconds kKeepCursorInterval{60};

  // REQUIRES: `store` outlives this object.
  explicit Analytics(Store& store);

  // Catches up with the store. Called by every method below; call it directly to load the
  // campaign before the first question (a server does at start). When the feed was compacted
  // past the mirror, loads the campaign again in full. Now and then (kKeepCursorInterval) keeps
  // the mirror's cursor in the store and compacts the feed; a failure there is logged and tried
  // again, the figures being right without it.
  Status Refresh();
  // The work (check-ins or feedback items) from which one pass of a view is split over two
  // threads (two_threads.h); tests set 0 to split every pass, or a large number to split none.
  void SplitWorkFrom(std::size_t work);
  // The change feed's cursor the figures stand at, after Refresh: equal cursors, equal figures.
  // Cheap when nothing changed, so a client polling an unchanged campaign costs almost nothing.
  Result<std::int64_t> Version();

  // Each checks the filter (a region, segment or campaign that does not exist is an error naming
  // the parameter) and answers from the state after Refresh.
  Result<Dashboard> ComputeDashboard(const Filter& filter, Date today);
  // The headline totals of /api/v1/stats and `kenes stats`, equal to the dashboard's (stats.h).
  Result<Stats> ComputeStats(const Filter& filter);
  Result<Totals> ComputeTotals(const Filter& filter);
  Result<std::vector<BreakdownRow>> Breakdown(const Filter& filter, Dimension dimension);
  Result<Reach> ComputeReach(const Filter& filter);
  // Reach of each region on its own (people do not add up across regions).
  Result<std::vector<std::pair<std::string, Reach>>> ReachByRegion(const Filter& filter);
  // Both at once, in one pass where a filter makes them cost one each (reach.h).
  Result<ReachWithRegions> ComputeReachWithRegions(const Filter& filter);
  Result<Support> ComputeSupport(const Filter& filter);
  // With `examples`, each theme's examples carry their text, read from the store.
  Result<Themes> ComputeThemes(const Filter& filter, bool examples = true);
  // NotFound when the theme model (rebuilt as feedback grows) has no theme `theme`.
  Result<ThemeFeedback> ListThemeFeedback(const Filter& filter, Id theme, std::size_t limit);
  Result<Coverage> ComputeCoverage(const Filter& filter, Date today);
  Result<Planning> ComputePlanning(const Filter& filter, Date today);
  Result<Attribution> ComputeAttribution(const Filter& filter);
  Result<std::vector<FlaggedFigure>> ListFlagged(const Filter& filter);
  // Where each event's figure stands with review, by id: kCounted for an event without a figure
  // or unknown to the figures yet.
  Result<std::vector<FigureState>> FigureStates(std::span<const Id> event_ids);
  Result<std::vector<RegionRow>> ComputeRegionRows(const Filter& filter);
  // The official results beside the campaign (after_vote.h). `results` are the store's; they are
  // not filtered, the campaign figures beside them are.
  Result<AfterVote> ComputeAfterVote(const Filter& filter, std::span<const VoteResult> results);
  // The same over the results the store holds: what the API, the CLI and the report ask.
  Result<AfterVote> ComputeAfterVote(const Filter& filter);
  Result<FilterNames> NamesOf(const Filter& filter);

  // Runs `read` over the mirror under the shared lock, after Refresh.
  Status Read(const std::function<Status(const CampaignCache&)>& read);

 private:
  Status CheckFilter(const CampaignCache& cache, const Filter& filter) const;
  template <class T>
  Result<T> Answer(const Filter& filter, const std::function<T(const CampaignCache&)>& compute);
  Status FillExamples(Themes& themes);
  // REQUIRES: refresh_mutex_ held.
  void KeepFeedCursor();

  Store& store_;
  const std::string feed_reader_;  // this mirror's name among the feed's readers
  std::mutex refresh_mutex_;       // one catch-up at a time; guards cursor_kept_
  std::optional<std::chrono::steady_clock::time_point> cursor_kept_;
  std::shared_mutex data_mutex_;          // guards cache_ (the pointer and what it points to)
  std::unique_ptr<CampaignCache> cache_;  // replaced whole when the feed was compacted past it
};

}  // namespace kenes::analytics
