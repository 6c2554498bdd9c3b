// kenes claims check: a text's claims held against the ledger, as POST /api/v1/claims/check
// answers them (analytics/claim_check.h).
#include <cstdio>

#include "analytics/claim_check.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "extract/extractor.h"
#include "ledger/files.h"
#include "store/today.h"

namespace kenes::cli {

void AddClaims(CLI::App& app, int& exit_code) {
  auto* claims = app.add_subcommand("claims", "Campaign claims against the ledger (check)");
  claims->require_subcommand(1);
  auto* check = claims->add_subcommand(
      "check",
      "Print each claim of a text with its verdict (supported, not_supported, not_checkable), "
      "the ledger's figure behind it and why");
  auto database = std::make_shared<DatabaseOptions>();
  AddDatabaseOptions(*check, *database);
  auto region = std::make_shared<std::string>();
  auto file = std::make_shared<std::string>();
  check->add_option("--region", *region, "only the figures of this region (a KATO code)");
  check->add_option("file", *file, "the text (- for standard input)")->required();
  check->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    // As large a text as the API takes, so both answer the same.
    KENES_ASSIGN(std::string text, ReadTextFile(*file, std::size_t{2} << 20));
    const Date today = TodayInKazakhstan(SystemClock());
    auto extraction = extract::Extract(text, *open.ledger->gazetteer(), {.reference_date = today});
    if (!extraction.ok()) return WithContext(extraction.error(), *file);
    analytics::Analytics analytics(*open.store);
    analytics::Filter filter;
    filter.region_code = *region;
    KENES_ASSIGN(const analytics::LedgerFigures figures,
                 analytics::GatherFigures(analytics, filter, today));
    const auto checked = analytics::CheckClaims(text, *extraction, figures);
    if (checked.empty()) std::printf("no claims found\n");
    for (const analytics::CheckedClaim& claim : checked) {
      std::printf("%-13s %s\n", std::string(analytics::VerdictName(claim.verdict)).c_str(),
                  claim.text.c_str());
      if (!claim.figure.empty()) std::printf("  figure: %s\n", claim.figure.c_str());
      std::printf("  why:    %s\n", claim.why.c_str());
    }
    return Ok();
  }));
}

}  // namespace kenes::cli
