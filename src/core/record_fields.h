// A record type's fields, said once: each field's JSON and CSV name, its SQL column, its type,
// whether it is required, who sets it, and how to read and set it on the struct. The store's
// column lists and binds, the JSON reader and writer, the CSV columns and the API's schema are
// made from this table, so a new simple field is one line here (and its rule in Validate).
//
// A field whose form is not one column and one JSON value (events' attendance: five columns, one
// JSON object; an organization's membership, a person's positions: objects in a child table) is
// here as kComposite, with its columns if it has any: every consumer sees it and handles it by
// hand. Lists (kIdList, kTextList) live in child tables; their SQL stays hand-written, their JSON
// and CSV do not. A column the table has and the record does not show (a search key, a stamp the
// record does not carry: fields::TableOnly; a document's fingerprint) is a field without a name:
// the store alone sees it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"

namespace kenes {

enum class FieldType {
  kText,          // always present, "" allowed (a required code, a timestamp)
  kOptionalText,  // "" is absent: NULL in the database, null in JSON
  kInteger,       // a whole number, always present
  kOptionalId,    // an id (or a count), or absent
  kDate,          // a date, always present
  kOptionalDate,  // a date, or absent
  kEnum,          // a name from a fixed list, always present (an absent one keeps its default)
  kOptionalEnum,  // a name from a fixed list, or absent
  kIdList,        // ids, in a child table
  kTextList,      // codes, in a child table
  kHexBytes,      // bytes in the table, lower-case hex text everywhere else (a participant key)
  kComposite,     // several columns and a JSON object, read and written by hand
};

enum class FieldRole {
  kInput,     // the client gives it
  kIdentity,  // id and version: kenes assigns them, a record (import, update) carries them
  kDerived,   // kenes works it out from other fields (region_code from place_code)
  kStamp,     // kenes stamps it when storing (created_at, updated_at)
};

// A field's value on its way between the struct and a row, JSON or CSV: absent, a number, a text
// (a date or an enum as its name), or a list.
using FieldValue = std::variant<std::monostate, std::int64_t, std::string,
                                std::vector<std::int64_t>, std::vector<std::string>>;

// What is said of a field besides its name, column and type.
struct FieldTraits {
  FieldRole role = FieldRole::kInput;
  bool required = false;
  std::string_view note = {};      // for the API's documentation
  std::string_view pattern = {};   // for the API's documentation; Validate enforces the rule
  std::string_view fallback = {};  // the value an absent enum takes, for the documentation
};

template <class R>
struct FieldSpec {
  std::string_view name;    // in JSON and CSV; empty for a column the record does not show
  std::string_view column;  // in the record's table; empty when kept elsewhere (a child table)
  FieldType type;
  FieldTraits traits;
  // nullptr for kComposite, and for a stamp the record does not carry.
  FieldValue (*get)(const R&) = nullptr;
  // Sets the field from a value of its type; an error names `field` (an enum name off its list,
  // a date that is none). nullptr for kComposite and for a column the record does not show.
  Status (*set)(R&, const FieldValue&, std::string_view field) = nullptr;
  std::span<const std::string_view> names = {};    // kEnum, kOptionalEnum: every allowed name
  std::span<const std::string_view> columns = {};  // kComposite: its columns, in order
  // kComposite: the API schema it has, a component's name ("Attendance"), or "Name[]" for a list.
  std::string_view schema = {};

  bool required() const { return traits.required; }
  FieldRole role() const { return traits.role; }
  // Stored in the record's own table, one column (not composite, not a child table).
  bool simple_column() const { return !column.empty() && type != FieldType::kComposite; }
  // In JSON, CSV and the schema: every field but a column the record does not show.
  bool shown() const { return !name.empty(); }
};

// Builders: `M` is the member the field lives in, and the field's type follows from it.
namespace fields {

template <class>
struct MemberOf;
template <class R, class T>
struct MemberOf<T R::*> {
  using Record = R;
  using Type = T;
};
template <auto M>
using RecordOf = typename MemberOf<decltype(M)>::Record;
template <auto M>
using TypeOf = typename MemberOf<decltype(M)>::Type;

template <auto M>
FieldValue Get(const RecordOf<M>& record) {
  using T = TypeOf<M>;
  const T& value = record.*M;
  if constexpr (std::is_same_v<T, std::string>) {
    return value;
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return value;
  } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
    return value ? FieldValue(*value) : FieldValue();
  } else if constexpr (std::is_same_v<T, Date>) {
    return value.ToString();
  } else if constexpr (std::is_same_v<T, std::optional<Date>>) {
    return value ? FieldValue(value->ToString()) : FieldValue();
  } else {
    static_assert(std::is_same_v<T, std::vector<std::int64_t>> ||
                  std::is_same_v<T, std::vector<std::string>>);
    return value;
  }
}

template <auto M>
Status Set(RecordOf<M>& record, const FieldValue& value, std::string_view field) {
  using T = TypeOf<M>;
  T& out = record.*M;
  if (std::holds_alternative<std::monostate>(value)) {
    out = T{};
    return Ok();
  }
  if constexpr (std::is_same_v<T, Date> || std::is_same_v<T, std::optional<Date>>) {
    KENES_ASSIGN(out, Date::Parse(std::get<std::string>(value), field));
  } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
    out = std::get<std::int64_t>(value);
  } else {
    out = std::get<T>(value);
  }
  return Ok();
}

