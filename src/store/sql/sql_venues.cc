// Venues and their capacities, which the plausibility check holds attendance figures against.
#include "core/same_meeting.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {

Status SqlTransaction::PutVenues(std::span<const Venue> venues) {
  // Keyed by the name's set of words, so "ДК поселка Осакаровка" entered twice in another word
  // order replaces rather than duplicates.
  constexpr const char* kSql =
      "INSERT INTO venues (place_code, name, name_key, capacity) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (place_code, name_key) DO UPDATE SET name = excluded.name, "
      "capacity = excluded.capacity";
  for (const Venue& venue : venues) {
    KENES_ASSIGN(Statement * upsert, db_.Prepare(kSql));
    KENES_TRY(upsert->Bind(1, venue.place_code)
                  .Bind(2, venue.name)
                  .Bind(3, NameKey(venue.name))
                  .Bind(4, venue.capacity)
                  .Run());
  }
  return Ok();
}

Result<std::vector<Venue>> SqlTransaction::ListVenues() {
  KENES_ASSIGN(Statement * query, db_.Prepare("SELECT place_code, name, capacity FROM venues "
                                              "ORDER BY place_code, name_key"));
  std::vector<Venue> venues;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    venues.push_back({query->Text(0), query->Text(1), query->Int(2)});
  }
  return venues;
}

}  // namespace kenes::sql
