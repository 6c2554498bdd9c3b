#include "extract/extraction_json.h"

namespace kenes::extract {
namespace {

using Json = nlohmann::ordered_json;

Json SpanJson(ByteSpan span) {
  if (span.empty()) return nullptr;
  return Json::array({span.begin.value(), span.end.value()});
}

Json Text(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

Json FigureJson(const Attendance& attendance) {
  return Json{{"text", attendance.text},
              {"qualifier", QualifierName(attendance.qualifier)},
              {"value", attendance.value},
              {"low", attendance.low},
              {"high", attendance.high}};
}

Json EventJson(const DraftEvent& event) {
  Json audience = Json::array();
  Json audience_spans = Json::object();
  for (const DraftAudience& a : event.audience) {
    audience.push_back(a.code);
    audience_spans[a.code] = SpanJson(a.span);
  }
  Json speakers = Json::array();
  Json speaker_spans = Json::object();
  for (const DraftSpeaker& s : event.speakers) {
    speakers.push_back(Json{{"name", s.name}, {"title", Text(s.title)}});
    speaker_spans[s.name] = SpanJson(s.span);
  }
  Json attendance = nullptr;
  if (event.attendance) attendance = FigureJson(event.attendance->attendance);
  return Json{{"kind", EventKindName(event.kind)},
              {"language", Text(std::string(LanguageCode(event.language)))},
              {"date", event.date ? Json(event.date->ToString()) : Json(nullptr)},
              {"settlement", Text(event.settlement)},
              {"district", Text(event.district)},
              {"region", Text(event.region)},
              {"place_code", Text(event.place_code)},
              {"venue", Text(event.venue)},
              {"host_organization", Text(event.host_organization)},
              {"organizations", event.organizations},
              {"audience", audience},
              {"attendance", attendance},
              {"speakers", speakers},
              {"span", SpanJson(event.span)},
              {"confidence", event.confidence},
              {"inherited", event.inherited},
              {"evidence", Json{{"kind", SpanJson(event.kind_span)},
                                {"date", SpanJson(event.date_span)},
                                {"place", SpanJson(event.place_span)},
                                {"region", SpanJson(event.region_span)},
                                {"venue", SpanJson(event.venue_span)},
                                {"host_organization", SpanJson(event.host_span)},
                                {"audience", audience_spans},
                                {"attendance", event.attendance ? SpanJson(event.attendance->span)
                                                                : Json(nullptr)},
                                {"speakers", speaker_spans}}}};
}

Json ImprintField(const std::optional<ImprintValue>& value) {
  return value ? Json(value->value) : Json(nullptr);
}

}  // namespace

nlohmann::ordered_json ToJson(const Extraction& extraction) {
  Json events = Json::array();
  for (const DraftEvent& event : extraction.events) events.push_back(EventJson(event));
  Json people = Json::array();
  for (const ExtractedPerson& person : extraction.people) {
    people.push_back(Json{
        {"name", person.name}, {"title", Text(person.title)}, {"span", SpanJson(person.span)}});
  }
  Json organizations = Json::array();
  for (const ExtractedOrganization& org : extraction.organizations) {
    organizations.push_back(Json{{"name", org.name},
                                 {"kind", OrgKindName(org.kind)},
                                 {"parent", Text(org.parent)},
                                 {"span", SpanJson(org.span)}});
  }
  Json claims = Json::array();
  for (const Claim& claim : extraction.claims) {
    claims.push_back(Json{{"figure", FigureJson(claim.figure)},
                          {"counted", claim.counted},
                          {"topic", ClaimTopicName(claim.topic)},
                          {"span", SpanJson(claim.span)}});
  }
  Json dates = Json::array();
  for (const ExtractedDate& date : extraction.dates) {
    dates.push_back(Json{{"date", date.date.ToString()}, {"span", SpanJson(date.span)}});
  }
  Json imprint = nullptr;
  if (extraction.imprint) {
    const Imprint& i = *extraction.imprint;
    imprint =
        Json{{"made_by", ImprintField(i.made_by)},
             {"ordered_by", ImprintField(i.ordered_by)},
             {"paid_by", ImprintField(i.paid_by)},
             {"evidence",
              Json{{"made_by", i.made_by ? SpanJson(i.made_by->span) : Json(nullptr)},
                   {"ordered_by", i.ordered_by ? SpanJson(i.ordered_by->span) : Json(nullptr)},
                   {"paid_by", i.paid_by ? SpanJson(i.paid_by->span) : Json(nullptr)}}}};
  }
  return Json{{"language", Text(std::string(LanguageCode(extraction.language)))},
              {"date", extraction.date ? Json(extraction.date->ToString()) : Json(nullptr)},
              {"region", Text(extraction.region)},
              {"region_code", Text(extraction.region_code)},
              {"events", events},
              {"people", people},
              {"organizations", organizations},
              {"claims", claims},
              {"dates", dates},
              {"imprint", imprint},
              {"source", extraction.from_markup ? "html" : "text"},
              {"evidence", Json{{"date", SpanJson(extraction.date_span)},
                                {"region", SpanJson(extraction.region_span)}}}};
}

}  // namespace kenes::extract
