// The last stage: the mentions of a document assembled into draft events — one per meeting the
// text describes — with their place, venue, host, audience, attendance, speakers and date, and
// the document-level facts (its date and region, people, organizations, claims, imprint).
//
// A meeting starts at a sentence that says one was held: a meeting verb in the past with the
// people it was held with ("встретились с коллективом шахты", "обсудили ... с работниками"),
// with a meeting noun ("Следующая встреча состоялась", "Также прошла встреча"), or a gathering
// ("собрались около 200 сельхозтоваропроизводителей"). It goes on until the next such sentence;
// the sentences in between add its attendance, speakers and details. What a meeting does not
// state is taken from the document (date, region) or, for the settlement, from the meeting
// before it in the same paragraph. The lead sentence that only says whose region the document is
// about ("обсудили с жителями Карагандинской области") gives the region, not an event, when the
// document describes meetings of its own.
#pragma once

#include <optional>

#include "core/date.h"
#include "core/gazetteer.h"
#include "extract/extraction.h"
#include "extract/mentions.h"

namespace kenes::extract {

// Spans of the result are in the normalized text of `mentions`; Extract maps them to the input.
Extraction AssembleEvents(const Mentions& mentions, const Gazetteer& gazetteer,
                          std::optional<Date> reference_date);

}  // namespace kenes::extract
