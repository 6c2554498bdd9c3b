#include "server/openapi.h"

#include "core/checkin_fields.h"
#include "core/document_fields.h"
#include "core/event_fields.h"
#include "core/feedback_fields.h"
#include "core/organization_fields.h"
#include "core/person_fields.h"
#include "server/described_schema.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// The schemas of the records as the API writes them; those of organizations, people, events,
// feedback, check-ins and documents are made from their fields (core/*_fields.h), with the parts
// written by hand here (Attendance, Membership, Position, Extraction). Inputs are the same objects
// without the fields kenes sets (id, version, timestamps, derived codes).
const char* const kSchemas = R"json({
  "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
    "required": ["code", "message"], "properties": {
      "code": {"type": "string", "enum": ["invalid", "not_found", "conflict", "too_large",
               "unsupported_media_type", "unavailable", "internal"]},
      "message": {"type": "string"}, "field": {"type": "string", "nullable": true}}}}},
  "Attendance": {"type": "object", "description": "A figure with its words and its range; send it as a phrase (\"около 300\"), a number, or this object. Rules in docs/attendance.md.",
    "properties": {"text": {"type": "string"}, "qualifier": {"type": "string", "enum": ["exact",
      "about", "order", "more_than", "at_least", "almost", "up_to", "less_than", "range", "vague"]},
      "value": {"type": "integer"}, "low": {"type": "integer"}, "high": {"type": "integer"}}},
  "Total": {"type": "object", "properties": {"value": {"type": "integer"}, "low": {"type": "integer"}, "high": {"type": "integer"}}},
  "Place": {"type": "object", "properties": {"code": {"type": "string", "pattern": "^[0-9]{9}$"},
    "name_ru": {"type": "string"}, "name_kk": {"type": "string"},
    "level": {"type": "string", "enum": ["region", "district", "okrug", "settlement"]},
    "kind": {"type": "string", "enum": ["region", "city", "district", "okrug", "settlement", "village"]},
    "parent_code": {"type": "string", "nullable": true}, "population": {"type": "integer", "nullable": true}}},
  "Membership": {"type": "object", "nullable": true, "description": "set when the organization is a coalition member",
    "required": ["joined_on"], "properties": {"campaign_id": {"type": "integer"},
    "joined_on": {"type": "string", "format": "date"}, "claimed_members": {"type": "integer", "nullable": true}}},
  "Position": {"type": "object", "required": ["title"], "properties": {
    "title": {"type": "string"}, "organization_id": {"type": "integer", "nullable": true},
    "from": {"type": "string", "format": "date", "nullable": true}, "to": {"type": "string", "format": "date", "nullable": true}}},
  "Campaign": {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
    "starts_on": {"type": "string", "format": "date"}, "ends_on": {"type": "string", "format": "date"},
    "vote_on": {"type": "string", "format": "date", "nullable": true}}},
  "Extraction": {"type": "object", "nullable": true, "description": "people, organizations, claims, dates and imprint read from the text, with byte spans; in GET /documents/{id} only"},
  "Draft": {"type": "object", "properties": {"id": {"type": "integer"}, "version": {"type": "integer"},
    "document_id": {"type": "integer"}, "ordinal": {"type": "integer"},
    "status": {"type": "string", "enum": ["pending", "confirmed", "rejected", "merged"]},
    "confidence": {"type": "number"}, "duplicate_of": {"type": "integer", "nullable": true},
    "event_id": {"type": "integer", "nullable": true},
    "proposal": {"type": "object", "description": "event: the event it would become (create form); speakers: [{name, title, person_id}]; host: {name, kind, organization_id}; extracted: the meeting as read, with byte spans into the document's text"}}},
  "Intake": {"type": "object", "properties": {"text": {"type": "string", "description": "the press release; or send it as text/plain"}, "title": {"type": "string"},
    "source_url": {"type": "string", "description": "where the text was published (http or https); each draft's event carries it; ?source_url= with text/plain"},
    "document": {"$ref": "#/components/schemas/Document"}, "drafts": {"type": "array", "items": {"$ref": "#/components/schemas/Draft"}}}},
  "Segment": {"type": "object", "properties": {"code": {"type": "string"}, "name_ru": {"type": "string"}, "name_kk": {"type": "string"}, "name_en": {"type": "string"}}},
  "Provision": {"type": "object", "properties": {"code": {"type": "string"}, "section": {"type": "string"}, "title_ru": {"type": "string"}, "title_kk": {"type": "string"}, "themes": {"type": "array", "items": {"type": "string"}}}},
  "Stats": {"type": "object", "description": "the dashboard's totals, from analytics", "properties": {"events": {"type": "integer"}, "events_planned": {"type": "integer"},
    "events_cancelled": {"type": "integer"}, "events_with_figure": {"type": "integer"}, "attendance": {"$ref": "#/components/schemas/Total"},
    "attendance_awaiting_review": {"type": "object", "properties": {"events": {"type": "integer"}, "value": {"type": "integer"}, "low": {"type": "integer"}, "high": {"type": "integer"}}},
    "attendance_rejected": {"type": "object", "properties": {"events": {"type": "integer"}, "value": {"type": "integer"}, "low": {"type": "integer"}, "high": {"type": "integer"}}},
    "by_region": {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"},
      "name_ru": {"type": "string"}, "name_kk": {"type": "string"}, "events": {"type": "integer"}, "events_with_figure": {"type": "integer"},
      "attendance": {"$ref": "#/components/schemas/Total"}, "events_awaiting_review": {"type": "integer"}}}},
    "feedback": {"type": "integer"}, "checkins": {"type": "integer"}, "distinct_participants": {"type": "integer"},
    "coalition": {"type": "object", "properties": {"members": {"type": "integer"}, "parties": {"type": "integer"}, "claimed_members": {"type": "integer"}}},
    "organizations": {"type": "integer"}, "people": {"type": "integer"}, "cursor": {"type": "integer"}}}
})json";

