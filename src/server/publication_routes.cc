#include "server/publication_routes.h"

#include "exchange/json_fields.h"
#include "publish/publication_export.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// A publication with the texts approved before, oldest first.
json WithVersions(const Publication& publication, const std::vector<PublicationVersion>& kept) {
  json out = ToJson(publication);
  json versions = json::array();
  for (const PublicationVersion& version : kept) versions.push_back(ToJson(version));
  out["approved_versions"] = std::move(versions);
  return out;
}

// The body of approve and publish: {"version": N}, the version the caller read.
Result<Version> ReadVersion(const httplib::Request& request) {
  KENES_ASSIGN(json body, ReadJsonBody(request));
  KENES_ASSIGN(JsonFields fields, JsonFields::Of(body));
  Version version = 0;
  KENES_TRY(fields.Integer("version", version, true));
  KENES_TRY(fields.Finish());
  return version;
}

void SendPublication(httplib::Response& response, const Result<Publication>& publication,
                     int status = 200) {
  if (!publication.ok()) return SendError(response, publication.error());
  SendJson(response, ToJson(*publication), status);
}

}  // namespace

void AddPublicationRoutes(Router& router, Ledger& ledger, publish::PublicationDesk& desk) {
  router.Add("GET", "/api/v1/publications", Gate::kRecords,
             "List publications; filters status (draft, approved, published), region, event; "
             "paginated",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               Query query(request);
               PublicationFilter filter;
               const std::string status = query.Text("status");
               auto region = query.PlaceCode("region");
               auto event = query.Integer("event");
               auto page = query.Pagination();
               if (Status done = query.Finish(); !done.ok())
                 return SendError(response, done.error());
               if (!status.empty()) {
                 auto parsed = ParsePublicationStatus(status);
                 if (!parsed.ok()) return SendError(response, parsed.error());
                 filter.status = *parsed;
               }
               if (!region.ok()) return SendError(response, region.error());
               if (!event.ok()) return SendError(response, event.error());
               if (!page.ok()) return SendError(response, page.error());
               filter.region_code = *region;
               filter.event_id = *event;
               filter.page = *page;
               auto listed = ledger.store().Read<PageOf<Publication>>(
                   [&](Transaction& tx) { return tx.ListPublications(filter); });
               if (!listed.ok()) return SendError(response, listed.error());
               SendJson(response,
                        PageJson(*listed, [](const Publication& p) { return ToJson(p); }));
             });
  router.Add(
      "POST", "/api/v1/publications", Gate::kReport,
      "Write a release from confirmed events: {\"events\":[ids], \"language\":\"ru\"|\"kk\", "
      "\"imprint\":{made_by, ordered_by, paid_by}} → 201 with id, title, text, status, events; "
      "a figure awaiting review, an event not held or out of the writer's reach is refused",
      [&desk](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto body = ReadJsonBody(request);
        if (!body.ok()) return SendError(response, body.error());
        auto parsed = PublicationRequestFromJson(*body);
        if (!parsed.ok()) return SendError(response, parsed.error());
        SendPublication(response, desk.Write(actor, *parsed), 201);
      },
      Cost::kCostly);
  router.Add(
      "GET", "/api/v1/publications/{id}", Gate::kRecords,
      "Read one publication with its approved versions; format=txt, html or pdf downloads it, "
      "imprint included",
      [&ledger](const httplib::Request& request, httplib::Response& response) {
        const Id id = PathId(request);
        Query query(request);
        const std::string format_name = query.Text("format");
        if (Status done = query.Finish(); !done.ok()) return SendError(response, done.error());
        std::optional<publish::ExportFormat> format;
        if (!format_name.empty()) {
          auto parsed = publish::ParseExportFormat(format_name);
          if (!parsed.ok()) return SendError(response, parsed.error());
          format = *parsed;
        }
        std::vector<PublicationVersion> versions;
        auto publication =
            ledger.store().Read<Publication>([&](Transaction& tx) -> Result<Publication> {
              KENES_ASSIGN(versions, tx.ListPublicationVersions(id));
              return tx.GetPublication(id);
            });
        if (!publication.ok()) return SendError(response, publication.error());
        if (!format) return SendJson(response, WithVersions(*publication, versions));
        auto bytes = publish::Export(*publication, *format);
        if (!bytes.ok()) return SendError(response, bytes.error());
        response.set_header("Content-Disposition",
                            "attachment; filename=\"publication-" + std::to_string(id) + "-v" +
                                std::to_string(publication->text_version) + "." +
                                std::string(publish::FileExtension(*format)) + "\"");
        response.set_content(*bytes, std::string(publish::ContentType(*format)));
      },
      Cost::kCostly);
  router.Add(
      "PATCH", "/api/v1/publications/{id}", Gate::kReport,
      "Change a publication's title, text or imprint: {\"version\", \"title\"?, "
      "\"text\"?, \"imprint\"?}; an approved one becomes a draft of its next version",
      [&desk](const httplib::Request& request, httplib::Response& response, const Actor& actor) {
        auto body = ReadJsonBody(request);
        if (!body.ok()) return SendError(response, body.error());
        auto change = PublicationChangeFromJson(*body);
        if (!change.ok()) return SendError(response, change.error());
        SendPublication(response, desk.Change(actor, PathId(request), *change));
      });
  for (const auto& [verb, what] :
       {std::pair<std::string, std::string>{"approve",
                                            "Approve a draft: {\"version\"}; records who, when "
                                            "and the SHA-256 of its text as exported"},
        std::pair<std::string, std::string>{
            "publish", "Mark an approved publication published: {\"version\"}"}}) {
    const bool approve = verb == "approve";
    router.Add("POST", "/api/v1/publications/{id}/" + verb, Gate::kReview, what,
               [&desk, approve](const httplib::Request& request, httplib::Response& response,
                                const Actor& actor) {
                 auto version = ReadVersion(request);
                 if (!version.ok()) return SendError(response, version.error());
                 const Id id = PathId(request);
                 SendPublication(response, approve ? desk.Approve(actor, id, *version)
                                                   : desk.Publish(actor, id, *version));
               });
  }
}

}  // namespace kenes::http
