#include "extract/extractor.h"

#include "extract/annotate.h"
#include "extract/events.h"
#include "extract/lexicon.h"
#include "extract/mentions.h"
#include "extract/sentences.h"
#include "extract/tokenize.h"

namespace kenes::extract {
namespace {

// Every span of `extraction`, from the normalized text to the input through `map`.
void MapSpans(Extraction& extraction, const OffsetMap& map) {
  const auto to_input = [&](ByteSpan& span) { span = map.ToSource(span); };
  to_input(extraction.date_span);
  to_input(extraction.region_span);
  for (DraftEvent& event : extraction.events) {
    for (ByteSpan* span : {&event.kind_span, &event.date_span, &event.place_span,
                           &event.region_span, &event.venue_span, &event.host_span, &event.span}) {
      to_input(*span);
    }
    for (DraftAudience& audience : event.audience) to_input(audience.span);
    if (event.attendance) to_input(event.attendance->span);
    for (DraftSpeaker& speaker : event.speakers) to_input(speaker.span);
  }
  for (ExtractedPerson& person : extraction.people) to_input(person.span);
  for (ExtractedOrganization& org : extraction.organizations) to_input(org.span);
  for (Claim& claim : extraction.claims) to_input(claim.span);
  for (ExtractedDate& date : extraction.dates) to_input(date.span);
  if (extraction.imprint) {
    Imprint& imprint = *extraction.imprint;
    to_input(imprint.span);
    for (auto* field : {&imprint.made_by, &imprint.ordered_by, &imprint.paid_by}) {
      if (*field) to_input((*field)->span);
    }
  }
}

}  // namespace

Result<Extraction> Extract(std::string_view input, const Gazetteer& gazetteer,
                           const ExtractOptions& options) {
  KENES_ASSIGN(NormalizedText normalized, Normalize(input));
  const bool from_markup = normalized.from_markup;
  std::optional<int> default_year;
  if (options.reference_date) default_year = options.reference_date->year();

  Mentions mentions =
      FindMentions(Annotate(SplitSentences(Tokenize(std::move(normalized))), DefaultLexicon()),
                   gazetteer, default_year);
  Extraction extraction = AssembleEvents(mentions, gazetteer, options.reference_date);
  MapSpans(extraction, mentions.text.segmented.tokenized.normalized.map);
  extraction.from_markup = from_markup;
  extraction.input_bytes = input.size();
  return extraction;
}

}  // namespace kenes::extract
