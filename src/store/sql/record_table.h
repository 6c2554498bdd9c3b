// A record's own table as its fields (core/record_fields.h) describe it: the SELECT, the columns
// an INSERT and an UPDATE write, their binds and the reading of a row, all in one order, so no
// bind is counted by hand. A composite field with columns (events' attendance) is bound and read
// by the functions its table gives; lists and objects in child tables stay with the record's own
// code. A column the record does not show is written when it is derived (a search key, from its
// field's get) and never read back.
#pragma once

#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/record_fields.h"
#include "store/sql/connection.h"

namespace kenes::sql {

// Binds one simple field's value at `index`: absent is NULL, and so is "" for optional text.
void BindField(Statement& statement, int index, FieldType type, const FieldValue& value);
// Reads one simple field's value from `column` of a row.
FieldValue ReadField(const Statement& row, int column, FieldType type);
// "a, b, c", each followed by `suffix` (" = ?").
std::string JoinColumns(const std::vector<std::string_view>& columns, std::string_view suffix = "");
// The SQL type a simple field's column has, in SQLite's spelling.
std::string_view ColumnType(FieldType type);

template <class R>
class RecordTable {
 public:
  // The hand-written columns of one composite field, from its first column on.
  struct Composite {
    std::string_view field;
    void (*bind)(Statement& statement, int first, const R& record);
    void (*read)(const Statement& row, int first, R& record);
  };

  RecordTable(std::string_view table, std::span<const FieldSpec<R>> specs,
              std::span<const Composite> composites = {})
      : table_(table), specs_(specs), composites_(composites) {
    std::vector<std::string_view> all, read, written;
    for (const FieldSpec<R>& spec : specs_) {
      const std::vector<std::string_view> columns = ColumnsOf(spec);
      all.insert(all.end(), columns.begin(), columns.end());
      if (Readable(spec)) read.insert(read.end(), columns.begin(), columns.end());
      if (Written(spec)) written.insert(written.end(), columns.begin(), columns.end());
    }
    columns_.assign(all.begin(), all.end());
    read_.assign(read.begin(), read.end());
    column_list_ = JoinColumns(read);
    select_ = "SELECT " + column_list_ + " FROM " + table_;
    written_ = JoinColumns(written);
    assignments_ = JoinColumns(written, " = ?");
    written_count_ = static_cast<int>(written.size());
  }

  const std::string& table() const { return table_; }
  // "SELECT <the columns Read reads> FROM <table>"; Read takes its rows.
  const std::string& select() const { return select_; }
  // The same with each column and the table under `alias`, for a query that joins another table:
  // "SELECT c.a, c.b FROM checkins c".
  std::string select_as(std::string_view alias) const {
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < read_.size(); ++i) {
      sql += (i ? ", " : "") + std::string(alias) + "." + read_[i];
    }
    return sql + " FROM " + table_ + " " + std::string(alias);
  }
  // "a, b, c": the columns Read reads, for a SELECT that adds its own (Read reads them from
  // column 0, and the SELECT's own come after `read_count()` of them).
  const std::string& column_list() const { return column_list_; }
  int read_count() const { return static_cast<int>(read_.size()); }
  // Every column of the table, in the fields' order, those the record does not show too.
  const std::vector<std::string>& columns() const { return columns_; }
  // The columns an insert or an update writes: all but identity and stamps.
  const std::string& written() const { return written_; }
  int written_count() const { return written_count_; }
  // The one-column fields' columns with their SQL type: a database that lacks one gains it.
  std::vector<std::pair<std::string_view, std::string_view>> typed_columns() const {
    std::vector<std::pair<std::string_view, std::string_view>> typed;
    for (const FieldSpec<R>& spec : specs_) {
      if (spec.simple_column()) typed.emplace_back(spec.column, ColumnType(spec.type));
    }
    return typed;
  }
  // The columns that hold bytes (kHexBytes), which a copy between databases moves as such.
  std::vector<std::string> byte_columns() const {
    std::vector<std::string> bytes;
    for (const FieldSpec<R>& spec : specs_) {
      if (spec.type == FieldType::kHexBytes) bytes.emplace_back(spec.column);
    }
    return bytes;
  }
  // "a = ?, b = ?" over the written columns, for an UPDATE.
  const std::string& assignments() const { return assignments_; }

  // Binds the written columns from position `first`; returns the position after them.
  int Bind(Statement& statement, const R& record, int first = 1) const {
    int index = first;
    for (const FieldSpec<R>& spec : specs_) {
      if (!Written(spec)) continue;
      if (spec.type == FieldType::kComposite) {
        CompositeOf(spec).bind(statement, index, record);
        index += static_cast<int>(spec.columns.size());
      } else {
        BindField(statement, index++, spec.type, spec.get(record));
      }
    }
    return index;
  }

  // Reads a row of select() into `record`.
  Status Read(const Statement& row, R& record) const {
    int column = 0;
    for (const FieldSpec<R>& spec : specs_) {
      if (!Readable(spec)) continue;
      if (spec.type == FieldType::kComposite) {
        CompositeOf(spec).read(row, column, record);
        column += static_cast<int>(spec.columns.size());
      } else {
        KENES_TRY(spec.set(record, ReadField(row, column++, spec.type), spec.column));
      }
    }
    return Ok();
  }

 private:
  // A column the record does not hold (a stamp it does not carry, a search key) is not read back.
  static bool Readable(const FieldSpec<R>& spec) {
    return !spec.column.empty() && (spec.type == FieldType::kComposite || spec.set != nullptr);
  }
  static bool Written(const FieldSpec<R>& spec) {
    return !spec.column.empty() && spec.role() != FieldRole::kIdentity &&
           spec.role() != FieldRole::kStamp;
  }
  static std::vector<std::string_view> ColumnsOf(const FieldSpec<R>& spec) {
    if (spec.type == FieldType::kComposite) return {spec.columns.begin(), spec.columns.end()};
    if (spec.column.empty()) return {};
    return {spec.column};
  }
  const Composite& CompositeOf(const FieldSpec<R>& spec) const {
    for (const Composite& composite : composites_) {
      if (composite.field == spec.name) return composite;
    }
    // A composite field with no code to store it is a programming error, found by any test.
    std::abort();
  }

  std::string table_;
  std::span<const FieldSpec<R>> specs_;
  std::span<const Composite> composites_;
  std::vector<std::string> columns_, read_;
  std::string column_list_, select_, written_, assignments_;
  int written_count_ = 0;
};

}  // namespace kenes::sql
