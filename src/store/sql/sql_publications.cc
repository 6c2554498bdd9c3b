// Publications, the events each cites, and the texts as approved.
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

constexpr const char* kColumns =
    "SELECT id, version, text_version, language, status, title, text, made_by, ordered_by, "
    "paid_by, region_code, organization_id, created_by, created_at, approved_by, approved_at, "
    "text_sha256, published_at, updated_at FROM publications";

Publication ReadPublication(const Statement& row) {
  Publication publication;
  publication.id = row.Int(0);
  publication.version = row.Int(1);
  publication.text_version = static_cast<int>(row.Int(2));
  publication.language = ParsePublicationLanguage(row.Text(3)).value();
  publication.status = ParsePublicationStatus(row.Text(4)).value();
  publication.title = row.Text(5);
  publication.text = row.Text(6);
  publication.imprint = {row.Text(7), row.Text(8), row.Text(9)};
  publication.region_code = row.Text(10);
  publication.organization_id = row.OptionalInt(11);
  publication.created_by = row.Text(12);
  publication.created_at = row.Text(13);
  publication.approved_by = row.Text(14);
  publication.approved_at = row.Text(15);
  publication.text_sha256 = row.Text(16);
  publication.published_at = row.Text(17);
  publication.updated_at = row.Text(18);
  return publication;
}

// Binds the fields a write sets, from position 1 (14 of them).
void BindFields(Statement& statement, const Publication& publication) {
  statement.Bind(1, publication.text_version)
      .Bind(2, PublicationLanguageName(publication.language))
      .Bind(3, PublicationStatusName(publication.status))
      .Bind(4, publication.title)
      .Bind(5, publication.text)
      .Bind(6, publication.imprint.made_by)
      .Bind(7, publication.imprint.ordered_by)
      .Bind(8, publication.imprint.paid_by)
      .BindOrNull(9, publication.region_code)
      .Bind(10, publication.organization_id)
      .BindOrNull(11, publication.approved_by)
      .BindOrNull(12, publication.approved_at)
      .BindOrNull(13, publication.text_sha256)
      .BindOrNull(14, publication.published_at);
}

}  // namespace

Status SqlTransaction::LoadPublicationEvents(Publication& publication) {
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT event_id FROM publication_events WHERE publication_id = ? "
                           "ORDER BY ord"));
  query->Bind(1, publication.id);
  publication.event_ids.clear();
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    publication.event_ids.push_back(query->Int(0));
  }
  return Ok();
}

Status SqlTransaction::SavePublicationEvents(const Publication& publication) {
  KENES_ASSIGN(Statement * clear,
               db_.Prepare("DELETE FROM publication_events WHERE publication_id = ?"));
  KENES_TRY(clear->Bind(1, publication.id).Run());
  for (std::size_t i = 0; i < publication.event_ids.size(); ++i) {
    KENES_ASSIGN(Statement * insert,
                 db_.Prepare("INSERT INTO publication_events (publication_id, ord, event_id) "
                             "VALUES (?, ?, ?)"));
    KENES_TRY(insert->Bind(1, publication.id)
                  .Bind(2, static_cast<std::int64_t>(i))
                  .Bind(3, publication.event_ids[i])
                  .Run());
  }
  return Ok();
}

Result<Publication> SqlTransaction::CreatePublication(Publication publication) {
  const std::string now = clock_.NowUtc();
  KENES_ASSIGN(
      publication.id,
      Insert("publications",
             "text_version, language, status, title, text, made_by, ordered_by, "
             "paid_by, region_code, organization_id, approved_by, approved_at, "
             "text_sha256, published_at, created_by, version, created_at, updated_at",
             18, publication.id, [&](Statement& insert) {
               BindFields(insert, publication);
               insert.Bind(15, publication.created_by).Bind(16, 1).Bind(17, now).Bind(18, now);
             }));
  KENES_TRY(SavePublicationEvents(publication));
  return GetPublication(publication.id);
}

Result<Publication> SqlTransaction::GetPublication(Id id) {
  KENES_ASSIGN(Statement * query, db_.Prepare(std::string(kColumns) + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no publication has id " + std::to_string(id));
  Publication publication = ReadPublication(*query);
  KENES_TRY(LoadPublicationEvents(publication));
  return publication;
}

Result<PageOf<Publication>> SqlTransaction::ListPublications(const PublicationFilter& filter) {
  SqlFilter where;
  if (filter.status) {
    where.Where("status = ?", std::string(PublicationStatusName(*filter.status)));
  }
  if (!filter.region_code.empty()) where.Where("region_code = ?", filter.region_code);
  if (filter.organization_id) where.Where("organization_id = ?", *filter.organization_id);
  if (filter.event_id) {
    where.Where("id IN (SELECT publication_id FROM publication_events WHERE event_id = ?)",
                *filter.event_id);
  }
  where.Paginate("id", filter.page);
  KENES_ASSIGN(Statement * query, db_.Prepare(kColumns + where.sql()));
  where.BindTo(*query);
  std::vector<Publication> publications;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    publications.push_back(ReadPublication(*query));
  }
  for (Publication& publication : publications) KENES_TRY(LoadPublicationEvents(publication));
  return TrimToPage(std::move(publications), filter.page);
}

Result<Publication> SqlTransaction::UpdatePublication(Publication publication) {
  KENES_ASSIGN(Statement * update,
               db_.Prepare("UPDATE publications SET text_version = ?, language = ?, status = ?, "
                           "title = ?, text = ?, made_by = ?, ordered_by = ?, paid_by = ?, "
                           "region_code = ?, organization_id = ?, approved_by = ?, "
                           "approved_at = ?, text_sha256 = ?, published_at = ?, updated_at = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"));
  BindFields(*update, publication);
  KENES_TRY(update->Bind(15, clock_.NowUtc())
                .Bind(16, publication.id)
                .Bind(17, publication.version)
                .Run());
  if (update->Changes() == 0) {
    return StaleOrMissing("publications", "publication", publication.id, publication.version);
  }
  KENES_TRY(SavePublicationEvents(publication));
  return GetPublication(publication.id);
}

Status SqlTransaction::AddPublicationVersion(const PublicationVersion& version) {
  KENES_ASSIGN(Statement * insert,
               db_.Prepare("INSERT INTO publication_versions (publication_id, text_version, "
                           "exported_text, text_sha256, approved_by, approved_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
  KENES_TRY(insert->Bind(1, version.publication_id)
                .Bind(2, version.text_version)
                .Bind(3, version.exported_text)
                .Bind(4, version.text_sha256)
                .Bind(5, version.approved_by)
                .Bind(6, version.approved_at)
                .Run());
  if (insert->Changes() == 0) {
    return Conflict("version " + std::to_string(version.text_version) + " of publication " +
                    std::to_string(version.publication_id) + " was approved already");
  }
  return Ok();
}

Result<std::vector<PublicationVersion>> SqlTransaction::ListPublicationVersions(Id publication_id) {
  KENES_ASSIGN(Statement * query,
               db_.Prepare("SELECT text_version, exported_text, text_sha256, approved_by, "
                           "approved_at FROM publication_versions WHERE publication_id = ? "
                           "ORDER BY text_version"));
  query->Bind(1, publication_id);
  std::vector<PublicationVersion> versions;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    versions.push_back({publication_id, static_cast<int>(query->Int(0)), query->Text(1),
                        query->Text(2), query->Text(3), query->Text(4)});
  }
  return versions;
}

}  // namespace kenes::sql
