// People and the positions they held.
#include "core/utf8.h"
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"
#include "store/sql/values.h"

namespace kenes::sql {
namespace {

constexpr const char* kColumns = "SELECT id, version, full_name, full_name_kk FROM people";

Person ReadPerson(const sql::Statement& row) {
  Person person;
  person.id = row.Int(0);
  person.version = row.Int(1);
  person.full_name = row.Text(2);
  person.full_name_kk = row.Text(3);
  return person;
}

}  // namespace

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
  KENES_ASSIGN(person.id, Insert("people",
                                 "version, full_name, full_name_kk, name_folded, created_at, "
                                 "updated_at",
                                 6, person.id, [&](sql::Statement& insert) {
                                   insert.Bind(1, 1)
                                       .Bind(2, person.full_name)
                                       .BindOrNull(3, person.full_name_kk)
                                       .Bind(4, utf8::FoldForSearch(person.full_name + " " +
                                                                    person.full_name_kk))
                                       .Bind(5, now)
                                       .Bind(6, now);
                                 }));
  person.version = 1;
  KENES_TRY(SavePositions(person));
  return person;
}

Result<Person> SqlTransaction::GetPerson(Id id) {
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(std::string(kColumns) + " WHERE id = ?"));
  KENES_ASSIGN(bool found, query->Bind(1, id).Step());
  if (!found) return NotFound("no person has id " + std::to_string(id));
  Person person = ReadPerson(*query);
  KENES_TRY(LoadPositions(person));
  return person;
}

Result<PageOf<Person>> SqlTransaction::ListPeople(const PersonFilter& filter) {
  SqlFilter where;
  if (!filter.name_contains.empty()) {
    where.Where("instr(name_folded, ?) > 0", utf8::FoldForSearch(filter.name_contains));
  }
  where.Paginate("id", filter.page);
  KENES_ASSIGN(sql::Statement * query, db_.Prepare(kColumns + where.sql()));
  where.BindTo(*query);
  std::vector<Person> people;
  while (true) {
    KENES_ASSIGN(bool row, query->Step());
    if (!row) break;
    people.push_back(ReadPerson(*query));
  }
  for (Person& person : people) KENES_TRY(LoadPositions(person));
  return TrimToPage(std::move(people), filter.page);
}

Result<Person> SqlTransaction::UpdatePerson(Person person) {
  KENES_ASSIGN(sql::Statement * update,
               db_.Prepare("UPDATE people SET full_name = ?, full_name_kk = ?, name_folded = ?, "
                           "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
  KENES_TRY(update->Bind(1, person.full_name)
                .BindOrNull(2, person.full_name_kk)
                .Bind(3, utf8::FoldForSearch(person.full_name + " " + person.full_name_kk))
                .Bind(4, clock_.NowUtc())
                .Bind(5, person.id)
                .Bind(6, person.version)
                .Run());
  if (update->Changes() == 0) return StaleOrMissing("people", "person", person.id, person.version);
  KENES_TRY(SavePositions(person));
  return GetPerson(person.id);
}

Status SqlTransaction::DeletePerson(Id id) {
  return DeleteById("DELETE FROM people WHERE id = ?", "person", id);
}

}  // namespace kenes::sql
