#include "ledger/duplicates.h"

#include <algorithm>
#include <vector>

#include "core/same_meeting.h"

namespace kenes {
namespace {

template <class T>
void AddMissing(std::vector<T>& into, const std::vector<T>& from) {
  for (const T& item : from) {
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
  }
}

std::string HostNameOf(Transaction& tx, const Event& event) {
  if (!event.host_organization_id) return {};
  auto host = tx.GetOrganization(*event.host_organization_id);
  return host.ok() ? host->name : std::string();
}

}  // namespace

Result<std::optional<Id>> FindDuplicate(Transaction& tx, const Gazetteer& gazetteer, Event reported,
                                        const std::string& host_name,
                                        std::optional<Id> from_document) {
  const Place* region = gazetteer.RegionOf(reported.place_code);
  if (!region) return std::optional<Id>();
  const Place* district = gazetteer.DistrictOf(reported.place_code);
  reported.region_code = region->code;
  reported.district_code = district ? district->code : std::string();
  KENES_ASSIGN(std::vector<Event> nearby, tx.FindNearbyEvents({reported.date, 1, region->code}));
  const MeetingReport report{reported, MeetingName(reported, host_name)};
  std::optional<Id> best;
  double best_score = 0;
  for (const Event& stored : nearby) {
    if (from_document && stored.source_document_id == from_document) continue;
    if (reported.id != 0 && stored.id == reported.id) continue;
    const auto score =
        SameMeetingScore({stored, MeetingName(stored, HostNameOf(tx, stored))}, report);
    if (score && *score > best_score) {
      best = stored.id;
      best_score = *score;
    }
  }
  return best;
}

Result<std::optional<Id>> LockAndFindDuplicate(Transaction& tx, const Gazetteer& gazetteer,
                                               const Event& reported) {
  KENES_TRY(LockMeetingDay(tx, gazetteer, reported));
  return FindDuplicate(tx, gazetteer, reported, HostNameOf(tx, reported));
}

Status LockMeetingDay(Transaction& tx, const Gazetteer& gazetteer, const Event& event) {
  const Place* region = gazetteer.RegionOf(event.place_code);
  return tx.LockKey("meetings:" + (region ? region->code : event.place_code) + ":" +
                    event.date.ToString());
}

void AddMissingFacts(Event& stored, const Event& reported) {
  if (!stored.attendance) stored.attendance = reported.attendance;
  if (stored.venue.empty()) stored.venue = reported.venue;
  if (!stored.host_organization_id) stored.host_organization_id = reported.host_organization_id;
  if (stored.source_url.empty()) stored.source_url = reported.source_url;
  if (!stored.language) stored.language = reported.language;
  AddMissing(stored.audience, reported.audience);
  AddMissing(stored.provision_codes, reported.provision_codes);
  AddMissing(stored.delegation_ids, reported.delegation_ids);
}

}  // namespace kenes
