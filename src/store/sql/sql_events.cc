// Events, with the lists kept in child tables: organizers, delegation, audience, provisions.
#include "core/event_fields.h"
#include "store/sql/described_tables.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {
namespace {

// Attendance is five columns: its words, their qualifier and the range they stand for.
void BindAttendance(sql::Statement& statement, int first, const Event& event) {
  if (const auto& a = event.attendance) {
    statement.Bind(first, a->text)
        .Bind(first + 1, QualifierName(a->qualifier))
        .Bind(first + 2, a->value)
        .Bind(first + 3, a->low)
        .Bind(first + 4, a->high);
  } else {
    for (int i = first; i < first + 5; ++i) statement.BindNull(i);
  }
}

void ReadAttendance(const sql::Statement& row, int first, Event& event) {
  event.attendance.reset();
  if (row.IsNull(first)) return;
  event.attendance = Attendance{row.Text(first), ParseQualifier(row.Text(first + 1)).value(),
                                row.Int(first + 2), row.Int(first + 3), row.Int(first + 4)};
}

constexpr RecordTable<Event>::Composite kEventComposites[] = {
    {"attendance", &BindAttendance, &ReadAttendance},
};

const RecordTable<Event>& Events() { return EventTable(); }

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

const RecordTable<Event>& EventTable() {
  static const RecordTable<Event> table("events", EventFields(), kEventComposites);
  return table;
}

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
  const RecordTable<Event>& events = Events();
  KENES_ASSIGN(
      event.id,
      Insert(
          "events", events.written() + ", version, created_at, updated_at",
          events.written_count() + 3, event.id, [&](sql::Statement& insert) {
            const int next = events.Bind(insert, event);
            insert.Bind(next, 1).Bind(next + 1, event.created_at).Bind(next + 2, event.updated_at);
          }));
  event.version = 1;
  KENES_TRY(SaveEventLists(event));
  return GetEvent(event.id);
}

Result<Event> SqlTransaction::GetEvent(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(Events().select() + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no event has id " + std::to_string(id));
  Event event;
  KENES_TRY(Events().Read(*query, event));
  KENES_TRY(LoadEventLists(event));
  return event;
}

Result<PageOf<Event>> SqlTransaction::ListEvents(const EventFilter& filter) {
  SqlFilter where = EventConditions(filter, "");
  where.Paginate("id", filter.page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(Events().select() + where.sql()));
  where.BindTo(*query);
  std::vector<Event> events;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    KENES_TRY(Events().Read(*query, events.emplace_back()));
  }
  for (Event& event : events) KENES_TRY(LoadEventLists(event));
  return TrimToPage(std::move(events), filter.page);
}

Result<Event> SqlTransaction::UpdateEvent(Event event) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE events SET " + Events().assignments() +
                           ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
  const int next = Events().Bind(*update, event);
  KENES_TRY(update->Bind(next, clock_.NowUtc())
                .Bind(next + 1, event.id)
                .Bind(next + 2, event.version)
                .Run());
  if (update->Changes() == 0) return StaleOrMissing("events", "event", event.id, event.version);
  KENES_TRY(SaveEventLists(event));
  return GetEvent(event.id);
}

Status SqlTransaction::DeleteEvent(Id id) {
  return DeleteById("DELETE FROM events WHERE id = ?", "event", id);
}

}  // namespace kenes::sql
