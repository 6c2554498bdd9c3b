// The campaign ledger: the one way records get written. The HTTP server and the command line are
// two thin front ends over it, so a rule holds whichever way a record comes in.
//
// Thread-safety: all methods may be called from any thread. The gazetteer is an immutable
// snapshot, replaced as a whole when places are imported.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/gazetteer.h"
#include "crypto/participant_hasher.h"
#include "ledger/ledger_session.h"
#include "store/store.h"

namespace kenes {

class Ledger {
 public:
  // Loads the gazetteer from `store`. REQUIRES: `store`, `hasher` (which may be null) and
  // `clock` (which stamps audit entries) outlive the ledger.
  static Result<std::unique_ptr<Ledger>> Open(Store& store, const ParticipantHasher* hasher,
                                              const Clock& clock = SystemClock());

  ~Ledger();

  Store& store() { return store_; }
  const Clock& clock() const { return clock_; }
  std::shared_ptr<const Gazetteer> gazetteer() const;

  // Runs `body` with a session over one write transaction, acting as `actor`: all its writes
  // land, with their audit entries, or none. REQUIRES: `actor` outlives the call.
  Status Write(const Actor& actor, const std::function<Status(LedgerSession&)>& body);
  template <class T>
  Result<T> Write(const Actor& actor, const std::function<Result<T>(LedgerSession&)>& body) {
    std::optional<Result<T>> out;
    Status status = Write(actor, [&](LedgerSession& session) -> Status {
      out.emplace(body(session));
      return out->ok() ? Ok() : Status(out->error());
    });
    if (!status.ok()) return status.error();
    return std::move(*out);
  }

  // Campaigns are written by administrators only, and audited.
  Result<Campaign> CreateCampaign(const Actor& actor, Campaign campaign);
  Result<Campaign> UpdateCampaign(const Actor& actor, Campaign campaign);

  // Reference data, loaded from files by whoever runs `kenes init` (not audited record by
  // record: the files are the record of it).
  // Adds or replaces places (by code). Each must be valid and its parent known, among these or the
  // stored ones. The gazetteer snapshot is rebuilt afterwards, here and on every other server of
  // the database (the change is announced as "places").
  Status PutPlaces(std::vector<Place> places);
  Status PutSegments(const std::vector<Segment>& segments);
  Status PutProvisions(const std::vector<Provision>& provisions);
  // Adds or replaces venue capacities (by place and name); each place must be in the gazetteer.
  Status PutVenues(const std::vector<Venue>& venues);

 private:
  Ledger(Store& store, const ParticipantHasher* hasher, const Clock& clock)
      : store_(store), hasher_(hasher), clock_(clock) {}
  Status ReloadGazetteer();

  Store& store_;
  const ParticipantHasher* const hasher_;
  const Clock& clock_;
  int subscription_ = 0;                // to the store's announcements, to reload the gazetteer
  mutable std::mutex gazetteer_mutex_;  // guards gazetteer_
  std::shared_ptr<const Gazetteer> gazetteer_;
};

}  // namespace kenes
