// kenes import, kenes export, kenes stats.
#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstring>

#include "analytics/analytics.h"
#include "cli/background_writer.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "core/utf8.h"
#include "ledger/exporter.h"
#include "ledger/files.h"
#include "ledger/importer.h"

namespace kenes::cli {
namespace {

struct FileOptions {
  std::string type;
  std::string format;  // empty: from the file name
  std::string file;
};

Result<FileFormat> FormatOf(const FileOptions& options, bool output) {
  if (!options.format.empty()) return ParseFileFormat(options.format);
  if (output && (options.file.empty() || options.file == "-")) return FileFormat::kCsv;
  return FileFormatOfPath(options.file);
}

// Thousands separated by spaces, as Russian and Kazakh write them: 1 234 567.
std::string Grouped(std::int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, " ");
  return value < 0 ? "-" + digits : digits;
}

// `text` padded with spaces to `width` characters (not bytes: Cyrillic takes two bytes a letter).
std::string PadRight(const std::string& text, std::size_t width) {
  const std::size_t length = utf8::Length(text);
  return length >= width ? text : text + std::string(width - length, ' ');
}

std::string Range(const AttendanceTotal& total) {
  return Grouped(total.value) + " (" + Grouped(total.low) + "–" + Grouped(total.high) + ")";
}

}  // namespace

void AddImport(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "import",
      "Import organizations, people, events, feedback or check-ins from CSV, JSONL or an XLSX "
      "workbook's sheet; all rows or none");
  auto database = std::make_shared<DatabaseOptions>();
  auto options = std::make_shared<FileOptions>();
  AddDatabaseOptions(*command, *database);
  command->add_option("--type", options->type, ExchangedKindList())->required();
  command->add_option("--format", options->format,
                      "csv, jsonl or xlsx (default: from the file name)");
  auto sheet = std::make_shared<std::string>();
  command->add_option("--sheet", *sheet,
                      "xlsx: the sheet to read, by the name on its tab (default: the first)");
  auto as = std::make_shared<std::string>();
  command->add_option("--as", *as,
                      "import as this account, within its role and scope (default: as "
                      "cli:<your Unix user>, with an administrator's powers)");
  command->add_option("file", options->file, "the file to import (- for standard input)")
      ->required();
  auto again = std::make_shared<bool>(false);
  command->add_flag("--again", *again,
                    "import even when the same file was imported whole before as this type");
  command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(RecordKind type, ParseExchangedKind(options->type));
    KENES_ASSIGN(FileFormat format, FormatOf(*options, false));
    if (!sheet->empty() && format != FileFormat::kXlsx) {
      return Invalid("--sheet", "is for an xlsx workbook; this file is " +
                                    std::string(FileFormatName(format)));
    }
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    KENES_ASSIGN(std::string text, ReadTextFile(options->file));
    KENES_ASSIGN(Actor actor, CommandActor(open, *as));
    auto imported = ImportRecords(*open.ledger, actor, type, ImportFile(format, *sheet), text,
                                  TerminalProgress("importing " + options->type),
                                  *again ? Reimport::kAgain : Reimport::kRefuse);
    if (!imported.ok()) {
      std::fprintf(stderr, "kenes: nothing was imported\n");
      return WithContext(imported.error(), options->file);
    }
    if (const auto& earlier = imported->earlier) {
      std::printf(
          "nothing imported: this file was imported whole as %s on %s by %s (records: %zu); "
          "--again imports it again\n",
          options->type.c_str(), earlier->at.c_str(), earlier->actor.c_str(), earlier->records);
      return Ok();
    }
    std::printf("imported %zu %s\n", imported->records, options->type.c_str());
    return Ok();
  }));
}

