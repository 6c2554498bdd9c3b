#include "server/audit_routes.h"

#include "ledger/audit_verify.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

json Parsed(const std::string& text) {
  if (text.empty()) return nullptr;
  json value = json::parse(text, nullptr, false);
  return value.is_discarded() ? json(text) : value;
}

// An entry as the API shows it; "changed" lists the fields an update changed, beyond the
// version and time stamps every change moves.
json EntryJson(const AuditEntry& entry) {
  json before = Parsed(entry.before), after = Parsed(entry.after);
  json changed = json::array();
  if (before.is_object() && after.is_object()) {
    for (auto it = after.begin(); it != after.end(); ++it) {
      if (it.key() == "version" || it.key() == "updated_at") continue;
      if (!before.contains(it.key()) || before[it.key()] != it.value()) changed.push_back(it.key());
    }
  }
  return {{"seq", entry.seq},          {"at", entry.at},
          {"actor", entry.actor},      {"action", entry.action},
          {"kind", entry.record_kind}, {"record_id", entry.record_id},
          {"before", before},          {"after", after},
          {"changed", changed},        {"prev_hash", entry.prev_hash},
          {"hash", entry.hash}};
}

json EntriesJson(const std::vector<AuditEntry>& entries, std::int64_t limit) {
  json items = json::array();
  for (const AuditEntry& entry : entries) items.push_back(EntryJson(entry));
  const bool more = static_cast<std::int64_t>(entries.size()) == limit && !entries.empty();
  return {{"items", items}, {"next_after", more ? json(entries.back().seq) : json()}};
}

Result<Reply> ListEntries(Ledger& ledger, const Call& call) {
  AuditFilter filter;
  filter.record_kind = call.Text("kind");
  filter.actor = call.Text("actor");
  filter.record_id = call.Integer("record");
  const Page page = call.Pagination();
  filter.after_seq = page.after;
  filter.limit = page.limit;
  KENES_ASSIGN(const auto entries, ledger.store().Read<std::vector<AuditEntry>>(
                                       [&](Transaction& tx) { return tx.ListAudit(filter); }));
  return Reply::Json(EntriesJson(entries, filter.limit));
}

}  // namespace

void AddAuditRoutes(Router& router, Ledger& ledger) {
  Params filters = {TextParam("kind", "only records of this kind (event, feedback...)"),
                    TextParam("actor", "only changes by this account"),
                    IdParam("record", "only changes of the record with this id")};
  for (Param& page : PageParams()) filters.push_back(std::move(page));
  router.Add({"GET", "/api/v1/audit", Gate::kAudit,
              "The audit log in order: who changed which record when, before and after; filters "
              "kind, record, actor",
              Cost::kCheap, std::move(filters)},
             [&ledger](const Call& call) { return ListEntries(ledger, call); });
  router.Add({"GET", "/api/v1/audit/verify", Gate::kAudit,
              "Check the audit log's hash chain; reports the first entry altered, removed or "
              "reordered",
              Cost::kCostly},
             [&ledger](const Call&) -> Result<Reply> {
               KENES_ASSIGN(const auto report, VerifyAuditLog(ledger.store()));
               json out = {{"ok", !report.problem},
                           {"entries", report.entries},
                           {"head", report.head ? json{{"seq", report.head->seq},
                                                       {"hash", report.head->hash}}
                                                : json()},
                           {"problem", json()}};
               if (const auto& problem = report.problem) {
                 out["problem"] = {{"kind", AuditBreakName(problem->kind)},
                                   {"seq", problem->seq},
                                   {"message", problem->message}};
               }
               return Reply::Json(out);
             });
  router.Add(
      {"GET", "/api/v1/events/{id}/history", Gate::kRecords,
       "The history of an event: every change of its figures, who made it and when", Cost::kCheap,
       PageParams()},
      [&ledger](const Call& call) -> Result<Reply> {
        const Page page = call.Pagination();
        AuditFilter filter;
        filter.record_kind = RecordKindName(RecordKind::kEvent);
        filter.record_id = call.id();
        filter.after_seq = page.after;
        filter.limit = page.limit;
        KENES_ASSIGN(const auto entries,
                     ledger.store().Read<std::vector<AuditEntry>>(
                         [&](Transaction& tx) { return tx.ListAudit(filter); }));
        if (entries.empty() && filter.after_seq == 0) {
          return NotFound("event " + std::string(call.request.matches[1]) + " has no history");
        }
        return Reply::Json(EntriesJson(entries, filter.limit));
      });
}

}  // namespace kenes::http