// An enum member, plain or optional, through its name and parse functions.
template <auto M, auto Name, auto Parse>
FieldValue GetEnum(const RecordOf<M>& record) {
  const auto& value = record.*M;
  if constexpr (requires { value.has_value(); }) {
    return value ? FieldValue(std::string(Name(*value))) : FieldValue();
  } else {
    return std::string(Name(value));
  }
}

template <auto M, auto Name, auto Parse>
Status SetEnum(RecordOf<M>& record, const FieldValue& value, std::string_view field) {
  auto& out = record.*M;
  if (std::holds_alternative<std::monostate>(value)) {
    out = std::remove_reference_t<decltype(out)>{};
    return Ok();
  }
  KENES_ASSIGN(out, Parse(std::get<std::string>(value), field));
  return Ok();
}

template <auto M>
constexpr FieldType TypeFor(bool optional_text) {
  using T = TypeOf<M>;
  if constexpr (std::is_same_v<T, std::string>) {
    return optional_text ? FieldType::kOptionalText : FieldType::kText;
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    return FieldType::kInteger;
  } else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) {
    return FieldType::kOptionalId;
  } else if constexpr (std::is_same_v<T, Date>) {
    return FieldType::kDate;
  } else if constexpr (std::is_same_v<T, std::optional<Date>>) {
    return FieldType::kOptionalDate;
  } else if constexpr (std::is_same_v<T, std::vector<std::int64_t>>) {
    return FieldType::kIdList;
  } else {
    static_assert(std::is_same_v<T, std::vector<std::string>>);
    return FieldType::kTextList;
  }
}

// A field whose type follows from its member: text ("" kept), a whole number, an optional id, a
// date, a list.
template <auto M>
constexpr FieldSpec<RecordOf<M>> Of(std::string_view name, std::string_view column,
                                    FieldTraits traits = {}) {
  return {name, column, TypeFor<M>(false), traits, &Get<M>, &Set<M>};
}

// Text whose "" means absent.
template <auto M>
constexpr FieldSpec<RecordOf<M>> OptionalText(std::string_view name, std::string_view column,
                                              FieldTraits traits = {}) {
  return {name, column, TypeFor<M>(true), traits, &Get<M>, &Set<M>};
}

// Text held as bytes in the table (kHexBytes).
template <auto M>
constexpr FieldSpec<RecordOf<M>> HexBytes(std::string_view name, std::string_view column,
                                          FieldTraits traits = {}) {
  static_assert(std::is_same_v<TypeOf<M>, std::string>);
  return {name, column, FieldType::kHexBytes, traits, &Get<M>, &Set<M>};
}

template <auto M, auto Name, auto Parse>
constexpr FieldSpec<RecordOf<M>> Enum(std::string_view name, std::string_view column,
                                      std::span<const std::string_view> names,
                                      FieldTraits traits = {}) {
  constexpr bool optional = requires(TypeOf<M> value) { value.has_value(); };
  return {name,
          column,
          optional ? FieldType::kOptionalEnum : FieldType::kEnum,
          traits,
          &GetEnum<M, Name, Parse>,
          &SetEnum<M, Name, Parse>,
          names};
}

template <class R>
constexpr FieldSpec<R> Composite(std::string_view name, std::span<const std::string_view> columns,
                                 std::string_view schema, FieldTraits traits = {}) {
  return {name,
          columns.empty() ? std::string_view() : columns.front(),
          FieldType::kComposite,
          traits,
          nullptr,
          nullptr,
          {},
          columns,
          schema};
}

// A column of the record's table that the record does not show (in no JSON, CSV or schema): a
// search key kenes derives from other fields (`get` makes it, and the store writes it with the
// rest), or a stamp the record does not carry (no `get`: the store writes it by hand, nobody reads
// it back).
template <class R>
constexpr FieldSpec<R> TableOnly(std::string_view column, FieldType type, FieldRole role,
                                 FieldValue (*get)(const R&) = nullptr) {
  return {{}, column, type, {.role = role}, get, nullptr};
}

}  // namespace fields

// The field named `name`, or nullptr.
template <class R>
const FieldSpec<R>* FindField(std::span<const FieldSpec<R>> specs, std::string_view name) {
  for (const FieldSpec<R>& spec : specs) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

}  // namespace kenes
