// Source documents (their fields: core/document_fields.cc), their drafts, and the search for
// events a draft may report again.
#include "core/document_fields.h"
#include "store/sql/described_tables.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

void BindExtraction(Statement& statement, int first, const SourceDocument& document) {
  statement.BindOrNull(first, document.extraction);
}

void ReadExtraction(const Statement& row, int first, SourceDocument& document) {
  document.extraction = row.Text(first);
}

constexpr RecordTable<SourceDocument>::Composite kDocumentComposites[] = {
    {"extraction", &BindExtraction, &ReadExtraction},
};

constexpr const char* kDraftColumns =
    "SELECT id, version, document_id, ordinal, status, proposal, confidence, duplicate_of, "
    "event_id, created_at, updated_at FROM drafts";

Draft ReadDraft(const sql::Statement& row) {
  Draft draft;
  draft.id = row.Int(0);
  draft.version = row.Int(1);
  draft.document_id = row.Int(2);
  draft.ordinal = static_cast<int>(row.Int(3));
  draft.status = ParseDraftStatus(row.Text(4)).value();
  draft.proposal = row.Text(5);
  draft.confidence = row.Real(6);
  draft.duplicate_of = row.OptionalInt(7);
  draft.event_id = row.OptionalInt(8);
  draft.created_at = row.Text(9);
  draft.updated_at = row.Text(10);
  return draft;
}

}  // namespace

const RecordTable<SourceDocument>& DocumentTable() {
  static const RecordTable<SourceDocument> table("documents", DocumentFields(),
                                                 kDocumentComposites);
  return table;
}

Result<SourceDocument> SqlTransaction::CreateDocument(SourceDocument document) {
  document.received_at = clock_.NowUtc();
  const RecordTable<SourceDocument>& table = DocumentTable();
  KENES_ASSIGN(document.id,
               Insert("documents", table.written() + ", received_at", table.written_count() + 1,
                      document.id, [&](sql::Statement& insert) {
                        const int next = table.Bind(insert, document);
                        insert.Bind(next, document.received_at);
                      }));
  return document;
}

Result<SourceDocument> SqlTransaction::GetDocument(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(DocumentTable().select() + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no document has id " + std::to_string(id));
  SourceDocument document;
  KENES_TRY(DocumentTable().Read(*query, document));
  return document;
}

Result<std::optional<SourceDocument>> SqlTransaction::FindDocument(const std::string& fingerprint) {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare(DocumentTable().select() + " WHERE fingerprint = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, fingerprint).Step());
  if (!found) return std::optional<SourceDocument>();
  SourceDocument document;
  KENES_TRY(DocumentTable().Read(*query, document));
  return std::optional<SourceDocument>(std::move(document));
}

Result<PageOf<SourceDocument>> SqlTransaction::ListDocuments(const Page& page) {
  SqlFilter where;
  where.Paginate("id", page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(DocumentTable().select() + where.sql()));
  where.BindTo(*query);
  std::vector<SourceDocument> documents;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    SourceDocument& document = documents.emplace_back();
    KENES_TRY(DocumentTable().Read(*query, document));
    // A list carries no text (store.h): a page of press releases stays small.
    document.text.clear();
    document.extraction.clear();
  }
  return TrimToPage(std::move(documents), page);
}

Result<Draft> SqlTransaction::CreateDraft(Draft draft) {
  draft.created_at = draft.updated_at = clock_.NowUtc();
  KENES_ASSIGN(draft.id, Insert("drafts",
                                "version, document_id, ordinal, status, proposal, confidence, "
                                "duplicate_of, event_id, created_at, updated_at",
                                10, draft.id, [&](sql::Statement& insert) {
                                  insert.Bind(1, 1)
                                      .Bind(2, draft.document_id)
                                      .Bind(3, draft.ordinal)
                                      .Bind(4, DraftStatusName(draft.status))
                                      .Bind(5, draft.proposal)
                                      .Bind(6, draft.confidence)
                                      .Bind(7, draft.duplicate_of)
                                      .Bind(8, draft.event_id)
                                      .Bind(9, draft.created_at)
                                      .Bind(10, draft.updated_at);
                                }));
  draft.version = 1;
  return draft;
}

Result<Draft> SqlTransaction::GetDraft(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kDraftColumns) + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no draft has id " + std::to_string(id));
  return ReadDraft(*query);
}

Result<PageOf<Draft>> SqlTransaction::ListDrafts(const DraftFilter& filter) {
  SqlFilter where;
  if (filter.document_id) where.Where("document_id = ?", *filter.document_id);
  if (filter.status) where.Where("status = ?", std::string(DraftStatusName(*filter.status)));
  where.Paginate("id", filter.page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(kDraftColumns + where.sql()));
  where.BindTo(*query);
  std::vector<Draft> drafts;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    drafts.push_back(ReadDraft(*query));
  }
  return TrimToPage(std::move(drafts), filter.page);
}

Result<Draft> SqlTransaction::UpdateDraft(Draft draft) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE drafts SET status = ?, proposal = ?, confidence = ?, "
                           "duplicate_of = ?, event_id = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"));
  KENES_TRY(update->Bind(1, DraftStatusName(draft.status))
                .Bind(2, draft.proposal)
                .Bind(3, draft.confidence)
                .Bind(4, draft.duplicate_of)
                .Bind(5, draft.event_id)
                .Bind(6, clock_.NowUtc())
                .Bind(7, draft.id)
                .Bind(8, draft.version)
                .Run());
  if (update->Changes() == 0) return StaleOrMissing("drafts", "draft", draft.id, draft.version);
  return GetDraft(draft.id);
}

Result<std::vector<Event>> SqlTransaction::FindNearbyEvents(const NearbyEventQuery& query) {
  SqlFilter where;
  where.Where("date >= ?", (query.date + -query.days).ToString());
  where.Where("date <= ?", (query.date + query.days).ToString());
  where.Where("status <> 'cancelled'");
  where.Where("region_code = ?", query.region_code);
  // A region holds a few dozen meetings a day at the height of a campaign.
  KENES_ASSIGN(sql::Statement * select,
               db_.Prepare("SELECT id FROM events" + where.sql() + " ORDER BY id LIMIT 500"));
  where.BindTo(*select);
  std::vector<Id> ids;
  while (true) {
    KENES_ASSIGN(bool row, select->Step());
    if (!row) break;
    ids.push_back(select->Int(0));
  }
  std::vector<Event> events;
  for (Id id : ids) {
    KENES_ASSIGN(Event event, GetEvent(id));
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace kenes::sql
