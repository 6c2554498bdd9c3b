// Feedback items and the provisions they are about.
#include "core/feedback_fields.h"
#include "store/sql/described_tables.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {}  // namespace

const RecordTable<FeedbackItem>& FeedbackTable() {
  static const RecordTable<FeedbackItem> table("feedback", FeedbackFields());
  return table;
}

Status SqlTransaction::LoadFeedbackProvisions(FeedbackItem& item) {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT provision_code FROM feedback_provisions WHERE feedback_id = ? "
                           "ORDER BY provision_code"));
  query->Bind(1, item.id);
  item.provision_codes.clear();
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    item.provision_codes.push_back(query->Text(0));
  }
  return Ok();
}

Status SqlTransaction::SaveFeedbackProvisions(const FeedbackItem& item) {
  KENES_ASSIGN(sql::Statement * clear,
               db_.Prepare("DELETE FROM feedback_provisions WHERE feedback_id = ?"));
  KENES_TRY(clear->Bind(1, item.id).Run());
  for (const std::string& code : item.provision_codes) {
    KENES_ASSIGN(sql::Statement * insert,
                 db_.Prepare("INSERT INTO feedback_provisions (feedback_id, provision_code) "
                             "VALUES (?, ?)"));
    KENES_TRY(insert->Bind(1, item.id).Bind(2, code).Run());
  }
  return Ok();
}

Result<FeedbackItem> SqlTransaction::CreateFeedback(FeedbackItem item) {
  item.created_at = item.updated_at = clock_.NowUtc();
  const RecordTable<FeedbackItem>& feedback = FeedbackTable();
  KENES_ASSIGN(
      item.id,
      Insert("feedback", feedback.written() + ", version, created_at, updated_at",
             feedback.written_count() + 3, item.id, [&](sql::Statement& insert) {
               const int next = feedback.Bind(insert, item);
               insert.Bind(next, 1).Bind(next + 1, item.created_at).Bind(next + 2, item.updated_at);
             }));
  item.version = 1;
  KENES_TRY(SaveFeedbackProvisions(item));
  return GetFeedback(item.id);
}

Result<FeedbackItem> SqlTransaction::GetFeedback(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(FeedbackTable().select() + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no feedback item has id " + std::to_string(id));
  FeedbackItem item;
  KENES_TRY(FeedbackTable().Read(*query, item));
  KENES_TRY(LoadFeedbackProvisions(item));
  return item;
}

Result<PageOf<FeedbackItem>> SqlTransaction::ListFeedback(const FeedbackFilter& filter) {
  SqlFilter where;
  if (filter.event_id) where.Where("event_id = ?", *filter.event_id);
  if (!filter.region_code.empty()) where.Where("region_code = ?", filter.region_code);
  if (filter.from) where.Where("date >= ?", filter.from->ToString());
  if (filter.to) where.Where("date <= ?", filter.to->ToString());
  if (!filter.segment.empty()) where.Where("segment_code = ?", filter.segment);
  if (filter.status) {
    where.Where("status = ?", std::string(FeedbackStatusName(*filter.status)));
  }
  if (filter.kind) where.Where("kind = ?", std::string(FeedbackKindName(*filter.kind)));
  if (filter.stance) where.Where("stance = ?", std::string(StanceName(*filter.stance)));
  if (!filter.provision_code.empty()) {
    where.Where("id IN (SELECT feedback_id FROM feedback_provisions WHERE provision_code = ?)",
                filter.provision_code);
  }
  where.Paginate("id", filter.page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(FeedbackTable().select() + where.sql()));
  where.BindTo(*query);
  std::vector<FeedbackItem> items;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    KENES_TRY(FeedbackTable().Read(*query, items.emplace_back()));
  }
  for (FeedbackItem& item : items) KENES_TRY(LoadFeedbackProvisions(item));
  return TrimToPage(std::move(items), filter.page);
}

Result<FeedbackItem> SqlTransaction::UpdateFeedback(FeedbackItem item) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE feedback SET " + FeedbackTable().assignments() +
                           ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
  const int next = FeedbackTable().Bind(*update, item);
  KENES_TRY(update->Bind(next, clock_.NowUtc())
                .Bind(next + 1, item.id)
                .Bind(next + 2, item.version)
                .Run());
  if (update->Changes() == 0)
    return StaleOrMissing("feedback", "feedback item", item.id, item.version);
  KENES_TRY(SaveFeedbackProvisions(item));
  return GetFeedback(item.id);
}

Status SqlTransaction::ScanFeedback(Id after, Id through,
                                    const std::function<Status(const FeedbackItem&)>& visit) {
  // The provisions come in the same row, joined by '|' (codes cannot contain it), rather than by
  // a query per item: a scan reads millions of items.
  const std::string joined = db_.dialect() == Dialect::kPostgres
                                 ? "string_agg(provision_code, '|')"
                                 : "group_concat(provision_code, '|')";
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT " + FeedbackTable().column_list() + ", (SELECT " + joined +
                           " FROM feedback_provisions p WHERE p.feedback_id = feedback.id) "
                           "FROM feedback WHERE id > ? AND id <= ? ORDER BY id"));
  query->Bind(1, after).Bind(2, through);
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    FeedbackItem item;
    KENES_TRY(FeedbackTable().Read(*query, item));
    const std::string codes = query->Text(FeedbackTable().read_count());
    for (std::size_t start = 0; start < codes.size();) {
      std::size_t end = codes.find('|', start);
      if (end == std::string::npos) end = codes.size();
      item.provision_codes.emplace_back(codes, start, end - start);
      start = end + 1;
    }
    KENES_TRY(visit(item));
  }
  return Ok();
}

Status SqlTransaction::DeleteFeedback(Id id) {
  return DeleteById("DELETE FROM feedback WHERE id = ?", "feedback item", id);
}

}  // namespace kenes::sql
