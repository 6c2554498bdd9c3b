#include "server/analytics_routes.h"

#include "crypto/fingerprint.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"
#include "server/analytics_json.h"
#include "server/http_json.h"
#include "server/shared_answer.h"
#include "store/today.h"

namespace kenes::http {

Params AnalyticsParams(bool with_as_of) {
  Params params = {
      IdParam("campaign", "only this campaign's records"),
      DateParam("from", "from this day on"),
      DateParam("to", "up to this day"),
      CodeParam("region", "within this region or district (KATO code)"),
      TextParam("segment", "only this audience segment (its code)"),
  };
  if (with_as_of) params.push_back(DateParam("as_of", "the day counted as today"));
  return params;
}

AnalyticsRequest AnalyticsOf(const Call& call, std::optional<Date> today) {
  AnalyticsRequest out;
  out.filter.campaign_id = call.Integer("campaign");
  out.filter.from = call.Day("from");
  out.filter.to = call.Day("to");
  out.filter.region_code = call.Text("region");
  out.filter.segment = call.Text("segment");
  if (today) out.as_of = call.Day("as_of").value_or(*today);
  return out;
}

namespace {

using nlohmann::json;

// The analytics filters and then `more`.
Params AnalyticsAnd(Params more, bool with_as_of = false) {
  Params params = AnalyticsParams(with_as_of);
  params.insert(params.end(), more.begin(), more.end());
  return params;
}

template <class T, class F>
Result<Reply> JsonOf(const Result<T>& result, F&& to_json) {
  if (!result.ok()) return result.error();
  return Reply::Json(to_json(*result));
}

// The dashboard's entity tag: the feed cursor its figures stand at, and what was asked (filters
// and as_of). Equal tags, equal answers.
std::string DashboardTag(std::int64_t cursor, const AnalyticsRequest& request) {
  const std::string asked = ToJson(request.filter).dump() + request.as_of.ToString();
  return "\"d" + std::to_string(cursor) + "-" + Fingerprint(asked).substr(0, 16) + "\"";
}

// Whether If-None-Match names `tag` (a list, or "*").
bool NoneMatch(const httplib::Request& request, const std::string& tag) {
  const std::string header = request.get_header_value("If-None-Match");
  if (header.empty()) return false;
  if (header == "*") return true;
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t comma = header.find(',', start);
    if (comma == std::string::npos) comma = header.size();
    std::string item = header.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (item.starts_with("W/")) item.erase(0, 2);
    if (item == tag) return true;
    start = comma + 1;
  }
  return false;
}

Result<FigureReview> ReviewFromJson(const json& body) {
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
  FigureReview review;
  KENES_TRY(fields.Integer("event_id", review.event_id, true));
  KENES_TRY(fields.Text("attendance_text", review.attendance_text, true));
  KENES_TRY(fields.Enum("decision", review.decision, &ParseReviewDecision, true));
  KENES_TRY(fields.Text("note", review.note));
  KENES_TRY(fields.Finish());
  return review;
}

Result<std::vector<Venue>> VenuesFromJson(const json& body) {
  if (!body.is_array()) return Invalid("", "the body must be a JSON array of venues");
  std::vector<Venue> venues;
  for (std::size_t i = 0; i < body.size(); ++i) {
    KENES_ASSIGN(JsonFields fields, JsonFields::Of(body[i], "[" + std::to_string(i) + "]"));
    Venue venue;
    KENES_TRY(fields.Text("place_code", venue.place_code, true));
    KENES_TRY(fields.Text("name", venue.name, true));
    KENES_TRY(fields.Integer("capacity", venue.capacity, true));
    KENES_TRY(fields.Finish());
    venues.push_back(std::move(venue));
  }
  return venues;
}

// Polled every few seconds by every open dashboard: an unchanged campaign is a 304 that computes
// nothing, and identical requests at once share one computation.
void AddDashboard(Router& router, Ledger& ledger, analytics::Analytics& analytics) {
  router.Add(
      {"GET", "/api/v1/dashboard", Gate::kPublished,
       "The whole dashboard in one answer: events, attendance as value with range (flagged "
       "figures apart), unique reach exact and HyperLogLog, support with its Wilson 95% "
       "interval and sample size, themes, provisions, coverage with unvisited districts, "
       "events by region, day and segment; filters campaign, from, to, region, segment, "
       "as_of",
       Cost::kRevalidated, AnalyticsParams(true)},
      [&analytics, &ledger, &router,
       shared = std::make_shared<SharedAnswers>()](const Call& call) -> Result<Reply> {
        const AnalyticsRequest asked = AnalyticsOf(call, TodayInKazakhstan(ledger.clock()));
        KENES_ASSIGN(const std::int64_t version, analytics.Version());
        const std::string tag = DashboardTag(version, asked);
        if (NoneMatch(call.request, tag)) {
          return Reply::Empty(304).Header("ETag", tag).Header("Cache-Control", "private, no-cache");
        }
        return shared->Answer(tag, [&]() -> Reply {
          auto ticket = router.Admit(call.actor);
          if (!ticket.ok()) return Reply::Of(ticket.error()).Header("Retry-After", "2");
          auto dashboard = analytics.ComputeDashboard(asked.filter, asked.as_of);
          if (!dashboard.ok()) return Reply::Of(dashboard.error());
          return Reply::Json(ToJson(*dashboard, asked.as_of))
              .Header("ETag", tag)
              .Header("Cache-Control", "private, no-cache");
        });
      });
}

// The headline totals, open to an observer: from the mirror like the dashboard, so they are the
// dashboard's figures and cost milliseconds, never a scan of the store.
void AddStats(Router& router, analytics::Analytics& analytics) {
  router.Add({"GET", "/api/v1/stats", Gate::kPublished,
              "Campaign totals as the dashboard counts them: events, attendance as value with "
              "range (figures awaiting review apart), by region, check-ins, distinct people, "
              "feedback, coalition; filters campaign, from, to, region, segment",
              Cost::kCostly, AnalyticsParams()},
             [&analytics](const Call& call) {
               return JsonOf(analytics.ComputeStats(AnalyticsOf(call).filter),
                             [](const auto& stats) { return ToJson(stats); });
             });
}

void AddTotals(Router& router, analytics::Analytics& analytics) {
  router.Add({"GET", "/api/v1/analytics/totals", Gate::kPublished,
              "Events and attendance (value, low, high), optionally broken down by region, "
              "district, day, week, kind, segment, host_kind or speaker (by=)",
              Cost::kCostly,
              AnalyticsAnd({EnumParam("by", "what to break the totals down by",
                                      &analytics::ParseDimension, analytics::DimensionNames())})},
             [&analytics](const Call& call) -> Result<Reply> {
               const analytics::Filter filter = AnalyticsOf(call).filter;
               KENES_ASSIGN(const auto totals, analytics.ComputeTotals(filter));
               json out = ToJson(totals);
               out["filter"] = ToJson(filter);
               if (auto dimension = call.Enum<analytics::Dimension>("by")) {
                 KENES_ASSIGN(const auto rows, analytics.Breakdown(filter, *dimension));
                 json list = json::array();
                 for (const auto& row : rows) list.push_back(ToJson(row));
                 out["by"] = call.Text("by");
                 out["rows"] = std::move(list);
               }
               return Reply::Json(out);
             });
}

void AddReach(Router& router, analytics::Analytics& analytics) {
  router.Add({"GET", "/api/v1/analytics/reach", Gate::kPublished,
              "Distinct people from check-ins, exact and by HyperLogLog with its error, repeat "
              "attendance, reach against summed attendance; and each region's own reach",
              Cost::kCostly, AnalyticsParams()},
             [&analytics](const Call& call) -> Result<Reply> {
               const analytics::Filter filter = AnalyticsOf(call).filter;
               KENES_ASSIGN(const auto reach, analytics.ComputeReachWithRegions(filter));
               json out = ToJson(reach.whole);
               json list = json::array();
               for (const auto& [code, region] : reach.regions) {
                 json row = ToJson(region);
                 row["code"] = code;
                 list.push_back(std::move(row));
               }
               out["by_region"] = std::move(list);
               return Reply::Json(out);
             });
}

void AddThemeFeedback(Router& router, analytics::Analytics& analytics) {
  router.Add({"GET", "/api/v1/analytics/themes/{id}/feedback", Gate::kRecords,
              "The feedback of one theme (an id from /analytics/themes), nearest the theme's "
              "centre first, with the count of all that match; same filters, limit up to 1000",
              Cost::kCostly, AnalyticsAnd(PageParams())},
             [&analytics](const Call& call) {
               return JsonOf(
                   analytics.ListThemeFeedback(AnalyticsOf(call).filter, call.id(),
                                               static_cast<std::size_t>(call.Pagination().limit)),
                   [](const analytics::ThemeFeedback& found) {
                     json items = json::array();
                     for (const FeedbackItem& item : found.items) items.push_back(ToJson(item));
                     return json{{"theme",
                                  {{"id", found.members.id},
                                   {"name", found.members.name},
                                   {"terms", found.members.terms}}},
                                 {"total", found.members.total},
                                 {"items", std::move(items)}};
                   });
             });
}

// The parts of the dashboard, each on its own over the same filters.
void AddParts(Router& router, Ledger& ledger, analytics::Analytics& analytics) {
  router.Add({"GET", "/api/v1/analytics/support", Gate::kPublished,
              "Share of feedback that supports the provisions among feedback with a stance, with "
              "its Wilson 95% interval and sample size, overall, by region and by segment; not a "
              "representative poll",
              Cost::kCostly, AnalyticsParams()},
             [&analytics](const Call& call) {
               return JsonOf(analytics.ComputeSupport(AnalyticsOf(call).filter),
                             [](const auto& s) { return ToJson(s); });
             });
  router.Add({"GET", "/api/v1/analytics/themes", Gate::kPublished,
              "Themes of questions, opinions and proposals found automatically (stemming, "
              "TF-IDF, clustering): top terms, size, regions, examples; feedback per provision",
              Cost::kCostly, AnalyticsParams()},
             [&analytics](const Call& call) {
               return JsonOf(analytics.ComputeThemes(AnalyticsOf(call).filter),
                             [](const auto& t) { return ToJson(t); });
             });
  AddThemeFeedback(router, analytics);
  router.Add({"GET", "/api/v1/analytics/coverage", Gate::kPublished,
              "Districts and towns with no event yet, days since the last visit per district, "
              "attendance per 1,000 inhabitants where the population is known",
              Cost::kCostly, AnalyticsParams(true)},
             [&analytics, &ledger](const Call& call) {
               const AnalyticsRequest asked = AnalyticsOf(call, TodayInKazakhstan(ledger.clock()));
               return JsonOf(analytics.ComputeCoverage(asked.filter, asked.as_of),
                             [](const auto& c) { return ToJson(c, true); });
             });
  router.Add({"GET", "/api/v1/analytics/planning", Gate::kPublished,
              "Planned against held, by region and by delegation member (as_of sets today)",
              Cost::kCostly, AnalyticsParams(true)},
             [&analytics, &ledger](const Call& call) {
               const AnalyticsRequest asked = AnalyticsOf(call, TodayInKazakhstan(ledger.clock()));
               return JsonOf(analytics.ComputePlanning(asked.filter, asked.as_of),
                             [](const auto& p) { return ToJson(p); });
             });
  router.Add({"GET", "/api/v1/analytics/attribution", Gate::kPublished,
              "Events, attendance, reach and feedback per coalition member; the coalition's own "
              "figures count shared events and people once; its composition from the registry",
              Cost::kCostly, AnalyticsParams()},
             [&analytics](const Call& call) {
               return JsonOf(analytics.ComputeAttribution(AnalyticsOf(call).filter),
                             [](const auto& a) { return ToJson(a); });
             });
}

// Figures that look too large, and the reviews that settle them.
void AddPlausibility(Router& router, Ledger& ledger, analytics::Analytics& analytics) {
  router.Add({"GET", "/api/v1/analytics/plausibility", Gate::kRecords,
              "Attendance figures that exceed the host's headcount, the venue's capacity or the "
              "place's population, or repeat a collective within days: awaiting review first",
              Cost::kCostly, AnalyticsParams()},
             [&analytics](const Call& call) {
               return JsonOf(analytics.ListFlagged(AnalyticsOf(call).filter),
                             [](const auto& figures) {
                               json items = json::array();
                               for (const auto& figure : figures) items.push_back(ToJson(figure));
                               return json{{"items", std::move(items)}};
                             });
             });
  router.Add({"POST", "/api/v1/analytics/reviews", Gate::kReview,
              "Confirm or reject a flagged attendance figure: {event_id, attendance_text, "
              "decision: confirmed|rejected, note}"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json body, ReadJsonBody(call.request));
               KENES_ASSIGN(const FigureReview review, ReviewFromJson(body));
               KENES_ASSIGN(const FigureReview saved,
                            ledger.Write<FigureReview>(call.actor, [&](LedgerSession& session) {
                              return session.ReviewFigure(review);
                            }));
               return Reply::Json({{"event_id", saved.event_id},
                                   {"attendance_text", saved.attendance_text},
                                   {"decision", ReviewDecisionName(saved.decision)},
                                   {"note", saved.note},
                                   {"reviewed_at", saved.reviewed_at}},
                                  201);
             });
}

