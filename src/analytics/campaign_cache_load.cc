// The campaign cache's bulk reads: the first load's check-ins and feedback, and the theme model
// built from every text. Millions of rows each; the store steps through them on the calling
// thread while an OrderedWorker interns participants and reads texts into terms, so both cores
// work on the load (the store's snapshot stays one transaction on one thread).
#include <limits>
#include <memory>

#include "analytics/campaign_cache.h"

namespace kenes::analytics {
namespace {

constexpr Id kLastId = std::numeric_limits<Id>::max();
// Rows per batch handed to the worker: enough to make the hand-over cost nothing, few enough that
// the batches in flight take a few megabytes.
constexpr std::size_t kCheckInBatch = 8192;
constexpr std::size_t kTextBatchBytes = 512 * 1024;

}  // namespace

// The participants of the check-ins read so far, in runs of one event each. Each event's list is
// filled once the scan ends, at its final size: grown a row at a time, the lists would leave
// behind as many freed blocks in the heap as they hold, tens of megabytes that stay resident.
struct CampaignCache::ParticipantRuns {
  std::vector<std::uint32_t> numbers;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> runs;  // event slot, count
};

Status CampaignCache::LoadCheckIns(Transaction& tx, OrderedWorker& worker) {
  // Shared by the worker's tasks, which outlive this call.
  auto runs = std::make_shared<ParticipantRuns>();
  std::vector<LoadedCheckIn> batch;
  batch.reserve(kCheckInBatch);
  const auto post = [&] {
    worker.Post([this, runs, rows = std::move(batch)] { AddLoadedCheckIns(rows, *runs); });
    batch = {};
    batch.reserve(kCheckInBatch);
  };
  KENES_TRY(tx.ScanCheckIns(0, kLastId, [&](const CheckInRow& row) {
    batch.push_back({row.event_id, ParticipantIndex::KeyOf(row.participant)});
    if (batch.size() == kCheckInBatch) post();
    return Ok();
  }));
  if (!batch.empty()) post();
  worker.Post([this, runs] {
    std::vector<std::uint32_t> counts(events_.size(), 0);
    for (const auto& [slot, count] : runs->runs) counts[slot] += count;
    for (std::size_t slot = 0; slot < events_.size(); ++slot) {
      events_[slot].participants.reserve(events_[slot].participants.size() + counts[slot]);
    }
    std::size_t next = 0;
    for (const auto& [slot, count] : runs->runs) {
      events_[slot].participants.Append(runs->numbers.data() + next, count);
      next += count;
    }
    *runs = {};
  });
  return Ok();
}

void CampaignCache::AddLoadedCheckIns(std::span<const LoadedCheckIn> rows, ParticipantRuns& runs) {
  // The participants are interned first, in a loop of their own: each is a cache miss or two in a
  // table of millions, which the processor waits for together there, and one by one between the
  // other work of a row. The numbers are the same: the same rows are interned in the same order.
  // A store's check-ins come grouped by event (the bulk append sorts them so), so the event's
  // slot and sketch are looked up once a run.
  std::vector<std::uint32_t> numbers(rows.size(), kNone);
  std::uint32_t slot = kNone;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i == 0 || rows[i].event_id != rows[i - 1].event_id) {
      slot = event_slots_.Find(rows[i].event_id);
    }
    // The store refuses a check-in without its event; one missing here was deleted meanwhile.
    if (slot != kNone) numbers[i] = participant_index_.Intern(rows[i].key);
  }
  if (participant_events_.size() < participant_index_.size()) {
    participant_events_.resize(participant_index_.size(), 0);
  }
  const EventRecord* event = nullptr;
  HyperLogLog* cell = nullptr;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint32_t number = numbers[i];
    if (number == kNone) continue;
    if (!event || rows[i].event_id != event->id) {
      slot = event_slots_.Find(rows[i].event_id);
      event = &events_[slot];
      cell = event->CountsForReach()
                 ? &cells_[CellKey(event->campaign_id, event->region, event->date)]
                 : nullptr;
      runs.runs.emplace_back(slot, 0);
    }
    runs.numbers.push_back(number);
    ++runs.runs.back().second;
    if (cell) {
      CountParticipant(number, +1);
      cell->Add(rows[i].key);
      sketch_total_.Add(rows[i].key);
    }
  }
}

