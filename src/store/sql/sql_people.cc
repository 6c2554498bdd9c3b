// People (their fields: core/person_fields.cc) and the positions they held.
#include "core/person_fields.h"
#include "core/utf8.h"
#include "store/sql/described_tables.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"
#include "store/sql/values.h"

namespace kenes::sql {

const RecordTable<Person>& PersonTable() {
  static const RecordTable<Person> table("people", PersonFields());
  return table;
}

Status SqlTransaction::LoadPositions(Person& person) {
  KENES_ASSIGN(sql::Statement * query,
               db_.Prepare("SELECT title, organization_id, from_date, to_date FROM positions "
                           "WHERE person_id = ? ORDER BY ord"));
  query->Bind(1, person.id);
  person.positions.clear();
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    person.positions.push_back(
        {query->Text(0), query->OptionalInt(1), OptionalDate(*query, 2), OptionalDate(*query, 3)});
  }
  return Ok();
}

Status SqlTransaction::SavePositions(const Person& person) {
  KENES_ASSIGN(sql::Statement * clear, db_.Prepare("DELETE FROM positions WHERE person_id = ?"));
  KENES_TRY(clear->Bind(1, person.id).Run());
  for (std::size_t i = 0; i < person.positions.size(); ++i) {
    const Position& position = person.positions[i];
    KENES_ASSIGN(sql::Statement * insert,
                 db_.Prepare("INSERT INTO positions (person_id, ord, title, organization_id, "
                             "from_date, to_date) VALUES (?, ?, ?, ?, ?, ?)"));
    KENES_TRY(insert->Bind(1, person.id)
                  .Bind(2, static_cast<std::int64_t>(i))
                  .Bind(3, position.title)
                  .Bind(4, position.organization_id)
                  .Bind(5, DateText(position.from))
                  .Bind(6, DateText(position.to))
                  .Run());
  }
  return Ok();
}

Result<Person> SqlTransaction::CreatePerson(Person person) {
  const std::string now = clock_.NowUtc();
  const RecordTable<Person>& table = PersonTable();
  KENES_ASSIGN(person.id, Insert("people", table.written() + ", version, created_at, updated_at",
                                 table.written_count() + 3, person.id, [&](sql::Statement& insert) {
                                   const int next = table.Bind(insert, person);
                                   insert.Bind(next, 1).Bind(next + 1, now).Bind(next + 2, now);
                                 }));
  person.version = 1;
  KENES_TRY(SavePositions(person));
  return person;
}

Result<Person> SqlTransaction::GetPerson(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(PersonTable().select() + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no person has id " + std::to_string(id));
  Person person;
  KENES_TRY(PersonTable().Read(*query, person));
  KENES_TRY(LoadPositions(person));
  return person;
}

Result<PageOf<Person>> SqlTransaction::ListPeople(const PersonFilter& filter) {
  SqlFilter where;
  if (!filter.name_contains.empty()) {
    where.Where("instr(name_folded, ?) > 0", utf8::FoldForSearch(filter.name_contains));
  }
  where.Paginate("id", filter.page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(PersonTable().select() + where.sql()));
  where.BindTo(*query);
  std::vector<Person> people;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    KENES_TRY(PersonTable().Read(*query, people.emplace_back()));
  }
  for (Person& person : people) KENES_TRY(LoadPositions(person));
  return TrimToPage(std::move(people), filter.page);
}

Result<Person> SqlTransaction::UpdatePerson(Person person) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE people SET " + PersonTable().assignments() +
                           ", updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
  const int next = PersonTable().Bind(*update, person);
  KENES_TRY(update->Bind(next, clock_.NowUtc())
                .Bind(next + 1, person.id)
                .Bind(next + 2, person.version)
                .Run());
  if (update->Changes() == 0) return StaleOrMissing("people", "person", person.id, person.version);
  KENES_TRY(SavePositions(person));
  return GetPerson(person.id);
}

Status SqlTransaction::DeletePerson(Id id) {
  return DeleteById("DELETE FROM people WHERE id = ?", "person", id);
}

}  // namespace kenes::sql
