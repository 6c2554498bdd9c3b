// The kinds of record kenes keeps, and the one table of what each is called where it is stored or
// shown: the audit log and the change feed name a kind in the singular ("checkin"), files, URLs
// and `--type` in the plural ("checkins"), messages in words ("check-in"). Every store, exchange,
// access and audit use of a kind goes through this table, so a name is written once.
//
// The stored names (the audit log's record_kind, the feed's kind, import and export types) are in
// databases and files already written: they never change.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"

namespace kenes {

enum class RecordKind {
  kCampaign,
  kOrganization,
  kPerson,
  kEvent,
  kFeedback,
  kCheckIn,
  kSegment,    // an audience segment, keyed by its code
  kProvision,  // a provision of the draft law, keyed by its code
  kPlace,      // a place of the gazetteer, keyed by its KATO code
  kDocument,   // a source document (a press release's text)
  kDraft,      // an event read from a document, awaiting review
  kPublication,
  kVoteResult,  // the referendum's official results of a place
  kFigureReview,
  kUser,   // an account
  kToken,  // an account's API token
};

// How the change feed (store.h, ChangesSince) reports a change to records of a kind.
enum class FeedReport {
  kUnnamed,     // not by its name: the small tables a reader mirrors come as reference data
  kEachRecord,  // by its name and a range of ids: a reader follows them record by record
  kWhole,       // by its name, without ids: a reader reloads them all (places, for the gazetteer)
};

// The singular name, as the audit log's record_kind and the change feed store it: "checkin".
std::string_view RecordKindName(RecordKind kind);
// The plural, as file names, URLs and import and export types have it: "checkins".
std::string_view PluralName(RecordKind kind);
// How a message names one, and several: "check-in", "check-ins"; "the campaign".
std::string_view NounOf(RecordKind kind);
std::string_view NounsOf(RecordKind kind);

FeedReport FeedReportOf(RecordKind kind);
// The kind a feed entry's name stands for; none for "reference" (and any name the feed does not
// give a kind of its own), which means: reload the reference data.
std::optional<RecordKind> ParseFeedKind(std::string_view name);

// The kinds imported and exported as files (CSV, JSONL, XLSX), in the order help text lists them:
// organizations, people, events, feedback, check-ins.
std::span<const RecordKind> ExchangedKinds();
// Their plurals for help text: "organizations, people, events, feedback or checkins".
std::string ExchangedKindList();
// Their plurals, in the same order, for a schema's list of allowed values.
std::span<const std::string_view> ExchangedKindNames();
// An exchanged kind by its plural; an error in `field` listing the plurals otherwise.
Result<RecordKind> ParseExchangedKind(std::string_view plural, std::string_view field = "type");

}  // namespace kenes
