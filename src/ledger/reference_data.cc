#include "ledger/reference_data.h"

#include "core/places_csv.h"
#include "exchange/catalog_csv.h"
#include "exchange/vote_results.h"
#include "ledger/files.h"

namespace kenes {
namespace {

// Prefixes errors with the file they came from, so "row 12: code" says where to look.
template <class T>
Result<T> InFile(Result<T> result, const std::string& path) {
  if (result.ok()) return result;
  return WithContext(std::move(result).error(), path);
}

}  // namespace

Result<ReferenceCounts> LoadReferenceData(Ledger& ledger, const std::string& data_dir) {
  ReferenceCounts counts;
  const std::string places_path = data_dir + "/places.csv";
  KENES_ASSIGN(std::string places_text, ReadTextFile(places_path));
  KENES_ASSIGN(std::vector<Place> places, InFile(ParsePlacesCsv(places_text), places_path));
  counts.places = places.size();
  KENES_TRY(ledger.PutPlaces(std::move(places)));

  const std::string segments_path = data_dir + "/segments.csv";
  KENES_ASSIGN(std::string segments_text, ReadTextFile(segments_path));
  KENES_ASSIGN(std::vector<Segment> segments,
               InFile(ParseSegmentsCsv(segments_text), segments_path));
  counts.segments = segments.size();
  KENES_TRY(ledger.PutSegments(segments));

  const std::string provisions_path = data_dir + "/provisions.csv";
  KENES_ASSIGN(std::string provisions_text, ReadTextFile(provisions_path));
  KENES_ASSIGN(std::vector<Provision> provisions,
               InFile(ParseProvisionsCsv(provisions_text), provisions_path));
  counts.provisions = provisions.size();
  KENES_TRY(ledger.PutProvisions(provisions));
  return counts;
}

Result<std::size_t> LoadVoteResults(Ledger& ledger, const Actor& actor, const std::string& path) {
  KENES_ASSIGN(std::string text, ReadTextFile(path));
  std::vector<std::string> rows;
  KENES_ASSIGN(std::vector<VoteResult> results, InFile(ParseVoteResultsCsv(text, &rows), path));
  return InFile(
      ledger.Write<std::size_t>(
          actor, [&](LedgerSession& session) { return session.PutVoteResults(results, rows); }),
      path);
}

}  // namespace kenes
