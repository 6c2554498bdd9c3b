#include "server/intake_routes.h"

#include "exchange/intake_json.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"
#include "ledger/intake.h"
#include "server/http_json.h"
#include "store/today.h"

namespace kenes::http {
namespace {

using nlohmann::json;

struct IntakeBody {
  std::string text;
  std::string title;
  std::string source_url;
};

// The text to take in: a JSON body {"text", "title", "source_url"} or the text itself as
// text/plain, its title and address as ?title= and ?source_url=.
Result<IntakeBody> ReadIntakeBody(const httplib::Request& request) {
  if (request.body.size() > kMaxIntakeBytes + 4096) {
    return Error{ErrorCode::kTooLarge,
                 "the press release is " + std::to_string(request.body.size()) +
                     " bytes; the limit is " + std::to_string(kMaxIntakeBytes),
                 "text"};
  }
  const std::string type = request.get_header_value("Content-Type");
  if (type.rfind("text/plain", 0) == 0) {
    return IntakeBody{request.body, request.get_param_value("title"),
                      request.get_param_value("source_url")};
  }
  if (type.rfind("application/json", 0) != 0) {
    return Error{ErrorCode::kUnsupported,
                 "send the press release as text/plain, or as JSON {\"text\": ...}",
                 "Content-Type"};
  }
  KENES_ASSIGN(json body, ParseJsonText(request.body, "body"));
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
  IntakeBody read;
  KENES_TRY(fields.Text("text", read.text, true));
  KENES_TRY(fields.Text("title", read.title));
  KENES_TRY(fields.Text("source_url", read.source_url));
  KENES_TRY(fields.Finish());
  return read;
}

// An optional JSON body: empty means {}.
Result<json> OptionalBody(const httplib::Request& request) {
  if (request.body.empty()) return json::object();
  return ReadJsonBody(request);
}

json DraftsJson(const std::vector<Draft>& drafts) {
  json items = json::array();
  for (const Draft& draft : drafts) items.push_back(ToJson(draft));
  return items;
}

}  // namespace

void AddIntakeRoutes(Router& router, Ledger& ledger) {
  router.Add({"POST",
              "/api/v1/intake",
              Gate::kReport,
              "Take a press release in: store it and one draft event per meeting it describes",
              Cost::kCostly,
              {TextParam("title", "the release's title, when its text is sent as text/plain"),
               TextParam("source_url",
                         "the address the release was published at, when its text "
                         "is sent as text/plain")}},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const auto body, ReadIntakeBody(call.request));
               KENES_ASSIGN(const auto taken,
                            TakeIn(ledger, call.actor, body.text, body.title,
                                   TodayInKazakhstan(ledger.clock()), body.source_url));
               return Reply::Json({{"document", ToJson(taken.document, false)},
                                   {"drafts", DraftsJson(taken.drafts)}},
                                  201)
                   .Header("Location", "/api/v1/documents/" + std::to_string(taken.document.id));
             });

  router.Add({"GET", "/api/v1/documents", Gate::kRecords, "List the press releases taken in",
              Cost::kCheap, PageParams()},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const auto documents,
                            ledger.store().Read<PageOf<SourceDocument>>([&](Transaction& tx) {
                              return tx.ListDocuments(call.Pagination());
                            }));
               return Reply::Json(PageJson(documents, [](const SourceDocument& document) {
                 return ToJson(document, false);
               }));
             });

  router.Add({"GET", "/api/v1/documents/{id}", Gate::kRecords,
              "Read a press release: its text, what was read from it, and its drafts"},
             [&ledger](const Call& call) -> Result<Reply> {
               const Id id = call.id();
               json out;
               KENES_TRY(ledger.store().Read([&](Transaction& tx) -> Status {
                 KENES_ASSIGN(SourceDocument document, tx.GetDocument(id));
                 DraftFilter filter;
                 filter.document_id = id;
                 filter.page.limit = Page::kMaxLimit;
                 KENES_ASSIGN(PageOf<Draft> drafts, tx.ListDrafts(filter));
                 out = ToJson(document, true);
                 out["drafts"] = DraftsJson(drafts.items);
                 return Ok();
               }));
               return Reply::Json(out);
             });

  Params draft_filters = {
      IdParam("document", "only the drafts of this press release"),
      EnumParam("status", "only drafts with this status", &ParseDraftStatus, DraftStatusNames())};
  for (Param& page : PageParams()) draft_filters.push_back(std::move(page));
  router.Add({"GET", "/api/v1/drafts", Gate::kRecords, "List drafts; filters document and status",
              Cost::kCheap, std::move(draft_filters)},
             [&ledger](const Call& call) -> Result<Reply> {
               DraftFilter filter;
               filter.document_id = call.Integer("document");
               filter.status = call.Enum<DraftStatus>("status");
               filter.page = call.Pagination();
               KENES_ASSIGN(const auto drafts,
                            ledger.store().Read<PageOf<Draft>>(
                                [&](Transaction& tx) { return tx.ListDrafts(filter); }));
               return Reply::Json(PageJson(drafts, [](const Draft& d) { return ToJson(d); }));
             });

  router.Add({"GET", "/api/v1/drafts/{id}", Gate::kRecords, "Read one draft"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const Draft draft, ledger.store().Read<Draft>([&](Transaction& tx) {
                 return tx.GetDraft(call.id());
               }));
               return Reply::Json(ToJson(draft));
             });

  router.Add({"PATCH", "/api/v1/drafts/{id}", Gate::kReport,
              "Correct a draft: merge fields into its proposed event, replace speakers or host"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json patch, ReadJsonBody(call.request));
               KENES_ASSIGN(const Draft draft, CorrectDraft(ledger, call.actor, call.id(), patch));
               return Reply::Json(ToJson(draft));
             });

  router.Add({"POST", "/api/v1/drafts/{id}/confirm", Gate::kReport,
              "Confirm a draft: it becomes an event ({\"as_new\": true} overrides a suspected "
              "duplicate)"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json body, OptionalBody(call.request));
               KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
               bool as_new = false;
               if (fields.Has("as_new")) {
                 if (!body["as_new"].is_boolean()) {
                   return Invalid("as_new", "expected true or false");
                 }
                 as_new = body["as_new"].get<bool>();
                 fields.Ignore("as_new");
               }
               KENES_TRY(fields.Finish());
               KENES_ASSIGN(const Event event, ConfirmDraft(ledger, call.actor, call.id(), as_new));
               return Reply::Json(ToJson(event), 201)
                   .Header("Location", "/api/v1/events/" + std::to_string(event.id));
             });

  router.Add({"POST", "/api/v1/drafts/{id}/reject", Gate::kReport, "Reject a draft"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const Draft draft, RejectDraft(ledger, call.actor, call.id()));
               return Reply::Json(ToJson(draft));
             });

  router.Add({"POST", "/api/v1/drafts/{id}/merge", Gate::kReport,
              "Merge a draft into the stored event it reports again ({\"event_id\": N} names "
              "another)"},
             [&ledger](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json body, OptionalBody(call.request));
               KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
               std::optional<std::int64_t> into;
               KENES_TRY(fields.Integer("event_id", into));
               KENES_TRY(fields.Finish());
               KENES_ASSIGN(const Event event, MergeDraft(ledger, call.actor, call.id(), into));
               return Reply::Json(ToJson(event));
             });
}

}  // namespace kenes::http
