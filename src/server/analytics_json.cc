#include "server/analytics_json.h"

#include <cmath>

#include "analytics/claim_words.h"
#include "core/organization.h"
#include "exchange/record_json.h"
#include "exchange/vote_results.h"

namespace kenes::http {
namespace {

using nlohmann::json;

json Counted(std::int64_t events, const AttendanceTotal& total) {
  return {{"events", events}, {"value", total.value}, {"low", total.low}, {"high", total.high}};
}

json PlaceJson(const analytics::PlaceRef& place) {
  return {{"code", place.code},
          {"name_ru", place.name_ru},
          {"name_kk", place.name_kk},
          {"region_code", place.region_code}};
}

json PlanJson(const analytics::PlanRow& row) {
  return {{"key", row.key},
          {"label", row.label},
          {"planned", row.planned},
          {"overdue", row.overdue},
          {"held", row.held},
          {"cancelled", row.cancelled},
          {"completion", row.completion}};
}

json MemberJson(const analytics::MemberFigures& member) {
  return {{"organization_id", member.organization_id ? json(member.organization_id) : json()},
          {"name", member.name},
          {"kind", member.organization_id ? json(OrgKindName(member.kind)) : json()},
          {"claimed_members", member.claimed_members ? json(*member.claimed_members) : json()},
          {"events", member.events},
          {"attendance", ToJson(member.attendance)},
          {"reach", member.reach},
          {"feedback", member.feedback}};
}

}  // namespace

json ToJson(const analytics::Filter& filter) {
  return {{"campaign", filter.campaign_id ? json(*filter.campaign_id) : json()},
          {"from", filter.from ? json(filter.from->ToString()) : json()},
          {"to", filter.to ? json(filter.to->ToString()) : json()},
          {"region", filter.region_code.empty() ? json() : json(filter.region_code)},
          {"segment", filter.segment.empty() ? json() : json(filter.segment)}};
}

json ToJson(const analytics::Totals& totals) {
  return {{"events", totals.events_held},
          {"events_planned", totals.events_planned},
          {"events_cancelled", totals.events_cancelled},
          {"events_with_figure", totals.events_with_figure},
          {"attendance", ToJson(totals.attendance)},
          {"attendance_awaiting_review", Counted(totals.events_flagged, totals.attendance_flagged)},
          {"attendance_rejected", Counted(totals.events_rejected, totals.attendance_rejected)}};
}

json ToJson(const analytics::BreakdownRow& row) {
  return {{"key", row.key},
          {"name_ru", row.label},
          {"name_kk", row.label_kk},
          {"events", row.events},
          {"events_with_figure", row.events_with_figure},
          {"attendance", ToJson(row.attendance)},
          {"events_awaiting_review", row.events_flagged}};
}

json ToJson(const analytics::Reach& reach) {
  return {{"distinct", reach.distinct},
          {"estimate", std::llround(reach.estimate)},
          {"estimate_error", reach.estimate_error},
          {"checkins", reach.checkins},
          {"repeaters", reach.repeaters},
          {"repeat_rate", reach.repeat_rate},
          {"events_with_checkins", reach.events_with_checkins},
          {"attendance_at_checked_events", ToJson(reach.attendance_at_checked_events)}};
}

json ToJson(const analytics::SupportRow& row) {
  const auto& s = row.stances;
  return {{"key", row.key},
          {"name_ru", row.label},
          {"share", row.support ? json(row.support->share) : json()},
          {"low", row.support ? json(row.support->low) : json()},
          {"high", row.support ? json(row.support->high) : json()},
          {"n", row.n},
          {"supports", s[static_cast<int>(Stance::kSupports)]},
          {"neutral", s[static_cast<int>(Stance::kNeutral)]},
          {"opposes", s[static_cast<int>(Stance::kOpposes)]},
          {"unclear", s[static_cast<int>(Stance::kUnclear)]}};
}

json ToJson(const analytics::Support& support) {
  json out = ToJson(support.overall);
  out.erase("key");
  out.erase("name_ru");
  out["confidence"] = 0.95;
  out["method"] = "wilson";
  out["note"] = analytics::kSupportCaveat;
  out["note_ru"] = analytics::kSupportCaveatRu;
  json regions = json::array();
  for (const auto& row : support.by_region) regions.push_back(ToJson(row));
  json segments = json::array();
  for (const auto& row : support.by_segment) segments.push_back(ToJson(row));
  out["by_region"] = std::move(regions);
  out["by_segment"] = std::move(segments);
  return out;
}

json ToJson(const analytics::ThemeSummary& theme) {
  json regions = json::array();
  for (const auto& region : theme.regions) {
    regions.push_back(
        {{"code", region.code}, {"name_ru", region.name_ru}, {"items", region.items}});
  }
  json examples = json::array();
  for (const auto& example : theme.examples) {
    examples.push_back({{"id", example.feedback_id}, {"text", example.text}});
  }
  return {{"id", theme.id},
          {"name", theme.name},
          {"terms", theme.terms},
          {"size", theme.size},
          {"share", theme.share},
          {"regions", std::move(regions)},
          {"examples", std::move(examples)}};
}

json ToJson(const analytics::Themes& themes) {
  json list = json::array();
  for (const auto& theme : themes.themes) list.push_back(ToJson(theme));
  json provisions = json::array();
  for (const auto& provision : themes.provisions) {
    provisions.push_back({{"code", provision.code},
                          {"title_ru", provision.title_ru},
                          {"feedback", provision.items}});
  }
  return {{"feedback", themes.items},
          {"unthemed", themes.unthemed},
          {"themes", std::move(list)},
          {"provisions", std::move(provisions)}};
}

json ToJson(const analytics::Coverage& coverage, bool with_places) {
  json unvisited = json::array();
  for (const auto& place : coverage.unvisited_districts) unvisited.push_back(PlaceJson(place));
  json towns = json::array();
  for (const auto& place : coverage.unvisited_towns) towns.push_back(PlaceJson(place));
  json out = {{"as_of", coverage.as_of.ToString()},
              {"districts", coverage.districts.size()},
              {"districts_visited", coverage.districts_visited},
              {"unvisited_districts", std::move(unvisited)},
              {"towns", coverage.towns},
              {"towns_visited", coverage.towns_visited},
              {"unvisited_towns", std::move(towns)}};
  if (!with_places) return out;
  const auto rows = [](const std::vector<analytics::PlaceCoverage>& places) {
    json list = json::array();
    for (const auto& place : places) {
      list.push_back(
          {{"code", place.code},
           {"name_ru", place.name_ru},
           {"name_kk", place.name_kk},
           {"region_code", place.region_code},
           {"events", place.events},
           {"attendance", ToJson(place.attendance)},
           {"last_visit", place.last_visit ? json(place.last_visit->ToString()) : json()},
           {"days_since_last_visit",
            place.days_since_last_visit ? json(*place.days_since_last_visit) : json()},
           {"population", place.population ? json(*place.population) : json()},
           {"attendance_per_1000", place.per_1000 ? json{{"value", place.per_1000->value},
                                                         {"low", place.per_1000->low},
                                                         {"high", place.per_1000->high}}
                                                  : json()}});
    }
    return list;
  };
  out["by_region"] = rows(coverage.regions);
  out["by_district"] = rows(coverage.districts);
  return out;
}

json ToJson(const analytics::FlaggedFigure& figure) {
  json reasons = json::array();
  for (const auto& reason : figure.reasons) {
    json entry = {{"code", reason.code}, {"message", reason.message}};
    if (reason.limit) entry["limit"] = reason.limit;
    if (reason.repeat_of) entry["repeat_of"] = reason.repeat_of;
    reasons.push_back(std::move(entry));
  }
  return {{"event_id", figure.event_id},
          {"date", figure.date.ToString()},
          {"region_code", figure.region_code},
          {"place_code", figure.place_code},
          {"attendance", ToJson(figure.attendance)},
          {"state", analytics::FigureStateName(figure.state)},
          {"reasons", std::move(reasons)}};
}

json ToJson(const analytics::Planning& planning) {
  json regions = json::array();
  for (const auto& row : planning.by_region) regions.push_back(PlanJson(row));
  json members = json::array();
  for (const auto& row : planning.by_member) members.push_back(PlanJson(row));
  json total = PlanJson(planning.total);
  total.erase("key");
  total.erase("label");
  return {{"as_of", planning.today.ToString()},
          {"total", std::move(total)},
          {"by_region", std::move(regions)},
          {"by_member", std::move(members)}};
}

json ToJson(const analytics::Attribution& attribution) {
  json kinds = json::array();
  for (const auto& kind : attribution.composition.by_kind) {
    kinds.push_back({{"kind", OrgKindName(kind.kind)},
                     {"members", kind.members},
                     {"claimed_members", kind.claimed_members}});
  }
  json members = json::array();
  for (const auto& member : attribution.members) members.push_back(MemberJson(member));
  json coalition = MemberJson(attribution.coalition);
  coalition.erase("organization_id");
  coalition.erase("kind");
  coalition.erase("claimed_members");
  coalition["reach_summed_over_members"] = attribution.reach_summed_over_members;
  coalition["events_shared"] = attribution.events_shared;
  return {{"composition",
           {{"members", attribution.composition.members},
            {"parties", attribution.composition.parties},
            {"claimed_members", attribution.composition.claimed_members},
            {"by_kind", std::move(kinds)}}},
          {"coalition", std::move(coalition)},
          {"members", std::move(members)}};
}

json ToJson(const analytics::Dashboard& dashboard, Date as_of) {
  json out = ToJson(dashboard.totals);
  // The headline's total in the strongest words true for its whole range, as the report's "what
  // the campaign can say" table has it; English has no such words, the interface shows the range.
  const AttendanceTotal& attendance = dashboard.totals.attendance;
  out["attendance_words"] = {
      {"ru", analytics::StateTotal(attendance.low, attendance.high, analytics::Words::kRussian)},
      {"kk", analytics::StateTotal(attendance.low, attendance.high, analytics::Words::kKazakh)}};
  out["filter"] = ToJson(dashboard.filter);
  out["as_of"] = as_of.ToString();
  out["cursor"] = dashboard.cursor;
  out["reach"] = ToJson(dashboard.reach);
  json support = ToJson(dashboard.support);
  support.erase("by_segment");
  out["support"] = std::move(support);
  json themes = ToJson(dashboard.themes);
  out["feedback"] = themes["feedback"];
  out["themes"] = std::move(themes["themes"]);
  out["themes_unthemed"] = themes["unthemed"];
  out["provisions"] = std::move(themes["provisions"]);
  out["coverage"] = ToJson(dashboard.coverage, false);
  for (const auto& [name, rows] :
       {std::pair{"by_region", &dashboard.by_region}, std::pair{"by_day", &dashboard.by_day},
        std::pair{"by_segment", &dashboard.by_segment}}) {
    json list = json::array();
    for (const auto& row : *rows) list.push_back(ToJson(row));
    out[name] = std::move(list);
  }
  return out;
}

json ToJson(const analytics::Stats& stats) {
  json out = ToJson(stats.totals);
  json regions = json::array();
  for (const analytics::BreakdownRow& row : stats.by_region) {
    json region = ToJson(row);
    region.erase("key");
    region["code"] = row.key;
    regions.push_back(std::move(region));
  }
  out["by_region"] = std::move(regions);
  out["feedback"] = stats.feedback;
  out["checkins"] = stats.checkins;
  out["distinct_participants"] = stats.distinct_participants;
  out["coalition"] = {{"members", stats.coalition.members},
                      {"parties", stats.coalition.parties},
                      {"claimed_members", stats.coalition.claimed_members}};
  out["organizations"] = stats.organizations;
  out["people"] = stats.people;
  out["cursor"] = stats.cursor;
  return out;
}

namespace {

template <class T>
json OrNull(const std::optional<T>& value) {
  return value ? json(*value) : json();
}

json IntervalJson(const std::optional<analytics::Interval>& interval) {
  if (!interval) return json();
  return {{"share", interval->share}, {"low", interval->low}, {"high", interval->high}};
}

json AfterVoteRowJson(const analytics::AfterVoteRow& row) {
  json rate;
  if (const auto& r = row.attendance_per_1000_eligible) {
    rate = {{"value", r->value}, {"low", r->low}, {"high", r->high}};
  }
  return {{"code", row.code},
          {"name_ru", row.name_ru},
          {"name_kk", row.name_kk},
          {"region_code", row.region_code},
          {"events", row.events},
          {"population", OrNull(row.population)},
          {"events_per_10k", OrNull(row.events_per_10k)},
          {"attendance", ToJson(row.attendance)},
          {"attendance_per_1000_eligible", rate},
          {"distinct", row.distinct},
          {"feedback", row.feedback},
          {"support", IntervalJson(row.support)},
          {"result", row.result ? VoteResultJson(*row.result) : json()},
          {"turnout", OrNull(row.turnout)},
          {"for_share", OrNull(row.for_share)},
          {"gap", OrNull(row.gap)}};
}

}  // namespace

json ToJson(const analytics::AfterVote& after) {
  json regions = json::array();
  for (const auto& row : after.regions) regions.push_back(AfterVoteRowJson(row));
  json districts = json::array();
  for (const auto& row : after.districts) districts.push_back(AfterVoteRowJson(row));
  const analytics::RankCorrelation& r = after.intensity_turnout;
  const analytics::Calibration& c = after.calibration;
  return {{"country",
           {{"result", after.country ? VoteResultJson(*after.country) : json()},
            {"turnout", OrNull(after.turnout)},
            {"for_share", OrNull(after.for_share)}}},
          {"regions", std::move(regions)},
          {"districts", std::move(districts)},
          {"regions_total", after.regions.size()},
          {"regions_with_events", after.regions_with_events},
          {"regions_with_results", after.regions_with_results},
          {"correlation",
           {{"x", "events_per_10k"},
            {"y", "turnout"},
            {"n", r.n},
            {"rho", OrNull(r.rho)},
            {"low", OrNull(r.low)},
            {"high", OrNull(r.high)},
            {"resamples", r.resamples},
            {"seed", r.seed},
            {"caveat", analytics::kAssociationCaveat}}},
          {"calibration",
           {{"support", IntervalJson(c.support)},
            {"for_share", OrNull(c.for_share)},
            {"gap", OrNull(c.gap)},
            {"inside", c.inside},
            {"regions", c.regions},
            {"mean_abs_gap", OrNull(c.mean_abs_gap)},
            {"caveat", analytics::kSupportCaveat}}}};
}

}  // namespace kenes::http