// The schema a path's records have, by its collection name.
std::string SchemaOf(const std::string& path) {
  if (path.ends_with("/history")) return "";
  static const std::pair<const char*, const char*> kCollections[] = {
      {"/organizations", "Organization"},
      {"/people", "Person"},
      {"/events", "Event"},
      {"/feedback", "Feedback"},
      {"/checkins", "CheckIn"},
      {"/places", "Place"},
      {"/segments", "Segment"},
      {"/provisions", "Provision"},
      {"/campaigns", "Campaign"},
      {"/stats", "Stats"},
  };
  for (const auto& [collection, schema] : kCollections) {
    if (path.find(collection) != std::string::npos) return schema;
  }
  return "";
}

json Schemas() {
  json schemas = json::parse(kSchemas);
  schemas["Event"] = SchemaFromFields(EventFields());
  schemas["Feedback"] = SchemaFromFields(FeedbackFields());
  schemas["Organization"] = SchemaFromFields(OrganizationFields());
  schemas["Person"] = SchemaFromFields(PersonFields());
  schemas["CheckIn"] = SchemaFromFields(CheckInFields());
  schemas["Document"] = SchemaFromFields(DocumentFields());
  // The intake answers a document with the drafts read from it.
  schemas["Document"]["properties"]["drafts"] = {
      {"type", "array"}, {"items", {{"$ref", "#/components/schemas/Draft"}}}};
  // The raw identifier is sent, never written back: kenes keeps only its keyed hash.
  schemas["CheckIn"]["properties"]["participant"] = {
      {"type", "string"},
      {"writeOnly", true},
      {"description", "IIN or phone; only its keyed hash is stored"}};
  return schemas;
}

json Ref(const std::string& schema) { return {{"$ref", "#/components/schemas/" + schema}}; }

