// What plausibility checks read besides the records: venue capacities and analysts' reviews of
// flagged figures.
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

Result<FigureReview> SqlTransaction::PutFigureReview(FigureReview review) {
  // Asked first rather than left to the foreign key: in PostgreSQL a failed statement spoils the
  // whole transaction.
  KENES_ASSIGN(bool exists, Exists(RecordKind::kEvent, std::to_string(review.event_id)));
  if (!exists) return NotFound("no event has id " + std::to_string(review.event_id));
  KENES_ASSIGN(Statement * upsert,
               db_.Prepare("INSERT INTO figure_reviews (event_id, attendance_text, decision, note, "
                           "reviewed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE "
                           "SET attendance_text = excluded.attendance_text, decision = "
                           "excluded.decision, note = excluded.note, reviewed_at = "
                           "excluded.reviewed_at"));
  review.reviewed_at = clock_.NowUtc();
  KENES_TRY(upsert->Bind(1, review.event_id)
                .Bind(2, review.attendance_text)
                .Bind(3, ReviewDecisionName(review.decision))
                .BindOrNull(4, review.note)
                .Bind(5, review.reviewed_at)
                .Run());
  return review;
}

Result<std::vector<FigureReview>> SqlTransaction::ListFigureReviews() {
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT event_id, attendance_text, decision, note, reviewed_at "
                           "FROM figure_reviews ORDER BY event_id"));
  std::vector<FigureReview> reviews;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    reviews.push_back({query->Int(0), query->Text(1), ParseReviewDecision(query->Text(2)).value(),
                       query->Text(3), query->Text(4)});
  }
  return reviews;
}

}  // namespace kenes::sql
