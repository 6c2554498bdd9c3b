// Events, with the lists kept in child tables: organizers, delegation, audience, provisions.
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

constexpr const char* kColumns =
    "SELECT id, version, campaign_id, kind, status, date, time, title, place_code, region_code, "
    "district_code, venue, host_organization_id, attendance_text, attendance_qualifier, "
    "attendance_value, attendance_low, attendance_high, source_document_id, notes, created_at, "
    "updated_at FROM events";

Event ReadEvent(const sql::Statement& row) {
  Event event;
  event.id = row.Int(0);
  event.version = row.Int(1);
  event.campaign_id = row.Int(2);
  event.kind = ParseEventKind(row.Text(3)).value();
  event.status = ParseEventStatus(row.Text(4)).value();
  event.date = Date::Parse(row.Text(5)).value();
  event.time = row.Text(6);
  event.title = row.Text(7);
  event.place_code = row.Text(8);
  event.region_code = row.Text(9);
  event.district_code = row.Text(10);
  event.venue = row.Text(11);
  event.host_organization_id = row.OptionalInt(12);
  if (!row.IsNull(13)) {
    event.attendance = Attendance{row.Text(13), ParseQualifier(row.Text(14)).value(), row.Int(15),
                                  row.Int(16), row.Int(17)};
  }
  event.source_document_id = row.OptionalInt(18);
  event.notes = row.Text(19);
  event.created_at = row.Text(20);
  event.updated_at = row.Text(21);
  return event;
}

// Binds the columns an insert and an update share, at positions 1..19.
void BindFields(sql::Statement& statement, const Event& event) {
  statement.Bind(1, event.campaign_id)
      .Bind(2, EventKindName(event.kind))
      .Bind(3, EventStatusName(event.status))
      .Bind(4, event.date.ToString())
      .BindOrNull(5, event.time)
      .BindOrNull(6, event.title)
      .Bind(7, event.place_code)
      .Bind(8, event.region_code)
      .BindOrNull(9, event.district_code)
      .BindOrNull(10, event.venue)
      .Bind(11, event.host_organization_id);
  if (const auto& a = event.attendance) {
    statement.Bind(12, a->text)
        .Bind(13, QualifierName(a->qualifier))
        .Bind(14, a->value)
        .Bind(15, a->low)
        .Bind(16, a->high);
  } else {
    for (int i = 12; i <= 16; ++i) statement.BindNull(i);
  }
  statement.Bind(17, event.source_document_id).BindOrNull(18, event.notes);
}

// Reads a single-column list of ids or codes.
template <class T>
Result<std::vector<T>> ReadColumn(sql::Statement& query) {
  std::vector<T> values;
  while (true) {
    KENES_ASSIGN(bool row, query.Step());
    if (!row) break;
    if constexpr (std::is_same_v<T, Id>) {
      values.push_back(query.Int(0));
    } else {
      values.push_back(query.Text(0));
    }
  }
  return values;
}

}  // namespace

Status SqlTransaction::LoadEventLists(Event& event) {
  KENES_ASSIGN(sql::Statement * organizers,
               db_.Prepare("SELECT organization_id FROM event_organizers WHERE event_id = ? "
                           "ORDER BY organization_id"));
  organizers->Bind(1, event.id);
  KENES_ASSIGN(event.organizer_ids, ReadColumn<Id>(*organizers));
  KENES_ASSIGN(
      sql::Statement * delegation,
      db_.Prepare("SELECT person_id FROM event_delegation WHERE event_id = ? ORDER BY ord"));
  delegation->Bind(1, event.id);
  KENES_ASSIGN(event.delegation_ids, ReadColumn<Id>(*delegation));
  KENES_ASSIGN(sql::Statement * audience,
               db_.Prepare("SELECT segment_code FROM event_audience WHERE event_id = ? "
                           "ORDER BY segment_code"));
  audience->Bind(1, event.id);
  KENES_ASSIGN(event.audience, ReadColumn<std::string>(*audience));
  KENES_ASSIGN(sql::Statement * provisions,
               db_.Prepare("SELECT provision_code FROM event_provisions WHERE event_id = ? "
                           "ORDER BY provision_code"));
  provisions->Bind(1, event.id);
  KENES_ASSIGN(event.provision_codes, ReadColumn<std::string>(*provisions));
  return Ok();
}

