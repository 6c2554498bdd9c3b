#include "analytics/analytics.h"

#include <cstdio>
#include <random>

#include "store/query_deadline.h"

namespace kenes::analytics {

namespace {

// A name for this reader of the record feed, unique among the servers of a database.
std::string FeedReaderName() {
  std::random_device random;
  char name[32];
  std::snprintf(name, sizeof name, "analytics %08x%08x", random(), random());
  return name;
}

}  // namespace

Analytics::Analytics(Store& store)
    : store_(store), feed_reader_(FeedReaderName()), cache_(std::make_unique<CampaignCache>()) {}

void Analytics::SplitWorkFrom(std::size_t work) {
  std::unique_lock write(data_mutex_);
  cache_->set_split_from(work);
}

Status Analytics::Refresh() {
  std::lock_guard refresh(refresh_mutex_);
  // Catching up serves every caller: it is not bounded by the time limit of the one that asked.
  const QueryDeadline unlimited = QueryDeadline::Lifted();
  // A look at the feed without blocking readers: the common answer is "nothing new".
  bool news = true;
  if (cache_->loaded()) {
    KENES_ASSIGN(RecordChanges next, store_.Read<RecordChanges>([&](Transaction& tx) {
      return tx.ChangesSince(cache_->cursor(), 1);
    }));
    news = next.behind || !next.changes.empty();
  }
  if (news) {
    std::unique_lock write(data_mutex_);
    KENES_TRY(cache_->Refresh(store_));
    if (cache_->behind()) {
      // The feed was compacted past the mirror: a new one loads in full.
      auto loaded = std::make_unique<CampaignCache>();
      loaded->set_split_from(cache_->split_from());
      KENES_TRY(loaded->Refresh(store_));
      cache_ = std::move(loaded);
    }
  }
  KeepFeedCursor();
  return Ok();
}

void Analytics::KeepFeedCursor() {
  const auto now = std::chrono::steady_clock::now();
  if (cursor_kept_ && now - *cursor_kept_ < kKeepCursorInterval) return;
  cursor_kept_ = now;
  // Only this thread changes the cache while it holds refresh_mutex_, so the cursor is read
  // without data_mutex_.
  const std::int64_t cursor = cache_->cursor();
  Status kept = store_.Write([&](Transaction& tx) -> Status {
    KENES_TRY(tx.KeepFeedCursor(feed_reader_, cursor));
    return tx.CompactFeed();
  });
  if (!kept.ok()) {
    // The figures are right without it; the feed is only kept longer. Tried again next time.
    std::fprintf(stderr, "kenes: could not keep the record feed's cursor or compact it (%s)\n",
                 kept.error().message.c_str());
  }
}

Result<std::int64_t> Analytics::Version() {
  KENES_TRY(Refresh());
  std::shared_lock lock(data_mutex_);
  return cache_->cursor();
}

Status Analytics::CheckFilter(const CampaignCache& cache, const Filter& filter) const {
  if (!filter.region_code.empty()) {
    const Place* region = cache.place(cache.places().Find(filter.region_code));
    if (!region || region->level != PlaceLevel::kRegion) {
      return Invalid("region", "'" + filter.region_code +
                                   "' is not a region's KATO code; GET /api/v1/places lists them");
    }
  }
  if (!filter.segment.empty() && !cache.segment(cache.segment_codes().Find(filter.segment))) {
    return Invalid("segment", "there is no audience segment '" + filter.segment + "'");
  }
  if (filter.campaign_id) {
    bool found = false;
    for (const Campaign& campaign : cache.campaigns()) found |= campaign.id == *filter.campaign_id;
    if (!found)
      return Invalid("campaign", "there is no campaign " + std::to_string(*filter.campaign_id));
  }
  if (filter.from && filter.to && *filter.from > *filter.to) {
    return Invalid("from", "the period starts after it ends");
  }
  return Ok();
}

Status Analytics::Read(const std::function<Status(const CampaignCache&)>& read) {
  KENES_TRY(Refresh());
  std::shared_lock lock(data_mutex_);
  return read(*cache_);
}

template <class T>
Result<T> Analytics::Answer(const Filter& filter,
                            const std::function<T(const CampaignCache&)>& compute) {
  std::optional<T> out;
  KENES_TRY(Read([&](const CampaignCache& cache) -> Status {
    KENES_TRY(CheckFilter(cache, filter));
    out.emplace(compute(cache));
    return Ok();
  }));
  return std::move(*out);
}

Status Analytics::FillExamples(Themes& themes) {
  return store_.Read([&](Transaction& tx) -> Status {
    for (ThemeSummary& theme : themes.themes) {
      for (ThemeExample& example : theme.examples) {
        auto item = tx.GetFeedback(example.feedback_id);
        // Deleted since the figures were computed: the example is left without text.
        if (item.ok()) example.text = item->text;
      }
    }
    return Ok();
  });
}

Result<Dashboard> Analytics::ComputeDashboard(const Filter& filter, Date today) {
  KENES_ASSIGN(Dashboard dashboard, Answer<Dashboard>(filter, [&](const CampaignCache& cache) {
                 return analytics::ComputeDashboard(cache, filter, today);
               }));
  KENES_TRY(FillExamples(dashboard.themes));
  return dashboard;
}

Result<Stats> Analytics::ComputeStats(const Filter& filter) {
  return Answer<Stats>(
      filter, [&](const CampaignCache& cache) { return analytics::ComputeStats(cache, filter); });
}

Result<Totals> Analytics::ComputeTotals(const Filter& filter) {
  return Answer<Totals>(
      filter, [&](const CampaignCache& cache) { return analytics::ComputeTotals(cache, filter); });
}

Result<std::vector<BreakdownRow>> Analytics::Breakdown(const Filter& filter, Dimension dimension) {
  return Answer<std::vector<BreakdownRow>>(filter, [&](const CampaignCache& cache) {
    return analytics::Breakdown(cache, filter, dimension);
  });
}

Result<Reach> Analytics::ComputeReach(const Filter& filter) {
  return Answer<Reach>(
      filter, [&](const CampaignCache& cache) { return analytics::ComputeReach(cache, filter); });
}

Result<std::vector<std::pair<std::string, Reach>>> Analytics::ReachByRegion(const Filter& filter) {
  using Rows = std::vector<std::pair<std::string, Reach>>;
  return Answer<Rows>(
      filter, [&](const CampaignCache& cache) { return ComputeReachByRegion(cache, filter); });
}

Result<ReachWithRegions> Analytics::ComputeReachWithRegions(const Filter& filter) {
  return Answer<ReachWithRegions>(filter, [&](const CampaignCache& cache) {
    return analytics::ComputeReachWithRegions(cache, filter);
  });
}

Result<Support> Analytics::ComputeSupport(const Filter& filter) {
  return Answer<Support>(filter, [&](const CampaignCache& cache) {
    return analytics::ComputeSupport(cache, SummarizeFeedback(cache, filter));
  });
}

Result<Themes> Analytics::ComputeThemes(const Filter& filter, bool examples) {
  KENES_ASSIGN(Themes themes, Answer<Themes>(filter, [&](const CampaignCache& cache) {
                 return analytics::ComputeThemes(cache, SummarizeFeedback(cache, filter));
               }));
  if (examples) KENES_TRY(FillExamples(themes));
  return themes;
}

Result<ThemeFeedback> Analytics::ListThemeFeedback(const Filter& filter, Id theme,
                                                   std::size_t limit) {
  KENES_ASSIGN(auto members, Answer<std::optional<ThemeMembers>>(filter, [&](const auto& cache) {
                 return ListThemeMembers(cache, filter, theme, limit);
               }));
  if (!members) {
    return NotFound("there is no theme " + std::to_string(theme) +
                    " (themes are renumbered as feedback grows: read /analytics/themes again)");
  }
  ThemeFeedback out{std::move(*members), {}};
  KENES_TRY(store_.Read([&](Transaction& tx) -> Status {
    for (Id id : out.members.ids) {
      auto item = tx.GetFeedback(id);
      // Deleted since the theme was read: left out, as a list read a moment later would.
      if (item.ok()) out.items.push_back(std::move(*item));
    }
    return Ok();
  }));
  return out;
}

Result<Coverage> Analytics::ComputeCoverage(const Filter& filter, Date today) {
  return Answer<Coverage>(filter, [&](const CampaignCache& cache) {
    return analytics::ComputeCoverage(cache, filter, today);
  });
}

Result<Planning> Analytics::ComputePlanning(const Filter& filter, Date today) {
  return Answer<Planning>(filter, [&](const CampaignCache& cache) {
    return analytics::ComputePlanning(cache, filter, today);
  });
}

Result<Attribution> Analytics::ComputeAttribution(const Filter& filter) {
  return Answer<Attribution>(filter, [&](const CampaignCache& cache) {
    return analytics::ComputeAttribution(cache, filter);
  });
}

Result<std::vector<FlaggedFigure>> Analytics::ListFlagged(const Filter& filter) {
  return Answer<std::vector<FlaggedFigure>>(
      filter, [&](const CampaignCache& cache) { return analytics::ListFlagged(cache, filter); });
}

Result<std::vector<FigureState>> Analytics::FigureStates(std::span<const Id> event_ids) {
  return Answer<std::vector<FigureState>>(Filter{}, [&](const CampaignCache& cache) {
    std::vector<FigureState> states;
    for (Id id : event_ids) {
      const EventRecord* event = cache.event(id);
      states.push_back(event && event->attendance ? cache.StateOf(*event) : FigureState::kCounted);
    }
    return states;
  });
}

Result<std::vector<RegionRow>> Analytics::ComputeRegionRows(const Filter& filter) {
  return Answer<std::vector<RegionRow>>(filter, [&](const CampaignCache& cache) {
    std::vector<RegionRow> rows;
    for (BreakdownRow& totals : analytics::Breakdown(cache, filter, Dimension::kRegion)) {
      RegionRow row;
      const Place* region = cache.place(cache.places().Find(totals.key));
      if (region && region->population && *region->population > 0) {
        row.per_1000 = static_cast<double>(totals.attendance.value) * 1000.0 /
                       static_cast<double>(*region->population);
      }
      Filter one = filter;
      one.region_code = totals.key;
      row.distinct = analytics::ComputeReach(cache, one).distinct;
      row.totals = std::move(totals);
      rows.push_back(std::move(row));
    }
    return rows;
  });
}

Result<AfterVote> Analytics::ComputeAfterVote(const Filter& filter,
                                              std::span<const VoteResult> results) {
  return Answer<AfterVote>(filter, [&](const CampaignCache& cache) {
    return analytics::ComputeAfterVote(cache, filter, results);
  });
}

Result<FilterNames> Analytics::NamesOf(const Filter& filter) {
  return Answer<FilterNames>(filter, [&](const CampaignCache& cache) {
    FilterNames names;
    for (const Campaign& campaign : cache.campaigns()) {
      if (filter.campaign_id ? campaign.id == *filter.campaign_id : names.campaign.empty()) {
        names.campaign = campaign.name + ", " + campaign.starts_on.ToString() + " — " +
                         campaign.ends_on.ToString();
      }
    }
    if (const Place* region = cache.place(cache.places().Find(filter.region_code))) {
      names.region = region->name_ru;
    }
    if (const Segment* segment = cache.segment(cache.segment_codes().Find(filter.segment))) {
      names.segment = segment->name_ru;
    }
    return names;
  });
}

Result<AfterVote> Analytics::ComputeAfterVote(const Filter& filter) {
  // Results are a few hundred rows that change once: read them with each answer rather than
  // mirror them.
  KENES_ASSIGN(
      std::vector<VoteResult> results,
      store_.Read<std::vector<VoteResult>>([](Transaction& tx) { return tx.ListVoteResults(); }));
  return ComputeAfterVote(filter, results);
}

}  // namespace kenes::analytics
