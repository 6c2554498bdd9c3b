// A synthetic national campaign for benchmarks: `kenes gen`. Defaults are the scale the product
// must handle: 50,000 events, 10 million check-ins with repeat attendance, 2 million feedback
// items. Everything is written through the ledger, so the data obeys every rule real data does,
// and it is the same for the same seed.
//
//   - events over the regions by population (data/places.csv; regions without a figure share the
//     rest of the country's 20,495,975 equally), over each region's districts (cities weigh three
//     times a rural district; one district in sixteen is left unvisited), over the campaign's
//     days; attendance phrased as coordinators write it (attendance_phrases.h); 3% planned, 2%
//     cancelled; a third hosted by an organization with its headcount (a few figures above it);
//   - a coalition of 5 parties and 300 organizations claiming about 4.9 million members;
//   - check-ins at four held events in five, in proportion to their figures (participants.h);
//   - feedback on the provisions from the sentences of feedback_texts.h.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "ledger/ledger.h"

namespace kenes::synthetic {

struct Options {
  std::int64_t events = 50'000;
  std::int64_t checkins = 10'000'000;
  std::int64_t feedback = 2'000'000;
  std::uint64_t seed = 1;
};

// One line of progress ("events 12000/50000").
using Progress = std::function<void(const std::string&)>;

// The campaign's first and last days (2026-02-12 to 2026-03-14, the vote on 03-15).
Campaign SyntheticCampaign();

// The events check-ins are drawn for, as stored: held ones, in id order.
struct EventPlan {
  Id id = 0;
  std::uint32_t region = 0;  // an index, stable for the same gazetteer
  std::int64_t attendance = 0;
};
Result<std::vector<EventPlan>> PlanCheckIns(Store& store);

// Writes the registry and the events. REQUIRES: the ledger has its reference data and campaign.
Status GenerateEvents(Ledger& ledger, const Options& options, const Progress& progress);
// Calls `sink` with the check-ins in chunks of about a million rows, the same for the same plan
// and seed; a row's segment points at storage that outlives the call.
Status ForEachCheckInChunk(const std::vector<EventPlan>& plan, const Options& options,
                           const std::function<Status(std::span<const CheckInRow>)>& sink);
Status GenerateFeedback(Ledger& ledger, const Options& options, const Progress& progress);

// All of it: events, check-ins (each chunk its own transaction), feedback.
Status GenerateCampaign(Ledger& ledger, const Options& options, const Progress& progress);

}  // namespace kenes::synthetic
