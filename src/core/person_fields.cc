#include "core/person_fields.h"

#include "core/utf8.h"

namespace kenes {
namespace {

using fields::Of;
using fields::OptionalText;
using fields::TableOnly;

// Both names folded, so a search finds a person by either, in any case.
FieldValue NameFolded(const Person& person) {
  return utf8::FoldForSearch(person.full_name + " " + person.full_name_kk);
}

const FieldSpec<Person> kPersonFields[] = {
    Of<&Person::id>("id", "id", {.role = FieldRole::kIdentity}),
    Of<&Person::version>("version", "version", {.role = FieldRole::kIdentity}),
    Of<&Person::full_name>("full_name", "full_name", {.required = true}),
    OptionalText<&Person::full_name_kk>("full_name_kk", "full_name_kk"),
    TableOnly<Person>("name_folded", FieldType::kText, FieldRole::kDerived, &NameFolded),
    // A list of objects: the component's name with [] (server/described_schema.h).
    fields::Composite<Person>("positions", {}, "Position[]"),
    TableOnly<Person>("created_at", FieldType::kText, FieldRole::kStamp),
    TableOnly<Person>("updated_at", FieldType::kText, FieldRole::kStamp),
};

}  // namespace

std::span<const FieldSpec<Person>> PersonFields() { return kPersonFields; }

}  // namespace kenes
