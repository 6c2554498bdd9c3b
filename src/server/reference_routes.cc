#include "server/reference_routes.h"

#include "core/attendance.h"
#include "core/event.h"
#include "exchange/record_json.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// Searches by name, lists a place's children, or lists the regions when neither is asked.
void ListPlaces(Ledger& ledger, const httplib::Request& request, httplib::Response& response) {
  Query query(request);
  const std::string text = query.Text("q");
  auto parent = query.PlaceCode("parent");
  auto limit = query.Integer("limit");
  auto all = query.Flag("all");
  Status done = query.Finish();
  if (!parent.ok()) return SendError(response, parent.error());
  if (!limit.ok()) return SendError(response, limit.error());
  if (!all.ok()) return SendError(response, all.error());
  if (!done.ok()) return SendError(response, done.error());
  const std::int64_t most = limit->value_or(20);
  if (most < 1 || most > 1000) return SendError(response, Invalid("limit", "must be 1 to 1000"));

  const auto gazetteer = ledger.gazetteer();
  json items = json::array();
  if (all->value_or(false)) {
    // The whole gazetteer in one answer, for the copy the web interface searches offline.
    for (const Place& place : gazetteer->places()) items.push_back(ToJson(place));
  } else if (!text.empty()) {
    for (const Place* place : gazetteer->Search(text, static_cast<std::size_t>(most))) {
      items.push_back(ToJson(*place));
    }
  } else {
    for (const Place& place : gazetteer->places()) {
      const bool wanted =
          parent->empty() ? place.level == PlaceLevel::kRegion : place.parent_code == *parent;
      if (wanted && static_cast<std::int64_t>(items.size()) < most) items.push_back(ToJson(place));
    }
  }
  SendJson(response, items);
}

}  // namespace

void AddReferenceRoutes(Router& router, Ledger& ledger) {
  // A form shows what a typed figure will be read as before it is saved; the rules are the ones
  // an event's attendance is read by, and the per-event cap is checked the same way.
  router.Add(
      "GET", "/api/v1/attendance", Gate::kPublished,
      "Read an attendance phrase (text: \"около 300\") into qualifier, value and range, as "
      "an event would store it",
      [](const httplib::Request& request, httplib::Response& response) {
        Query query(request);
        const std::string text = query.Text("text");
        if (Status done = query.Finish(); !done.ok()) {
          return SendError(response, done.error());
        }
        auto attendance = ParseAttendance(text);
        if (!attendance.ok()) return SendError(response, attendance.error());
        if (attendance->high > kMaxEventAttendance) {
          return SendError(response,
                           Invalid("attendance", "'" + attendance->text + "' is more than " +
                                                     std::to_string(kMaxEventAttendance) +
                                                     " people at one event; check the figure"));
        }
        SendJson(response, ToJson(*attendance));
      },
      Cost::kCostly);
  router.Add("GET", "/api/v1/places", Gate::kPublished,
             "Find places by name (q, in Russian or Kazakh, any case form), list a place's "
             "children (parent), or list the regions",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               ListPlaces(ledger, request, response);
             });
  router.Add("GET", "/api/v1/places/{code}", Gate::kPublished, "Read one place by KATO code",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               const auto gazetteer = ledger.gazetteer();
               const std::string code = request.matches[1];
               const Place* place = gazetteer->Find(code);
               if (!place) return SendError(response, NotFound("no place has code " + code));
               SendJson(response, ToJson(*place));
             });
  router.Add("GET", "/api/v1/segments", Gate::kPublished, "List the audience segments",
             [&ledger](const httplib::Request&, httplib::Response& response) {
               auto segments = ledger.store().Read<std::vector<Segment>>(
                   [](Transaction& tx) { return tx.ListSegments(); });
               if (!segments.ok()) return SendError(response, segments.error());
               json items = json::array();
               for (const Segment& segment : *segments) items.push_back(ToJson(segment));
               SendJson(response, items);
             });
  router.Add("GET", "/api/v1/provisions", Gate::kPublished,
             "List the provisions of the draft constitution",
             [&ledger](const httplib::Request&, httplib::Response& response) {
               auto provisions = ledger.store().Read<std::vector<Provision>>(
                   [](Transaction& tx) { return tx.ListProvisions(); });
               if (!provisions.ok()) return SendError(response, provisions.error());
               json items = json::array();
               for (const Provision& provision : *provisions) items.push_back(ToJson(provision));
               SendJson(response, items);
             });
  router.Add("GET", "/api/v1/campaigns", Gate::kPublished, "List campaigns",
             [&ledger](const httplib::Request&, httplib::Response& response) {
               auto campaigns = ledger.store().Read<std::vector<Campaign>>(
                   [](Transaction& tx) { return tx.ListCampaigns(); });
               if (!campaigns.ok()) return SendError(response, campaigns.error());
               json items = json::array();
               for (const Campaign& campaign : *campaigns) items.push_back(ToJson(campaign));
               SendJson(response, items);
             });
  router.Add(
      "PATCH", "/api/v1/campaigns/{id}", Gate::kAdmin, "Change a campaign's name or dates",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto patch = ReadJsonBody(request);
        if (!patch.ok()) return SendError(response, patch.error());
        const Id id = PathId(request);
        auto current =
            ledger.store().Read<Campaign>([&](Transaction& tx) { return tx.GetCampaign(id); });
        if (!current.ok()) return SendError(response, current.error());
        json merged = ToJson(*current);
        merged.merge_patch(*patch);
        merged["id"] = id;
        auto changed = CampaignFromJson(merged, JsonSource::kRecord);
        if (!changed.ok()) return SendError(response, changed.error());
        auto updated = ledger.UpdateCampaign(actor, *changed);
        if (!updated.ok()) return SendError(response, updated.error());
        SendJson(response, ToJson(*updated));
      });
}

void AddHealthRoutes(Router& router, Ledger& ledger) {
  router.Add("GET", "/api/v1/health", Gate::kPublic, "Whether the server and its database answer",
             [&ledger](const httplib::Request&, httplib::Response& response) {
               Status alive = ledger.store().Read([](Transaction& tx) -> Status {
                 KENES_TRY(tx.ListCampaigns());
                 return Ok();
               });
               if (!alive.ok()) return SendError(response, alive.error());
               // Public, so it says which kind of store answers but not where it lives.
               const std::string store = ledger.store().Describe();
               SendJson(response, {{"status", "ok"}, {"store", store.substr(0, store.find(':'))}});
             });
}

}  // namespace kenes::http
