// Analysts' reviews of attendance figures the plausibility check flagged.
#include "store/sql/sql_transaction.h"

namespace kenes::sql {

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