Status CampaignCache::LoadFeedback(Transaction& tx, OrderedWorker& worker, TermPool& pool) {
  frequencies_ = DocumentFrequencies();
  // Texts end to end, each with its slot and where it ends: one buffer a batch, not a string an
  // item.
  struct Texts {
    std::string bytes;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;  // slot, end in bytes
  };
  Texts texts;
  const auto post = [&] {
    worker.Post([this, &pool, batch = std::move(texts)] {
      std::vector<std::uint32_t> scratch;
      std::uint32_t begin = 0;
      for (const auto& [slot, end] : batch.ends) {
        AddTerms(slot, std::string_view(batch.bytes).substr(begin, end - begin), pool, scratch);
        begin = end;
      }
    });
    texts = {};
  };
  std::vector<std::uint32_t> unused;
  KENES_TRY(tx.ScanFeedback(0, kLastId, [&](const FeedbackItem& item) {
    UpsertFeedback(item, unused, false);
    texts.bytes += item.text;
    texts.ends.emplace_back(feedback_slots_.Find(item.id),
                            static_cast<std::uint32_t>(texts.bytes.size()));
    if (texts.bytes.size() >= kTextBatchBytes) post();
    return Ok();
  }));
  if (!texts.ends.empty()) post();
  return Ok();
}

void CampaignCache::AddTerms(std::uint32_t slot, std::string_view text, TermPool& pool,
                             std::vector<std::uint32_t>& scratch) {
  scratch.clear();
  terms_.Extract(text, scratch);
  frequencies_.Add(scratch);
  if (slot >= pool.spans.size()) pool.spans.resize(slot + 1, {0, 0});
  pool.spans[slot] = {static_cast<std::uint32_t>(pool.terms.size()),
                      static_cast<std::uint32_t>(scratch.size())};
  pool.terms.insert(pool.terms.end(), scratch.begin(), scratch.end());
}

Status CampaignCache::BuildThemes(Transaction& tx, const TermPool& pool) {
  const auto terms_of = [&](std::size_t slot) {
    if (slot >= pool.spans.size()) return std::span<const std::uint32_t>();
    const auto [begin, length] = pool.spans[slot];
    return std::span(pool.terms).subspan(begin, length);
  };
  // The sample is every `stride`-th live item in slot order. Its texts, for the themes' names,
  // are read again by id, in the same transaction as the terms: some thousands of rows, where
  // keeping every text until the count of items is known would take hundreds of megabytes.
  const std::size_t live = feedback_.live;
  const std::size_t stride =
      std::max<std::size_t>(1, (live + ThemeModel::kMaxSample - 1) / ThemeModel::kMaxSample);
  std::vector<std::vector<std::uint32_t>> sample;
  std::vector<std::string> texts;
  for (std::size_t slot = 0, seen = 0; slot < feedback_.id.size(); ++slot) {
    if (!feedback_.alive[slot] || seen++ % stride != 0) continue;
    const std::span<const std::uint32_t> terms = terms_of(slot);
    sample.emplace_back(terms.begin(), terms.end());
    std::string& text = texts.emplace_back();
    const Id id = feedback_.id[slot];
    KENES_TRY(tx.ScanFeedback(id - 1, id, [&](const FeedbackItem& item) {
      text = item.text;
      return Ok();
    }));
  }
  model_ = ThemeModel::Build(sample, texts, frequencies_, terms_);
  // Each item joins its theme by reading the model and writing its own slot: the two halves of
  // the slots on two threads.
  const auto assign = [&](std::size_t begin, std::size_t end) {
    for (std::size_t slot = begin; slot < end; ++slot) {
      if (!feedback_.alive[slot]) continue;
      const ThemeModel::Assignment theme = model_.Assign(terms_of(slot), frequencies_);
      feedback_.theme[slot] = theme.theme;
      feedback_.similarity[slot] = theme.similarity;
    }
  };
  const std::size_t half = feedback_.id.size() / 2;
  {
    OrderedWorker worker;
    worker.Post([&] { assign(half, feedback_.id.size()); });
    assign(0, half);
  }
  model_documents_ = live;
  return Ok();
}

}  // namespace kenes::analytics
