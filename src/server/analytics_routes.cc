#include "server/analytics_routes.h"

#include "crypto/fingerprint.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"
#include "server/analytics_json.h"
#include "server/http_json.h"
#include "server/shared_answer.h"
#include "store/today.h"

namespace kenes::http {

Result<AnalyticsRequest> ReadAnalyticsRequest(Query& query, std::optional<Date> today) {
  AnalyticsRequest out;
  KENES_ASSIGN(auto campaign, query.Integer("campaign"));
  KENES_ASSIGN(out.filter.from, query.Day("from"));
  KENES_ASSIGN(out.filter.to, query.Day("to"));
  KENES_ASSIGN(out.filter.region_code, query.PlaceCode("region"));
  out.filter.segment = query.Text("segment");
  out.filter.campaign_id = campaign;
  if (today) {
    out.as_of = *today;
    KENES_ASSIGN(auto as_of, query.Day("as_of"));
    if (as_of) out.as_of = *as_of;
  }
  return out;
}

namespace {

using nlohmann::json;

// Reads the request (and `extra` parameters through `read_extra`), refusing unknown parameters.
template <class Extra>
Result<AnalyticsRequest> Parse(const httplib::Request& request, std::optional<Date> today,
                               Extra&& read_extra) {
  Query query(request);
  auto parsed = ReadAnalyticsRequest(query, today);
  Status extra = read_extra(query);
  Status done = query.Finish();
  if (!parsed.ok()) return parsed.error();
  KENES_TRY(extra);
  KENES_TRY(done);
  return parsed;
}

Result<AnalyticsRequest> Parse(const httplib::Request& request, std::optional<Date> today) {
  return Parse(request, today, [](Query&) { return Ok(); });
}

template <class T, class F>
void Answer(httplib::Response& response, const Result<T>& result, F&& to_json) {
  if (!result.ok()) return SendError(response, result.error());
  SendJson(response, to_json(*result));
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

}  // namespace

void AddAnalyticsRoutes(Router& router, Ledger& ledger, analytics::Analytics& analytics) {
  router.Add(
      "GET", "/api/v1/dashboard", Gate::kPublished,
      "The whole dashboard in one answer: events, attendance as value with range (flagged "
      "figures apart), unique reach exact and HyperLogLog, support with its Wilson 95% "
      "interval and sample size, themes, provisions, coverage with unvisited districts, "
      "events by region, day and segment; filters campaign, from, to, region, segment, "
      "as_of",
      // Polled every few seconds by every open dashboard: an unchanged campaign is a 304 that
      // computes nothing, and identical requests at once share one computation.
      [&analytics, &ledger, &router, shared = std::make_shared<SharedAnswers>()](
          const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto parsed = Parse(request, TodayInKazakhstan(ledger.clock()));
        if (!parsed.ok()) return SendError(response, parsed.error());
        auto version = analytics.Version();
        if (!version.ok()) return SendError(response, version.error());
        const std::string tag = DashboardTag(*version, *parsed);
        if (NoneMatch(request, tag)) {
          response.status = 304;
          response.set_header("ETag", tag);
          response.set_header("Cache-Control", "private, no-cache");
          return;
        }
        shared->Answer(tag, response, [&](httplib::Response& computed) {
          auto ticket = router.Admit(actor);
          if (!ticket.ok()) {
            SendError(computed, ticket.error());
            computed.set_header("Retry-After", "2");
            return;
          }
          Answer(computed, analytics.ComputeDashboard(parsed->filter, parsed->as_of),
                 [&](const auto& d) { return ToJson(d, parsed->as_of); });
          if (computed.status == 200) {
            computed.set_header("ETag", tag);
            computed.set_header("Cache-Control", "private, no-cache");
          }
        });
      },
      Cost::kRevalidated);
  // The headline totals, open to an observer: from the mirror like the dashboard, so they are
  // the dashboard's figures and cost milliseconds, never a scan of the store.
  router.Add(
      "GET", "/api/v1/stats", Gate::kPublished,
      "Campaign totals as the dashboard counts them: events, attendance as value with range "
      "(figures awaiting review apart), by region, check-ins, distinct people, feedback, "
      "coalition; filters campaign, from, to, region, segment",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, std::nullopt);
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response, analytics.ComputeStats(parsed->filter),
               [](const auto& stats) { return ToJson(stats); });
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/totals", Gate::kPublished,
      "Events and attendance (value, low, high), optionally broken down by region, "
      "district, day, week, kind, segment, host_kind or speaker (by=)",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        std::string by;
        auto parsed = Parse(request, std::nullopt, [&](Query& query) {
          by = query.Text("by");
          return Ok();
        });
        if (!parsed.ok()) return SendError(response, parsed.error());
        auto totals = analytics.ComputeTotals(parsed->filter);
        if (!totals.ok()) return SendError(response, totals.error());
        json out = ToJson(*totals);
        out["filter"] = ToJson(parsed->filter);
        if (!by.empty()) {
          auto dimension = analytics::ParseDimension(by);
          if (!dimension.ok()) return SendError(response, dimension.error());
          auto rows = analytics.Breakdown(parsed->filter, *dimension);
          if (!rows.ok()) return SendError(response, rows.error());
          json list = json::array();
          for (const auto& row : *rows) list.push_back(ToJson(row));
          out["by"] = by;
          out["rows"] = std::move(list);
        }
        SendJson(response, out);
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/reach", Gate::kPublished,
      "Distinct people from check-ins, exact and by HyperLogLog with its error, repeat "
      "attendance, reach against summed attendance; and each region's own reach",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, std::nullopt);
        if (!parsed.ok()) return SendError(response, parsed.error());
        auto reach = analytics.ComputeReach(parsed->filter);
        if (!reach.ok()) return SendError(response, reach.error());
        auto regions = analytics.ReachByRegion(parsed->filter);
        if (!regions.ok()) return SendError(response, regions.error());
        json out = ToJson(*reach);
        json list = json::array();
        for (const auto& [code, region] : *regions) {
          json row = ToJson(region);
          row["code"] = code;
          list.push_back(std::move(row));
        }
        out["by_region"] = std::move(list);
        SendJson(response, out);
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/support", Gate::kPublished,
      "Share of feedback that supports the provisions among feedback with a stance, with "
      "its Wilson 95% interval and sample size, overall, by region and by segment; not a "
      "representative poll",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, std::nullopt);
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response, analytics.ComputeSupport(parsed->filter),
               [](const auto& s) { return ToJson(s); });
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/themes", Gate::kPublished,
      "Themes of questions, opinions and proposals found automatically (stemming, TF-IDF, "
      "clustering): top terms, size, regions, examples; feedback per provision",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, std::nullopt);
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response, analytics.ComputeThemes(parsed->filter),
               [](const auto& t) { return ToJson(t); });
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/themes/{id}/feedback", Gate::kRecords,
      "The feedback of one theme (an id from /analytics/themes), nearest the theme's "
      "centre first, with the count of all that match; same filters, limit up to 1000",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        std::int64_t limit = Page{}.limit;
        auto parsed = Parse(request, std::nullopt, [&](Query& query) -> Status {
          KENES_ASSIGN(const Page page, query.Pagination());
          limit = page.limit;
          return Ok();
        });
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response,
               analytics.ListThemeFeedback(parsed->filter, PathId(request),
                                           static_cast<std::size_t>(limit)),
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
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/coverage", Gate::kPublished,
      "Districts and towns with no event yet, days since the last visit per district, "
      "attendance per 1,000 inhabitants where the population is known",
      [&analytics, &ledger](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, TodayInKazakhstan(ledger.clock()));
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response, analytics.ComputeCoverage(parsed->filter, parsed->as_of),
               [](const auto& c) { return ToJson(c, true); });
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/planning", Gate::kPublished,
      "Planned against held, by region and by delegation member (as_of sets today)",
      [&analytics, &ledger](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, TodayInKazakhstan(ledger.clock()));
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response, analytics.ComputePlanning(parsed->filter, parsed->as_of),
               [](const auto& p) { return ToJson(p); });
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/attribution", Gate::kPublished,
      "Events, attendance, reach and feedback per coalition member; the coalition's own "
      "figures count shared events and people once; its composition from the registry",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, std::nullopt);
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response, analytics.ComputeAttribution(parsed->filter),
               [](const auto& a) { return ToJson(a); });
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/analytics/plausibility", Gate::kRecords,
      "Attendance figures that exceed the host's headcount, the venue's capacity or the "
      "place's population, or repeat a collective within days: awaiting review first",
      [&analytics](const httplib::Request& request, httplib::Response& response) {
        auto parsed = Parse(request, std::nullopt);
        if (!parsed.ok()) return SendError(response, parsed.error());
        Answer(response, analytics.ListFlagged(parsed->filter), [](const auto& figures) {
          json items = json::array();
          for (const auto& figure : figures) items.push_back(ToJson(figure));
          return json{{"items", std::move(items)}};
        });
      },
      Cost::kCostly);
  router.Add(
      "POST", "/api/v1/analytics/reviews", Gate::kReview,
      "Confirm or reject a flagged attendance figure: {event_id, attendance_text, "
      "decision: confirmed|rejected, note}",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto body = ReadJsonBody(request);
        if (!body.ok()) return SendError(response, body.error());
        auto review = ReviewFromJson(*body);
        if (!review.ok()) return SendError(response, review.error());
        auto saved = ledger.Write<FigureReview>(
            actor, [&](LedgerSession& session) { return session.ReviewFigure(*review); });
        if (!saved.ok()) return SendError(response, saved.error());
        SendJson(response,
                 {{"event_id", saved->event_id},
                  {"attendance_text", saved->attendance_text},
                  {"decision", ReviewDecisionName(saved->decision)},
                  {"note", saved->note},
                  {"reviewed_at", saved->reviewed_at}},
                 201);
      });
  router.Add("GET", "/api/v1/venues", Gate::kPublished, "List venue capacities",
             [&ledger](const httplib::Request&, httplib::Response& response) {
               auto venues = ledger.store().Read<std::vector<Venue>>(
                   [](Transaction& tx) { return tx.ListVenues(); });
               if (!venues.ok()) return SendError(response, venues.error());
               json items = json::array();
               for (const Venue& venue : *venues) {
                 items.push_back({{"place_code", venue.place_code},
                                  {"name", venue.name},
                                  {"capacity", venue.capacity}});
               }
               SendJson(response, items);
             });
  router.Add("PUT", "/api/v1/venues", Gate::kReview,
             "Add or replace venue capacities: [{place_code, name, capacity}]",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               auto body = ReadJsonBody(request);
               if (!body.ok()) return SendError(response, body.error());
               auto venues = VenuesFromJson(*body);
               if (!venues.ok()) return SendError(response, venues.error());
               Status saved = ledger.PutVenues(*venues);
               if (!saved.ok()) return SendError(response, saved.error());
               SendJson(response, {{"venues", venues->size()}});
             });
}

}  // namespace kenes::http