void AddVenues(Router& router, Ledger& ledger) {
  router.Add({"GET", "/api/v1/venues", Gate::kPublished, "List venue capacities"},
             [&ledger](const Call&) -> Result<Reply> {
               KENES_ASSIGN(const auto venues,
                            ledger.store().Read<std::vector<Venue>>(
                                [](Transaction& tx) { return tx.ListVenues(); }));
               json items = json::array();
               for (const Venue& venue : venues) {
                 items.push_back({{"place_code", venue.place_code},
                                  {"name", venue.name},
                                  {"capacity", venue.capacity}});
               }
               return Reply::Json(items);
             });
  router.Add({"PUT", "/api/v1/venues", Gate::kReview,
              "Add or replace venue capacities: [{place_code, name, capacity}]"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json body, ReadJsonBody(call.request));
               KENES_ASSIGN(const std::vector<Venue> venues, VenuesFromJson(body));
               KENES_TRY(ledger.PutVenues(venues));
               return Reply::Json({{"venues", venues.size()}});
             });
}

}  // namespace

void AddAnalyticsRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics) {
  AddDashboard(router, ledger, analytics);
  AddStats(router, analytics);
  AddTotals(router, analytics);
  AddReach(router, analytics);
  AddParts(router, ledger, analytics);
  AddPlausibility(router, ledger, analytics);
  AddVenues(router, ledger);
}

}  // namespace kenes::http
