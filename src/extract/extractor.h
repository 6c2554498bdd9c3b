// The press-release engine's entry point: a press release in, draft events and the facts around
// them out. Pure: no I/O, no global state but the read-only lexicon built on first use, so any
// number of threads may call it at once.
//
//   input ──Normalize──▶ NormalizedText ──Tokenize──▶ TokenizedText ──SplitSentences──▶
//   SegmentedText ──Annotate──▶ AnnotatedText ──FindMentions──▶ Mentions ──AssembleEvents──▶
//   Extraction (spans mapped back to the input)
//
// Each stage takes its input by value and returns a new result that owns it, as DuckDB's
// pipeline does; tests and benchmarks may run any prefix of it.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.h"
#include "core/gazetteer.h"
#include "core/result.h"
#include "extract/extraction.h"
#include "extract/normalize.h"

namespace kenes::extract {

struct ExtractOptions {
  // The day the text was received: its year dates a text that gives none ("12 февраля"), and it
  // is the document's date when the text has no date at all.
  std::optional<Date> reference_date;
};

// Errors (nothing is extracted): kTooLarge past kMaxInputBytes (2 MiB); kUnsupported for binary
// input; kInvalid for text that is not UTF-8. Empty or blank input, or text about something else
// entirely, is no error: it gives an extraction without events.
// REQUIRES: `gazetteer` outlives the call (the result holds no pointers into it).
Result<Extraction> Extract(std::string_view input, const Gazetteer& gazetteer,
                           const ExtractOptions& options = {});

}  // namespace kenes::extract
