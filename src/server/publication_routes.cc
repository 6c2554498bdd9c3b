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

Result<Reply> PublicationReply(const Result<Publication>& publication, int status = 200) {
  if (!publication.ok()) return publication.error();
  return Reply::Json(ToJson(*publication), status);
}

Result<Reply> ListPublications(Ledger& ledger, const Call& call) {
  PublicationFilter filter;
  filter.status = call.Enum<PublicationStatus>("status");
  filter.region_code = call.Text("region");
  filter.event_id = call.Integer("event");
  filter.page = call.Pagination();
  KENES_ASSIGN(const auto listed, ledger.store().Read<PageOf<Publication>>([&](Transaction& tx) {
    return tx.ListPublications(filter);
  }));
  return Reply::Json(PageJson(listed, [](const Publication& p) { return ToJson(p); }));
}

// One publication as JSON, or as a file to download in the format asked.
Result<Reply> ReadPublication(Ledger& ledger, const Call& call) {
  const Id id = call.id();
  std::vector<PublicationVersion> versions;
  KENES_ASSIGN(const Publication publication,
               ledger.store().Read<Publication>([&](Transaction& tx) -> Result<Publication> {
                 KENES_ASSIGN(versions, tx.ListPublicationVersions(id));
                 return tx.GetPublication(id);
               }));
  const auto format = call.Enum<publish::ExportFormat>("format");
  if (!format) return Reply::Json(WithVersions(publication, versions));
  KENES_ASSIGN(std::string bytes, publish::Export(publication, *format));
  return Reply::Bytes(std::move(bytes), std::string(publish::ContentType(*format)))
      .Header("Content-Disposition", "attachment; filename=\"publication-" + std::to_string(id) +
                                         "-v" + std::to_string(publication.text_version) + "." +
                                         std::string(publish::FileExtension(*format)) + "\"");
}

}  // namespace

void AddPublicationRoutes(Router& router, Ledger& ledger, publish::PublicationDesk& desk) {
  Params filters = {EnumParam("status", "only publications with this status",
                              &ParsePublicationStatus, PublicationStatusNames()),
                    CodeParam("region", "only this region's"),
                    IdParam("event", "only those about this event")};
  for (Param& page : PageParams()) filters.push_back(std::move(page));
  router.Add({"GET", "/api/v1/publications", Gate::kRecords,
              "List publications; filters status (draft, approved, published), region, event; "
              "paginated",
              Cost::kCheap, std::move(filters)},
             [&ledger](const Call& call) { return ListPublications(ledger, call); });
  router.Add(
      {"POST", "/api/v1/publications", Gate::kReport,
       "Write a release from confirmed events: {\"events\":[ids], \"language\":\"ru\"|\"kk\", "
       "\"imprint\":{made_by, ordered_by, paid_by}} → 201 with id, title, text, status, events; "
       "a figure awaiting review, an event not held or out of the writer's reach is refused",
       Cost::kCostly},
      [&desk](const Call& call) -> Result<Reply> {
        KENES_ASSIGN(const json body, ReadJsonBody(call.request));
        KENES_ASSIGN(const auto parsed, PublicationRequestFromJson(body));
        return PublicationReply(desk.Write(call.actor, parsed), 201);
      });
  router.Add({"GET",
              "/api/v1/publications/{id}",
              Gate::kRecords,
              "Read one publication with its approved versions; format=txt, html or pdf "
              "downloads it, imprint included",
              Cost::kCostly,
              {EnumParam("format", "the publication as a file of this format",
                         &publish::ParseExportFormat, publish::ExportFormatNames())}},
             [&ledger](const Call& call) { return ReadPublication(ledger, call); });
  router.Add({"PATCH", "/api/v1/publications/{id}", Gate::kReport,
              "Change a publication's title, text or imprint: {\"version\", \"title\"?, "
              "\"text\"?, \"imprint\"?}; an approved one becomes a draft of its next version"},
             [&desk](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json body, ReadJsonBody(call.request));
               KENES_ASSIGN(const auto change, PublicationChangeFromJson(body));
               return PublicationReply(desk.Change(call.actor, call.id(), change));
             });
  for (const auto& [verb, what] :
       {std::pair<std::string, std::string>{"approve",
                                            "Approve a draft: {\"version\"}; records who, when "
                                            "and the SHA-256 of its text as exported"},
        std::pair<std::string, std::string>{
            "publish", "Mark an approved publication published: {\"version\"}"}}) {
    const bool approve = verb == "approve";
    router.Add({"POST", "/api/v1/publications/{id}/" + verb, Gate::kReview, what},
               [&desk, approve](const Call& call) -> Result<Reply> {
                 KENES_ASSIGN(const Version version, ReadVersion(call.request));
                 const Id id = call.id();
                 return PublicationReply(approve ? desk.Approve(call.actor, id, version)
                                                 : desk.Publish(call.actor, id, version));
               });
  }
}

}  // namespace kenes::http