Status SqlTransaction::SaveEventLists(const Event& event) {
  for (const char* table :
       {"event_organizers", "event_delegation", "event_audience", "event_provisions"}) {
    KENES_ASSIGN(sql::Statement * clear,
                 db_.Prepare("DELETE FROM " + std::string(table) + " WHERE event_id = ?"));
    KENES_TRY(clear->Bind(1, event.id).Run());
  }
  for (Id organization : event.organizer_ids) {
    KENES_ASSIGN(sql::Statement * insert,
                 db_.Prepare("INSERT INTO event_organizers (event_id, organization_id) "
                             "VALUES (?, ?)"));
    KENES_TRY(insert->Bind(1, event.id).Bind(2, organization).Run());
  }
  for (std::size_t i = 0; i < event.delegation_ids.size(); ++i) {
    KENES_ASSIGN(sql::Statement * insert,
                 db_.Prepare("INSERT INTO event_delegation (event_id, ord, person_id) "
                             "VALUES (?, ?, ?)"));
    KENES_TRY(insert->Bind(1, event.id)
                  .Bind(2, static_cast<std::int64_t>(i))
                  .Bind(3, event.delegation_ids[i])
                  .Run());
  }
  for (const std::string& segment : event.audience) {
    KENES_ASSIGN(sql::Statement * insert,
                 db_.Prepare("INSERT INTO event_audience (event_id, segment_code) VALUES (?, ?)"));
    KENES_TRY(insert->Bind(1, event.id).Bind(2, segment).Run());
  }
  for (const std::string& provision : event.provision_codes) {
    KENES_ASSIGN(sql::Statement * insert,
                 db_.Prepare("INSERT INTO event_provisions (event_id, provision_code) "
                             "VALUES (?, ?)"));
    KENES_TRY(insert->Bind(1, event.id).Bind(2, provision).Run());
  }
  return Ok();
}

Result<Event> SqlTransaction::CreateEvent(Event event) {
  event.created_at = event.updated_at = clock_.NowUtc();
  KENES_ASSIGN(event.id,
               Insert("events",
                      "campaign_id, kind, status, date, time, title, place_code, "
                      "region_code, district_code, venue, host_organization_id, "
                      "attendance_text, attendance_qualifier, attendance_value, "
                      "attendance_low, attendance_high, source_document_id, notes, "
                      "version, created_at, updated_at",
                      21, event.id, [&](sql::Statement& insert) {
                        BindFields(insert, event);
                        insert.Bind(19, 1).Bind(20, event.created_at).Bind(21, event.updated_at);
                      }));
  event.version = 1;
  KENES_TRY(SaveEventLists(event));
  return GetEvent(event.id);
}

Result<Event> SqlTransaction::GetEvent(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kColumns) + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no event has id " + std::to_string(id));
  Event event = ReadEvent(*query);
  KENES_TRY(LoadEventLists(event));
  return event;
}

Result<PageOf<Event>> SqlTransaction::ListEvents(const EventFilter& filter) {
  SqlFilter where = EventConditions(filter, "");
  where.Paginate("id", filter.page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(kColumns + where.sql()));
  where.BindTo(*query);
  std::vector<Event> events;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    events.push_back(ReadEvent(*query));
  }
  for (Event& event : events) KENES_TRY(LoadEventLists(event));
  return TrimToPage(std::move(events), filter.page);
}

Result<Event> SqlTransaction::UpdateEvent(Event event) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE events SET campaign_id = ?, kind = ?, status = ?, date = ?, "
                           "time = ?, title = ?, place_code = ?, region_code = ?, "
                           "district_code = ?, venue = ?, host_organization_id = ?, "
                           "attendance_text = ?, attendance_qualifier = ?, attendance_value = ?, "
                           "attendance_low = ?, attendance_high = ?, source_document_id = ?, "
                           "notes = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"));
  BindFields(*update, event);
  KENES_TRY(update->Bind(19, clock_.NowUtc()).Bind(20, event.id).Bind(21, event.version).Run());
  if (update->Changes() == 0) return StaleOrMissing("events", "event", event.id, event.version);
  KENES_TRY(SaveEventLists(event));
  return GetEvent(event.id);
}

Status SqlTransaction::DeleteEvent(Id id) {
  return DeleteById("DELETE FROM events WHERE id = ?", "event", id);
}

}  // namespace kenes::sql
