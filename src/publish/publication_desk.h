// Where publications are written, changed, approved and published: the facts of each cited event
// gathered from the ledger (its place up to the region, host, organizers, delegation, audience,
// provisions, the questions asked), the text written by WriteRelease, and every rule of the
// ledger session kept (who may write, which events may be cited, versions, audit). A figure still
// awaiting review, or rejected, is never cited: the attempt is refused, naming the event.
//
// Thread-safety: every method may be called from any thread.
#pragma once

#include "analytics/analytics.h"
#include "core/publication.h"
#include "exchange/publication_json.h"
#include "ledger/ledger.h"

namespace kenes::publish {

class PublicationDesk {
 public:
  // REQUIRES: `ledger` and `analytics` outlive the desk.
  PublicationDesk(Ledger& ledger, analytics::Analytics& analytics)
      : ledger_(ledger), analytics_(analytics) {}

  // Writes a draft from the request's events, in its language, with its imprint.
  Result<Publication> Write(const Actor& actor, const PublicationRequest& request);
  // A draft's title, text or imprint; on an approved or published one, the next text version.
  Result<Publication> Change(const Actor& actor, Id id, const PublicationChange& change);
  Result<Publication> Approve(const Actor& actor, Id id, Version version);
  Result<Publication> Publish(const Actor& actor, Id id, Version version);

 private:
  Ledger& ledger_;
  analytics::Analytics& analytics_;
};

}  // namespace kenes::publish
