#include "server/reference_routes.h"

#include "core/attendance.h"
#include "core/event.h"
#include "exchange/record_json.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// Searches by name, lists a place's children, or lists the regions when neither is asked.
Result<Reply> ListPlaces(Ledger& ledger, const Call& call) {
  const std::string text = call.Text("q");
  const std::string parent = call.Text("parent");
  const std::int64_t most = call.Integer("limit").value_or(20);
  if (most < 1 || most > 1000) return Invalid("limit", "must be 1 to 1000");

  const auto gazetteer = ledger.gazetteer();
  json items = json::array();
  if (call.Flag("all").value_or(false)) {
    // The whole gazetteer in one answer, for the copy the web interface searches offline.
    for (const Place& place : gazetteer->places()) items.push_back(ToJson(place));
  } else if (!text.empty()) {
    for (const Place* place : gazetteer->Search(text, static_cast<std::size_t>(most))) {
      items.push_back(ToJson(*place));
    }
  } else {
    for (const Place& place : gazetteer->places()) {
      const bool wanted =
          parent.empty() ? place.level == PlaceLevel::kRegion : place.parent_code == parent;
      if (wanted && static_cast<std::int64_t>(items.size()) < most) items.push_back(ToJson(place));
    }
  }
  return Reply::Json(items);
}

// A reference list read whole from the store, each item as its JSON.
template <class T, class List>
Result<Reply> ListAll(Ledger& ledger, List list) {
  KENES_ASSIGN(const std::vector<T> all, ledger.store().Read<std::vector<T>>(list));
  json items = json::array();
  for (const T& item : all) items.push_back(ToJson(item));
  return Reply::Json(items);
}

}  // namespace

void AddReferenceRoutes(Router& router, Ledger& ledger) {
  // A form shows what a typed figure will be read as before it is saved; the rules are the ones
  // an event's attendance is read by, and the per-event cap is checked the same way.
  router.Add({"GET",
              "/api/v1/attendance",
              Gate::kPublished,
              "Read an attendance phrase (text: \"около 300\") into qualifier, value and range, as "
              "an event would store it",
              Cost::kCostly,
              {TextParam("text", "the phrase, as a form would send it: \"около 300\"")}},
             [](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const Attendance attendance, ParseAttendance(call.Text("text")));
               if (attendance.high > kMaxEventAttendance) {
                 return Invalid("attendance", "'" + attendance.text + "' is more than " +
                                                  std::to_string(kMaxEventAttendance) +
                                                  " people at one event; check the figure");
               }
               return Reply::Json(ToJson(attendance));
             });
  router.Add({"GET",
              "/api/v1/places",
              Gate::kPublished,
              "Find places by name (q, in Russian or Kazakh, any case form), list a place's "
              "children (parent), or list the regions",
              Cost::kCheap,
              {TextParam("q", "a name or its beginning, in Russian or Kazakh, any case form"),
               CodeParam("parent", "list this place's children"),
               IntegerParam("limit", "how many at most, 1 to 1000; 20 unless given"),
               FlagParam("all", "the whole gazetteer, for a copy searched offline")}},
             [&ledger](const Call& call) { return ListPlaces(ledger, call); });
  router.Add({"GET", "/api/v1/places/{code}", Gate::kPublished, "Read one place by KATO code"},
             [&ledger](const Call& call) -> Result<Reply> {
               const auto gazetteer = ledger.gazetteer();
               const std::string code = call.Text("code");
               const Place* place = gazetteer->Find(code);
               if (!place) return NotFound("no place has code " + code);
               return Reply::Json(ToJson(*place));
             });
  router.Add({"GET", "/api/v1/segments", Gate::kPublished, "List the audience segments"},
             [&ledger](const Call&) {
               return ListAll<Segment>(ledger, [](Transaction& tx) { return tx.ListSegments(); });
             });
  router.Add({"GET", "/api/v1/provisions", Gate::kPublished,
              "List the provisions of the draft constitution"},
             [&ledger](const Call&) {
               return ListAll<Provision>(ledger,
                                         [](Transaction& tx) { return tx.ListProvisions(); });
             });
  router.Add({"GET", "/api/v1/campaigns", Gate::kPublished, "List campaigns"},
             [&ledger](const Call&) {
               return ListAll<Campaign>(ledger, [](Transaction& tx) { return tx.ListCampaigns(); });
             });
  router.Add({"PATCH", "/api/v1/campaigns/{id}", Gate::kAdmin, "Change a campaign's name or dates"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json patch, ReadJsonBody(call.request));
               const Id id = call.id();
               KENES_ASSIGN(const Campaign current,
                            ledger.store().Read<Campaign>(
                                [&](Transaction& tx) { return tx.GetCampaign(id); }));
               json merged = ToJson(current);
               merged.merge_patch(patch);
               merged["id"] = id;
               KENES_ASSIGN(const Campaign changed, CampaignFromJson(merged, JsonSource::kRecord));
               KENES_ASSIGN(const Campaign updated, ledger.UpdateCampaign(call.actor, changed));
               return Reply::Json(ToJson(updated));
             });
}

void AddHealthRoutes(Router& router, Ledger& ledger) {
  router.Add({"GET", "/api/v1/health", Gate::kPublic, "Whether the server and its database answer"},
             [&ledger](const Call&) -> Result<Reply> {
               KENES_TRY(ledger.store().Read([](Transaction& tx) -> Status {
                 KENES_TRY(tx.ListCampaigns());
                 return Ok();
               }));
               // Public, so it says which kind of store answers but not where it lives.
               const std::string store = ledger.store().Describe();
               return Reply::Json({{"status", "ok"}, {"store", store.substr(0, store.find(':'))}});
             });
}

}  // namespace kenes::http
