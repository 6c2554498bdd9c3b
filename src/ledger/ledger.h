// The campaign ledger: the one way records get written. The HTTP server and the command line are
// two thin front ends over it, so a rule holds whichever way a record comes in.
//
// Thread-safety: all methods may be called from any thread. The gazetteer is an immutable
// snapshot, replaced as a whole when places change.
//
// The gazetteer follows the store's record feed (Transaction::ChangesSince): every Write looks at
// the feed first, and gazetteer() at most every kPlacesCheckInterval, reloading the places when
// the feed says they changed, whoever changed them (this process, another server, an import
// beside it), or when the feed was compacted past the ledger's cursor.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "core/gazetteer.h"
#include "crypto/participant_hasher.h"
#include "ledger/ledger_session.h"
#include "store/store.h"

namespace kenes {

class Ledger {
 public:
  // How stale gazetteer() may be about places changed by other servers.
  static constexpr std::chrono::milliseconds kPlacesCheckInterval{250};

  // Loads the gazetteer from `store`. REQUIRES: `store`, `hasher` (which may be null) and
  // `clock` (which stamps audit entries) outlive the ledger.
  static Result<std::unique_ptr<Ledger>> Open(Store& store, const ParticipantHasher* hasher,
                                              const Clock& clock = SystemClock());

  Store& store() { return store_; }
  const Clock& clock() const { return clock_; }
  // The places as of the last look at the feed. A look that fails keeps the snapshot it has,
  // says why on stderr, and is tried again on a later call; Write returns the failure instead.
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
  // stored ones. The gazetteer snapshot is rebuilt before this returns; other servers of the
  // database find the change in the record feed.
  Status PutPlaces(std::vector<Place> places);
  Status PutSegments(const std::vector<Segment>& segments);
  Status PutProvisions(const std::vector<Provision>& provisions);
  // Adds or replaces venue capacities (by place and name); each place must be in the gazetteer.
  Status PutVenues(const std::vector<Venue>& venues);

 private:
  Ledger(Store& store, const ParticipantHasher* hasher, const Clock& clock)
      : store_(store), hasher_(hasher), clock_(clock) {}
  // What a look at the record feed found: how far it read, and the places if they changed.
  struct PlacesLook {
    std::int64_t cursor = 0;
    std::shared_ptr<const Gazetteer> loaded;  // null when the places did not change
  };
  // Reads the record feed after the ledger's cursor in `tx`, and the places from `tx` when they
  // changed; with `reload`, reads them anyway. Changes nothing in the ledger: Adopt does.
  Result<PlacesLook> LookForPlaces(Transaction& tx, bool reload = false) const;
  // Makes what `look` found the ledger's, unless another look read further.
  void Adopt(PlacesLook look) const;
  // LookForPlaces, then Adopt: for a look in a read, which sees only what is committed.
  Status FollowPlaces(Transaction& tx, bool reload = false) const;
  // The snapshot as it is, without a look at the feed.
  std::shared_ptr<const Gazetteer> loaded_gazetteer() const;

  Store& store_;
  const ParticipantHasher* const hasher_;
  const Clock& clock_;
  // What the ledger mirrors of the store is a cache, refreshed by const readers too.
  mutable std::mutex gazetteer_mutex_;  // guards the three below; never held across a query
  mutable std::shared_ptr<const Gazetteer> gazetteer_;
  mutable std::int64_t places_cursor_ = 0;  // the record feed's position gazetteer_ reflects
  mutable std::chrono::steady_clock::time_point next_look_;  // when gazetteer() looks again
};

}  // namespace kenes
