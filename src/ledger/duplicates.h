// Finding the stored event a newly reported meeting reports again, and folding the new report's
// facts into it. Both press-release drafts (ledger/intake.h) and events posted with
// ?check_duplicate=true (the web app's offline queue) use this, so a meeting is judged a
// duplicate by one rule (core/same_meeting.h) wherever it arrives.
#pragma once

#include <optional>
#include <string>

#include "core/event.h"
#include "core/gazetteer.h"
#include "store/store.h"

namespace kenes {

// The stored event `reported` (whose host is called `host_name`) reports again, if any: the best
// scored of its region's events within a day that may be the same meeting. Events read from
// `from_document` are left out (one release lists distinct meetings).
Result<std::optional<Id>> FindDuplicate(Transaction& tx, const Gazetteer& gazetteer, Event reported,
                                        const std::string& host_name,
                                        std::optional<Id> from_document = std::nullopt);

// As above, with the host's name read from the registry (`reported.host_organization_id`), after
// taking the lock of the meeting's region and day: two servers storing reports of one meeting at
// once then see each other's, the second after the first has written.
Result<std::optional<Id>> LockAndFindDuplicate(Transaction& tx, const Gazetteer& gazetteer,
                                               const Event& reported);

// Serializes the writes of meetings in one region on one day, the scope of the search above.
Status LockMeetingDay(Transaction& tx, const Gazetteer& gazetteer, const Event& event);

// Adds to `stored` what `reported` knows and it lacks: the figure, venue and host when it has
// none, the source address and language when it has none, and the audience, provisions and
// delegation it does not list yet. Nothing `stored` already says is replaced.
void AddMissingFacts(Event& stored, const Event& reported);

}  // namespace kenes
