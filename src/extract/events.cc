#include "extract/events.h"

#include <utility>

#include "extract/assembler.h"

namespace kenes::extract {
namespace assembly {

Extraction Assembler::Run() {
  out_.language = text_.language;
  ReadDocumentDate();
  ReadDocumentRegion();
  // A text in a language kenes does not read gives no events: its words would be misread.
  if (IsRead(text_.language)) BuildEvents();
  DropUmbrella();
  MergeHeadline();
  ResolvePlaces();
  AssignFigures();
  InheritSameDay();
  for (Working& event : events_) Finish(event);
  for (Working& event : events_) out_.events.push_back(std::move(event.draft));
  ListPeople();
  ListOrganizations();
  ListDatesAndImprint();
  return std::move(out_);
}

}  // namespace assembly

Extraction AssembleEvents(const Mentions& mentions, const Gazetteer& gazetteer,
                          std::optional<Date> reference_date) {
  return assembly::Assembler(mentions, gazetteer, reference_date).Run();
}

}  // namespace kenes::extract
