// kenes audit verify, kenes audit log: checking and reading the audit log.
#include <cstdio>

#include "cli/commands.h"
#include "cli/context.h"
#include "ledger/audit_verify.h"

namespace kenes::cli {
namespace {

// Exit code of a verify that found the chain broken: distinct from a failure to run at all.
constexpr int kChainBroken = 2;

void AddVerify(CLI::App& parent, int& exit_code) {
  auto database = std::make_shared<DatabaseOptions>();
  auto anchor = std::make_shared<std::string>();
  auto* command = parent.add_subcommand(
      "verify",
      "Check the audit log's hash chain: exit 0 when it holds, 2 with the first entry altered, "
      "removed or reordered");
  command->add_option("--db", database->db, "database file")->capture_default_str();
  command->add_option("--anchor", *anchor,
                      "SEQ:HASH printed by an earlier verify and kept elsewhere: the log must "
                      "still hold that entry unchanged");
  command->callback(CommandWithExitCode(exit_code, [=]() -> Result<int> {
    std::optional<AuditHead> expected;
    if (!anchor->empty()) {
      KENES_ASSIGN(expected, ParseAuditAnchor(*anchor));
    }
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    KENES_ASSIGN(AuditReport report, VerifyAuditLog(*open.store, expected));
    if (report.problem) {
      std::printf("BROKEN at entry %lld (%s): %s\n", static_cast<long long>(report.problem->seq),
                  std::string(AuditBreakName(report.problem->kind)).c_str(),
                  report.problem->message.c_str());
      return kChainBroken;
    }
    std::printf("the audit log holds: %lld entries, each linked to the one before\n",
                static_cast<long long>(report.entries));
    if (report.head) {
      std::printf(
          "head %lld:%s\n(keep this line somewhere kenes cannot change it; pass it as --anchor "
          "later to prove nothing up to here was rewritten)\n",
          static_cast<long long>(report.head->seq), report.head->hash.c_str());
    }
    return 0;
  }));
}

void AddLog(CLI::App& parent, int& exit_code) {
  auto database = std::make_shared<DatabaseOptions>();
  auto filter = std::make_shared<AuditFilter>();
  auto record = std::make_shared<std::int64_t>(0);
  auto* command = parent.add_subcommand("log", "Print audit entries, oldest first");
  command->add_option("--db", database->db, "database file")->capture_default_str();
  command->add_option("--kind", filter->record_kind, "event, feedback, checkin, user, ...");
  command->add_option("--record", *record, "the record's id");
  command->add_option("--actor", filter->actor, "who acted");
  command->add_option("--after", filter->after_seq, "entries after this one");
  command->add_option("--limit", filter->limit, "at most this many")->capture_default_str();
  command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    if (*record) filter->record_id = *record;
    KENES_ASSIGN(std::vector<AuditEntry> entries,
                 open.store->Read<std::vector<AuditEntry>>(
                     [&](Transaction& tx) { return tx.ListAudit(*filter); }));
    for (const AuditEntry& entry : entries) {
      std::printf("%lld %s %s %s %s %lld\n  before %s\n  after  %s\n",
                  static_cast<long long>(entry.seq), entry.at.c_str(), entry.actor.c_str(),
                  entry.action.c_str(), entry.record_kind.c_str(),
                  static_cast<long long>(entry.record_id),
                  entry.before.empty() ? "-" : entry.before.c_str(),
                  entry.after.empty() ? "-" : entry.after.c_str());
    }
    return Ok();
  }));
}

}  // namespace

void AddAudit(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("audit", "Check and read the audit log");
  command->require_subcommand(1);
  AddVerify(*command, exit_code);
  AddLog(*command, exit_code);
}

}  // namespace kenes::cli
