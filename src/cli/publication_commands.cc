// kenes publication: releases written from confirmed events (write), the register (list), and a
// publication downloaded with its imprint (export), as /api/v1/publications does them.
#include <cstdio>
#include <sstream>

#include "cli/commands.h"
#include "cli/context.h"
#include "publish/publication_desk.h"
#include "publish/publication_export.h"
#include "report/files.h"

namespace kenes::cli {
namespace {

// "12,15,18" as ids; an error names --events.
Result<std::vector<Id>> ParseIds(const std::string& text) {
  std::vector<Id> ids;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty() || item.find_first_not_of("0123456789") != std::string::npos ||
        item.size() > 18) {
      return Invalid("--events", "'" + item + "' is not an event id: expected ids like 12,15");
    }
    ids.push_back(std::stoll(item));
  }
  if (ids.empty()) return Invalid("--events", "is empty: name at least one confirmed event");
  return ids;
}

void PrintRow(const Publication& p) {
  std::printf("%lld\t%s\t%s\tv%d\t%s\t%s\n", static_cast<long long>(p.id),
              std::string(PublicationStatusName(p.status)).c_str(),
              std::string(PublicationLanguageName(p.language)).c_str(), p.text_version,
              p.region_code.empty() ? "-" : p.region_code.c_str(), p.title.c_str());
}

}  // namespace

void AddPublication(CLI::App& app, int& exit_code) {
  auto* publication =
      app.add_subcommand("publication",
                         "Releases written from confirmed events, with their imprint (write, list, "
                         "export)");
  publication->require_subcommand(1);

  auto* write = publication->add_subcommand(
      "write", "Write a release (a draft) from confirmed events and print it with its imprint");
  auto database = std::make_shared<DatabaseOptions>();
  AddDatabaseOptions(*write, *database);
  auto as = std::make_shared<std::string>();
  auto events = std::make_shared<std::string>();
  auto request = std::make_shared<PublicationRequest>();
  auto language = std::make_shared<std::string>("ru");
  write->add_option("--as", *as, "write as this account (default: as cli:<your Unix user>)");
  write->add_option("--events", *events, "the confirmed events, by id: 12,15,18")->required();
  write->add_option("--language", *language, "ru or kk (default ru)");
  write->add_option("--made-by", request->imprint.made_by, "imprint: who made it")->required();
  write->add_option("--ordered-by", request->imprint.ordered_by, "imprint: who ordered it")
      ->required();
  write->add_option("--paid-by", request->imprint.paid_by, "imprint: from whose funds it was paid")
      ->required();
  write->callback(Command(exit_code, [=]() -> Status {
    PublicationRequest asked = *request;
    KENES_ASSIGN(asked.event_ids, ParseIds(*events));
    KENES_ASSIGN(asked.language, ParsePublicationLanguage(*language, "--language"));
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    KENES_ASSIGN(Actor actor, CommandActor(open, *as));
    analytics::Analytics analytics(*open.store);
    publish::PublicationDesk desk(*open.ledger, analytics);
    KENES_ASSIGN(Publication written, desk.Write(actor, asked));
    std::printf("publication %lld, a draft of %zu events:\n\n%s",
                static_cast<long long>(written.id), written.event_ids.size(),
                ExportedText(written).c_str());
    return Ok();
  }));

  auto* list = publication->add_subcommand(
      "list", "Print the register: id, status, language, text version, region, title");
  auto list_database = std::make_shared<DatabaseOptions>();
  AddDatabaseOptions(*list, *list_database);
  auto status = std::make_shared<std::string>();
  list->add_option("--status", *status, "draft, approved or published");
  list->callback(Command(exit_code, [=]() -> Status {
    PublicationFilter filter;
    if (!status->empty()) {
      KENES_ASSIGN(filter.status, ParsePublicationStatus(*status, "--status"));
    }
    KENES_ASSIGN(OpenDatabase open, Open(*list_database, false));
    filter.page.limit = Page::kMaxLimit;
    for (;;) {
      KENES_ASSIGN(PageOf<Publication> page,
                   open.store->Read<PageOf<Publication>>(
                       [&](Transaction& tx) { return tx.ListPublications(filter); }));
      for (const Publication& p : page.items) PrintRow(p);
      if (!page.next_after) break;
      filter.page.after = *page.next_after;
    }
    return Ok();
  }));

  auto* exported = publication->add_subcommand(
      "export", "Write a publication, imprint included, as txt, html or pdf");
  auto export_database = std::make_shared<DatabaseOptions>();
  AddDatabaseOptions(*exported, *export_database);
  auto id = std::make_shared<Id>(0);
  auto format = std::make_shared<std::string>("txt");
  auto out = std::make_shared<std::string>();
  exported->add_option("id", *id, "the publication's id")->required();
  exported->add_option("--format", *format, "txt, html or pdf (default txt)");
  exported->add_option("--out", *out, "the file to write (default: standard output)");
  exported->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(publish::ExportFormat as_format, publish::ParseExportFormat(*format, "--format"));
    KENES_ASSIGN(OpenDatabase open, Open(*export_database, false));
    KENES_ASSIGN(Publication publication, open.store->Read<Publication>([&](Transaction& tx) {
      return tx.GetPublication(*id);
    }));
    KENES_ASSIGN(std::string bytes, publish::Export(publication, as_format));
    if (out->empty()) {
      std::fwrite(bytes.data(), 1, bytes.size(), stdout);
      return Ok();
    }
    KENES_TRY(report::WriteFileAtomically(*out, bytes));
    std::printf("%s written (%zu bytes)\n", out->c_str(), bytes.size());
    return Ok();
  }));
}

}  // namespace kenes::cli