void AddExport(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "export",
      "Export organizations, people, events, feedback or check-ins as CSV, JSONL or XLSX");
  auto database = std::make_shared<DatabaseOptions>();
  auto options = std::make_shared<FileOptions>();
  AddDatabaseOptions(*command, *database);
  command->add_option("--type", options->type, ExchangedKindList())->required();
  command->add_option("--format", options->format,
                      "csv, jsonl or xlsx (default: from --out, or csv on standard output)");
  command->add_option("--out", options->file, "file to write (default: standard output)");
  command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(RecordKind type, ParseExchangedKind(options->type));
    KENES_ASSIGN(FileFormat format, FormatOf(*options, true));
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    const bool to_stdout = options->file.empty() || options->file == "-";
    if (format == FileFormat::kXlsx) {
      if (to_stdout) return Invalid("--out", "a workbook is written to a file: give --out FILE");
      // The writer removes its file when it fails; written under another name and renamed, a
      // failed export never leaves half a workbook where the last good one was.
      const std::string partial = options->file + ".partial";
      KENES_ASSIGN(std::size_t count, ExportWorkbook(*open.store, type, partial));
      std::rename(partial.c_str(), options->file.c_str());
      std::fprintf(stderr, "exported %zu %s to %s\n", count, options->type.c_str(),
                   options->file.c_str());
      return Ok();
    }
    // Write to a temporary file and rename it, so a failed export never leaves half a file.
    const std::string partial = options->file + ".partial";
    const int fd = to_stdout
                       ? STDOUT_FILENO
                       : ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0)
      return Error{ErrorCode::kUnavailable, "cannot write '" + options->file + "'", "--out"};
    // The pieces are written on a thread of their own while the next is read (background_writer.h).
    auto count = [&]() -> Result<std::size_t> {
      KENES_ASSIGN(RecordExport text, RecordExport::Start(*open.store, type, format));
      BackgroundWriter writer(fd);
      std::string piece;
      while (true) {
        KENES_ASSIGN(const bool more, text.Next(piece));
        if (!piece.empty()) writer.Write(piece);
        if (!more) break;
      }
      if (const int error = writer.Finish()) {
        return Error{ErrorCode::kUnavailable,
                     "writing '" + (to_stdout ? std::string("-") : options->file) +
                         "' failed: " + std::strerror(error),
                     "--out"};
      }
      return text.records();
    }();
    if (to_stdout) return count.ok() ? Ok() : Status(count.error());
    const bool closed = ::close(fd) == 0;
    if (!count.ok() || !closed) {
      std::remove(partial.c_str());
      if (!count.ok()) return count.error();
      return Error{ErrorCode::kUnavailable, "writing '" + options->file + "' failed", "--out"};
    }
    std::rename(partial.c_str(), options->file.c_str());
    std::fprintf(stderr, "exported %zu %s to %s\n", *count, options->type.c_str(),
                 options->file.c_str());
    return Ok();
  }));
}

void AddStats(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand(
      "stats", "Print the campaign totals, as the dashboard and GET /api/v1/stats count them");
  auto database = std::make_shared<DatabaseOptions>();
  AddDatabaseOptions(*command, *database);
  command->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    // Every figure from analytics, the one answer the dashboard and /api/v1/stats give too.
    analytics::Analytics figures(*open.store);
    KENES_ASSIGN(const analytics::Stats stats, figures.ComputeStats({}));
    KENES_ASSIGN(const analytics::Reach reach, figures.ComputeReach({}));
    KENES_ASSIGN(const analytics::Support support, figures.ComputeSupport({}));
    const analytics::Totals& totals = stats.totals;
    std::printf("events held       %s (planned %s, cancelled %s)\n",
                Grouped(totals.events_held).c_str(), Grouped(totals.events_planned).c_str(),
                Grouped(totals.events_cancelled).c_str());
    std::printf("attendance        %s, from the %s events that reported a figure\n",
                Range(totals.attendance).c_str(), Grouped(totals.events_with_figure).c_str());
    if (totals.events_flagged) {
      std::printf("awaiting review   %s, from %s events, not in the total until confirmed\n",
                  Range(totals.attendance_flagged).c_str(), Grouped(totals.events_flagged).c_str());
    }
    if (totals.events_rejected) {
      std::printf("rejected          %s, from %s events, not in the total\n",
                  Range(totals.attendance_rejected).c_str(),
                  Grouped(totals.events_rejected).c_str());
    }
    std::printf(
        "check-ins         %s, distinct people %s (HyperLogLog estimate %s, within "
        "%.1f%% 95%% of the time); %s came more than once\n",
        Grouped(stats.checkins).c_str(), Grouped(stats.distinct_participants).c_str(),
        Grouped(std::llround(reach.estimate)).c_str(), 200 * reach.estimate_error,
        Grouped(reach.repeaters).c_str());
    std::printf("feedback          %s\n", Grouped(stats.feedback).c_str());
    if (const auto& share = support.overall.support) {
      std::printf(
          "support           %.1f%% (95%% Wilson interval %.1f%%–%.1f%%) of %s items with a "
          "stance; meeting feedback is not a representative poll\n",
          100 * share->share, 100 * share->low, 100 * share->high,
          Grouped(support.overall.n).c_str());
    } else {
      std::printf("support           no feedback with a stance yet\n");
    }
    std::printf("coalition         %s members (%s parties), %s members claimed\n",
                Grouped(stats.coalition.members).c_str(), Grouped(stats.coalition.parties).c_str(),
                Grouped(stats.coalition.claimed_members).c_str());
    std::printf("\n%s %8s  %s\n", PadRight("region", 34).c_str(), "events", "attendance (range)");
    for (const analytics::BreakdownRow& region : stats.by_region) {
      std::printf("%s %8s  %s\n", PadRight(region.label, 34).c_str(),
                  Grouped(region.events).c_str(), Range(region.attendance).c_str());
    }
    return Ok();
  }));
}

}  // namespace kenes::cli
