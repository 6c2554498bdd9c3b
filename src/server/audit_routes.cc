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

void ListEntries(Ledger& ledger, const httplib::Request& request, httplib::Response& response) {
  Query query(request);
  AuditFilter filter;
  filter.record_kind = query.Text("kind");
  filter.actor = query.Text("actor");
  auto record = query.Integer("record");
  auto page = query.Pagination();
  for (const Status& status : {record.ok() ? Ok() : Status(record.error()),
                               page.ok() ? Ok() : Status(page.error()), query.Finish()}) {
    if (!status.ok()) return SendError(response, status.error());
  }
  filter.record_id = *record;
  filter.after_seq = page->after;
  filter.limit = page->limit;
  auto entries = ledger.store().Read<std::vector<AuditEntry>>(
      [&](Transaction& tx) { return tx.ListAudit(filter); });
  if (!entries.ok()) return SendError(response, entries.error());
  SendJson(response, EntriesJson(*entries, filter.limit));
}

}  // namespace

void AddAuditRoutes(Router& router, Ledger& ledger) {
  router.Add("GET", "/api/v1/audit", Gate::kAudit,
             "The audit log in order: who changed which record when, before and after; filters "
             "kind, record, actor",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               ListEntries(ledger, request, response);
             });
  router.Add(
      "GET", "/api/v1/audit/verify", Gate::kAudit,
      "Check the audit log's hash chain; reports the first entry altered, removed or "
      "reordered",
      [&ledger](const httplib::Request& request, httplib::Response& response) {
        if (Status params = Query(request).Finish(); !params.ok()) {
          return SendError(response, params.error());
        }
        auto report = VerifyAuditLog(ledger.store());
        if (!report.ok()) return SendError(response, report.error());
        json out = {
            {"ok", !report->problem},
            {"entries", report->entries},
            {"head", report->head ? json{{"seq", report->head->seq}, {"hash", report->head->hash}}
                                  : json()},
            {"problem", json()}};
        if (const auto& problem = report->problem) {
          out["problem"] = {{"kind", AuditBreakName(problem->kind)},
                            {"seq", problem->seq},
                            {"message", problem->message}};
        }
        SendJson(response, out);
      },
      Cost::kCostly);
  router.Add("GET", "/api/v1/events/{id}/history", Gate::kRecords,
             "The history of an event: every change of its figures, who made it and when",
             [&ledger](const httplib::Request& request, httplib::Response& response) {
               Query query(request);
               auto page = query.Pagination();
               if (!page.ok()) return SendError(response, page.error());
               if (Status done = query.Finish(); !done.ok()) {
                 return SendError(response, done.error());
               }
               AuditFilter filter;
               filter.record_kind = "event";
               filter.record_id = PathId(request);
               filter.after_seq = page->after;
               filter.limit = page->limit;
               auto entries = ledger.store().Read<std::vector<AuditEntry>>(
                   [&](Transaction& tx) { return tx.ListAudit(filter); });
               if (!entries.ok()) return SendError(response, entries.error());
               if (entries->empty() && filter.after_seq == 0) {
                 return SendError(response, NotFound("event " + std::string(request.matches[1]) +
                                                     " has no history"));
               }
               SendJson(response, EntriesJson(*entries, filter.limit));
             });
}

}  // namespace kenes::http
