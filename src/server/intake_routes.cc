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
  router.Add(
      "POST", "/api/v1/intake", Gate::kReport,
      "Take a press release in: store it and one draft event per meeting it describes",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto body = ReadIntakeBody(request);
        if (!body.ok()) return SendError(response, body.error());
        auto taken = TakeIn(ledger, actor, body->text, body->title,
                            TodayInKazakhstan(ledger.clock()), body->source_url);
        if (!taken.ok()) return SendError(response, taken.error());
        response.set_header("Location", "/api/v1/documents/" + std::to_string(taken->document.id));
        SendJson(
            response,
            {{"document", ToJson(taken->document, false)}, {"drafts", DraftsJson(taken->drafts)}},
            201);
      },
      Cost::kCostly);

  router.Add("GET", "/api/v1/documents", Gate::kRecords, "List the press releases taken in",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               Query query(request);
               auto page = query.Pagination();
               if (!page.ok()) return SendError(response, page.error());
               if (Status done = query.Finish(); !done.ok()) {
                 return SendError(response, done.error());
               }
               auto documents = ledger.store().Read<PageOf<SourceDocument>>(
                   [&](Transaction& tx) { return tx.ListDocuments(*page); });
               if (!documents.ok()) return SendError(response, documents.error());
               SendJson(response, PageJson(*documents, [](const SourceDocument& document) {
                          return ToJson(document, false);
                        }));
             });

  router.Add("GET", "/api/v1/documents/{id}", Gate::kRecords,
             "Read a press release: its text, what was read from it, and its drafts",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               const Id id = PathId(request);
               json out;
               Status read = ledger.store().Read([&](Transaction& tx) -> Status {
                 KENES_ASSIGN(SourceDocument document, tx.GetDocument(id));
                 DraftFilter filter;
                 filter.document_id = id;
                 filter.page.limit = Page::kMaxLimit;
                 KENES_ASSIGN(PageOf<Draft> drafts, tx.ListDrafts(filter));
                 out = ToJson(document, true);
                 out["drafts"] = DraftsJson(drafts.items);
                 return Ok();
               });
               if (!read.ok()) return SendError(response, read.error());
               SendJson(response, out);
             });

  router.Add("GET", "/api/v1/drafts", Gate::kRecords, "List drafts; filters document and status",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               Query query(request);
               DraftFilter filter;
               auto document = query.Integer("document");
               const std::string status = query.Text("status");
               auto page = query.Pagination();
               if (!document.ok()) return SendError(response, document.error());
               if (!page.ok()) return SendError(response, page.error());
               if (Status done = query.Finish(); !done.ok()) {
                 return SendError(response, done.error());
               }
               if (!status.empty()) {
                 auto parsed = ParseDraftStatus(status);
                 if (!parsed.ok()) return SendError(response, parsed.error());
                 filter.status = *parsed;
               }
               filter.document_id = *document;
               filter.page = *page;
               auto drafts = ledger.store().Read<PageOf<Draft>>(
                   [&](Transaction& tx) { return tx.ListDrafts(filter); });
               if (!drafts.ok()) return SendError(response, drafts.error());
               SendJson(response, PageJson(*drafts, [](const Draft& d) { return ToJson(d); }));
             });

  router.Add("GET", "/api/v1/drafts/{id}", Gate::kRecords, "Read one draft",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               auto draft = ledger.store().Read<Draft>(
                   [&](Transaction& tx) { return tx.GetDraft(PathId(request)); });
               if (!draft.ok()) return SendError(response, draft.error());
               SendJson(response, ToJson(*draft));
             });

  router.Add(
      "PATCH", "/api/v1/drafts/{id}", Gate::kReport,
      "Correct a draft: merge fields into its proposed event, replace speakers or host",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto patch = ReadJsonBody(request);
        if (!patch.ok()) return SendError(response, patch.error());
        auto draft = CorrectDraft(ledger, actor, PathId(request), *patch);
        if (!draft.ok()) return SendError(response, draft.error());
        SendJson(response, ToJson(*draft));
      });

  router.Add(
      "POST", "/api/v1/drafts/{id}/confirm", Gate::kReport,
      "Confirm a draft: it becomes an event ({\"as_new\": true} overrides a suspected "
      "duplicate)",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto body = OptionalBody(request);
        if (!body.ok()) return SendError(response, body.error());
        auto fields = JsonFields::Of(*body);
        if (!fields.ok()) return SendError(response, fields.error());
        std::int64_t as_new = 0;
        if (fields->Has("as_new")) {
          if (!(*body)["as_new"].is_boolean()) {
            return SendError(response, Invalid("as_new", "expected true or false"));
          }
          as_new = (*body)["as_new"].get<bool>();
          fields->Ignore("as_new");
        }
        if (Status done = fields->Finish(); !done.ok()) {
          return SendError(response, done.error());
        }
        auto event = ConfirmDraft(ledger, actor, PathId(request), as_new != 0);
        if (!event.ok()) return SendError(response, event.error());
        response.set_header("Location", "/api/v1/events/" + std::to_string(event->id));
        SendJson(response, ToJson(*event), 201);
      });

  router.Add(
      "POST", "/api/v1/drafts/{id}/reject", Gate::kReport, "Reject a draft",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto draft = RejectDraft(ledger, actor, PathId(request));
        if (!draft.ok()) return SendError(response, draft.error());
        SendJson(response, ToJson(*draft));
      });

  router.Add(
      "POST", "/api/v1/drafts/{id}/merge", Gate::kReport,
      "Merge a draft into the stored event it reports again ({\"event_id\": N} names "
      "another)",
      [&ledger](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto body = OptionalBody(request);
        if (!body.ok()) return SendError(response, body.error());
        auto fields = JsonFields::Of(*body);
        if (!fields.ok()) return SendError(response, fields.error());
        std::optional<std::int64_t> into;
        if (Status read = fields->Integer("event_id", into); !read.ok()) {
          return SendError(response, read.error());
        }
        if (Status done = fields->Finish(); !done.ok()) {
          return SendError(response, done.error());
        }
        auto event = MergeDraft(ledger, actor, PathId(request), into);
        if (!event.ok()) return SendError(response, event.error());
        SendJson(response, ToJson(*event));
      });
}

}  // namespace kenes::http