json ErrorResponse(const std::string& description) {
  return {{"description", description},
          {"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
}

// A declared parameter (server/route_params.h) as OpenAPI describes one.
json ParameterJson(const Param& param, const char* in) {
  json schema;
  switch (param.type) {
    case ParamType::kId:
    case ParamType::kInteger:
      schema = {{"type", "integer"}};
      break;
    case ParamType::kCode:
      schema = {{"type", "string"}, {"pattern", "^[0-9]{9}$"}};
      break;
    case ParamType::kDate:
      schema = {{"type", "string"}, {"format", "date"}};
      break;
    case ParamType::kFlag:
      schema = {{"type", "boolean"}};
      break;
    case ParamType::kText:
    case ParamType::kEnum:
      schema = {{"type", "string"}};
      break;
  }
  if (!param.allowed.empty()) {
    schema["enum"] = json::array();
    for (std::string_view name : param.allowed) schema["enum"].push_back(name);
  }
  if (param.least) schema["minimum"] = *param.least;
  if (param.most) schema["maximum"] = *param.most;
  return {{"name", param.name},
          {"in", in},
          {"required", param.required},
          {"description", param.description},
          {"schema", schema}};
}

}  // namespace

json OpenApiDocument(const std::vector<RouteInfo>& routes) {
  json paths = json::object();
  for (const RouteInfo& route : routes) {
    json operation = {{"summary", route.summary}};
    json parameters = json::array();
    for (const Param& param : PathParams(route.path, route.params)) {
      parameters.push_back(ParameterJson(param, "path"));
    }
    for (const Param& param : route.params) {
      if (route.path.find("{" + param.name + "}") == std::string::npos) {
        parameters.push_back(ParameterJson(param, "query"));
      }
    }
    if (!parameters.empty()) operation["parameters"] = parameters;
    const std::string schema = SchemaOf(route.path);
    const bool one = route.path.find('{') != std::string::npos || route.method == "POST";
    json body = schema.empty() ? json{{"type", "object"}}
                : (one || route.path.ends_with("/stats"))
                    ? Ref(schema)
                    : json{{"type", "object"},
                           {"properties",
                            {{"items", {{"type", "array"}, {"items", Ref(schema)}}},
                             {"next_after", {{"type", "integer"}, {"nullable", true}}}}}};
    if (route.method == "POST" || route.method == "PATCH") {
      operation["requestBody"] = {
          {"required", true},
          {"content",
           {{"application/json", {{"schema", schema.empty() ? json::object() : Ref(schema)}}}}}};
    }
    json responses = json::object();
    const std::string ok = route.method == "POST"     ? "201"
                           : route.method == "DELETE" ? "204"
                                                      : "200";
    responses[ok] =
        route.method == "DELETE"
            ? json{{"description", "deleted"}}
            : json{{"description", "OK"}, {"content", {{"application/json", {{"schema", body}}}}}};
    responses["400"] = ErrorResponse("the request breaks a rule; field names where");
    if (one) responses["404"] = ErrorResponse("no such record");
    if (route.method != "GET") {
      responses["409"] = ErrorResponse("changed meanwhile, already there, or still referenced");
      responses["413"] = ErrorResponse("body too large");
      responses["415"] = ErrorResponse("body is not application/json");
    }
    // Who may call it: the gate by name, the roles it admits, and how to prove who you are.
    operation["x-kenes-access"] = GateName(route.gate);
    json roles = json::array();
    for (Role role :
         {Role::kAdmin, Role::kAnalyst, Role::kCoordinator, Role::kReporter, Role::kObserver}) {
      if (route.gate != Gate::kPublic && Admits(route.gate, role)) roles.push_back(RoleName(role));
    }
    if (route.gate == Gate::kPublic) {
      operation["security"] = json::array();
    } else {
      operation["x-kenes-roles"] = roles;
      operation["security"] = {{{"bearer", json::array()}}, {{"session", json::array()}}};
      responses["401"] = ErrorResponse("not signed in, or the token or session is not valid");
      responses["403"] = ErrorResponse(
          "the role or scope does not allow this, or a browser "
          "session sent no X-CSRF-Token");
    }
    operation["responses"] = responses;
    std::string method = route.method;
    for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    paths[route.path][method] = operation;
  }
  return {{"openapi", "3.0.3"},
          {"info",
           {{"title", "kenes API"},
            {"version", "1"},
            {"description",
             "The campaign ledger: coalition, people, places, events, attendance, feedback and "
             "check-ins of an explanatory campaign. Errors are {\"error\":{\"code\",\"message\","
             "\"field\"}}. Lists are paginated by id: pass next_after as ?after= for the next "
             "page."}}},
          {"paths", paths},
          {"components",
           {{"schemas", Schemas()},
            {"securitySchemes",
             {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}},
              {"session",
               {{"type", "apiKey"},
                {"in", "cookie"},
                {"name", "kenes_session"},
                {"description",
                 "set by POST /api/v1/login; requests that change something also send the "
                 "X-CSRF-Token header"}}}}}}}};
}

}  // namespace kenes::http
