#include "store/migrate.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "store/open_store.h"
#include "store/postgres/connection.h"
#include "store/sql/schema.h"
#include "store/sqlite/connection.h"

namespace kenes {
namespace {

using sql::Connection;
using sql::Statement;
using sql::TableInfo;

constexpr int kBatch = 2000;

// A column's value as it travels: bytes, text, or NULL.
struct Value {
  bool null = true;
  std::string data;
};
using Row = std::vector<Value>;

Result<std::unique_ptr<Connection>> Connect(const std::string& location, bool write) {
  if (IsFileStore(location)) {
    KENES_ASSIGN(auto connection,
                 sqlite::Connection::Open(FileStorePath(location),
                                          write ? sqlite::Connection::Mode::kReadWrite
                                                : sqlite::Connection::Mode::kReadOnly));
    return std::unique_ptr<Connection>(std::move(connection));
  }
  KENES_ASSIGN(auto connection, postgres::Connection::Open(location));
  return std::unique_ptr<Connection>(std::move(connection));
}

std::string Join(const std::vector<std::string>& names) {
  std::string joined;
  for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
  return joined;
}

bool IsBlob(const TableInfo& table, std::size_t column) {
  return std::find(table.blobs.begin(), table.blobs.end(), table.columns[column]) !=
         table.blobs.end();
}

Row ReadRow(const Statement& statement, const TableInfo& table) {
  Row row(table.columns.size());
  for (std::size_t i = 0; i < row.size(); ++i) {
    const int column = static_cast<int>(i);
    if (statement.IsNull(column)) continue;
    row[i] = {false, IsBlob(table, i) ? statement.Blob(column) : statement.Text(column)};
  }
  return row;
}

// The key of a row, as the positions of the key columns among all columns.
std::vector<std::size_t> KeyPositions(const TableInfo& table) {
  std::vector<std::size_t> positions;
  for (const std::string& key : table.key) {
    positions.push_back(static_cast<std::size_t>(
        std::find(table.columns.begin(), table.columns.end(), key) - table.columns.begin()));
  }
  return positions;
}

// The key columns as compared and ordered: by bytes on both sides. SQLite compares text by
// bytes already; PostgreSQL would use the database's collation, in which '_' may sort elsewhere,
// and then resuming and checksums would go astray. Text keys are the codes.
std::vector<std::string> OrderedKey(const Connection& db, const TableInfo& table) {
  std::vector<std::string> key;
  for (const std::string& column : table.key) {
    const bool text = column == "code" || column.ends_with("_code");
    key.push_back(text && db.dialect() == sql::Dialect::kPostgres ? column + " COLLATE \"C\""
                                                                  : column);
  }
  return key;
}

// Rows of `table` after `after` (all when empty), in key order, at most `limit`.
Result<std::vector<Row>> ReadRows(Connection& db, const TableInfo& table, const Row& after,
                                  int limit) {
  const std::string key = Join(OrderedKey(db, table));
  std::string sql = "SELECT " + Join(table.columns) + " FROM " + table.name;
  if (!after.empty()) {
    sql += " WHERE (" + key + ") > (";
    for (std::size_t i = 0; i < table.key.size(); ++i) sql += i ? ", ?" : "?";
    sql += ")";
  }
  sql += " ORDER BY " + key + " LIMIT " + std::to_string(limit);
  KENES_ASSIGN(Statement * query, db.Prepare(sql));
  for (std::size_t i = 0; i < after.size(); ++i)
    query->Bind(static_cast<int>(i) + 1, after[i].data);
  std::vector<Row> rows;
  while (true) {
    KENES_ASSIGN(bool more, query->Step());
    if (!more) break;
    rows.push_back(ReadRow(*query, table));
  }
  return rows;
}

// The key of the last row the target has, empty when it has none.
Result<Row> LastKey(Connection& db, const TableInfo& table) {
  std::string order;
  for (const std::string& key : OrderedKey(db, table)) {
    order += (order.empty() ? "" : ", ") + key + " DESC";
  }
  KENES_ASSIGN(Statement * query, db.Prepare("SELECT " + Join(table.key) + " FROM " + table.name +
                                             " ORDER BY " + order + " LIMIT 1"));
  KENES_ASSIGN(bool found, query->Step());
  Row key;
  if (found) {
    for (std::size_t i = 0; i < table.key.size(); ++i) {
      key.push_back({false, query->Text(static_cast<int>(i))});
    }
  }
  db.ResetStatements();
  return key;
}

Result<std::int64_t> Count(Connection& db, const std::string& table) {
  KENES_ASSIGN(Statement * query, db.Prepare("SELECT COUNT(*) FROM " + table));
  KENES_TRY(query->Step());
  const std::int64_t count = query->Int(0);
  db.ResetStatements();
  return count;
}

// An organization may name a parent with a higher id; its parent is set once all are copied.
bool DefersParent(const TableInfo& table, std::size_t column) {
  return table.name == "organizations" && table.columns[column] == "parent_id";
}

Status InsertRows(Connection& db, const TableInfo& table, const std::vector<Row>& rows) {
  std::string sql = "INSERT INTO " + table.name + " (" + Join(table.columns) + ") VALUES (";
  for (std::size_t i = 0; i < table.columns.size(); ++i) sql += i ? ", ?" : "?";
  sql += ")";
  for (const Row& row : rows) {
    KENES_ASSIGN(Statement * insert, db.Prepare(sql));
    for (std::size_t i = 0; i < row.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      if (row[i].null || DefersParent(table, i)) {
        insert->BindNull(index);
      } else if (IsBlob(table, i)) {
        insert->BindBlob(index, row[i].data);
      } else {
        insert->Bind(index, row[i].data);
      }
    }
    KENES_TRY(insert->Run());
  }
  return Ok();
}

Status InTransaction(Connection& db, const std::function<Status()>& body) {
  KENES_TRY(db.Execute(db.dialect() == sql::Dialect::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN"));
  Status status = body();
  db.ResetStatements();
  if (status.ok()) status = db.Execute("COMMIT");
  if (!status.ok()) (void)db.Execute("ROLLBACK");
  return status;
}

Result<std::string> Checksum(Connection& db, const TableInfo& table, std::int64_t limit);

Result<std::int64_t> CopyTable(Connection& from, Connection& to, const TableInfo& table,
                               const MigrationProgress& progress) {
  KENES_ASSIGN(const std::int64_t total, Count(from, table.name));
  KENES_ASSIGN(Row after, LastKey(to, table));
  KENES_ASSIGN(std::int64_t done, Count(to, table.name));
  if (done > 0) {
    // Continuing is right only when the target holds the source's first rows and nothing else.
    KENES_ASSIGN(std::string target_sum, Checksum(to, table, -1));
    KENES_ASSIGN(std::string source_sum, Checksum(from, table, done));
    if (target_sum != source_sum) {
      return Error{ErrorCode::kConflict,
                   "table " + table.name + " of the target already holds " + std::to_string(done) +
                       " rows that are not the source's first rows: the "
                       "target was used for something else; migrate into an empty database",
                   "--to"};
    }
  }
  std::int64_t copied = 0;
  const std::vector<std::size_t> key = KeyPositions(table);
  while (true) {
    KENES_ASSIGN(std::vector<Row> rows, ReadRows(from, table, after, kBatch));
    if (rows.empty()) break;
    KENES_TRY(InTransaction(to, [&] { return InsertRows(to, table, rows); }));
    after.clear();
    for (std::size_t position : key) after.push_back(rows.back()[position]);
    copied += static_cast<std::int64_t>(rows.size());
    done += static_cast<std::int64_t>(rows.size());
    if (progress) progress(table.name, done, total);
  }
  if (progress && copied == 0) progress(table.name, done, total);
  return copied;
}

// Sets the parents of organizations copied without them (see DefersParent).
Status CopyParents(Connection& from, Connection& to) {
  KENES_ASSIGN(Statement * parents,
               from.Prepare("SELECT id, parent_id FROM organizations WHERE parent_id IS NOT NULL "
                            "ORDER BY id"));
  std::vector<std::pair<std::string, std::string>> links;
  while (true) {
    KENES_ASSIGN(bool more, parents->Step());
    if (!more) break;
    links.emplace_back(parents->Text(0), parents->Text(1));
  }
  return InTransaction(to, [&]() -> Status {
    for (const auto& [id, parent] : links) {
      KENES_ASSIGN(Statement * update,
                   to.Prepare("UPDATE organizations SET parent_id = ? WHERE id = ?"));
      KENES_TRY(update->Bind(1, parent).Bind(2, id).Run());
    }
    return Ok();
  });
}

// Moves PostgreSQL's identity sequences past the ids copied in, so new rows get new ids.
Status AdvanceSequences(Connection& to) {
  if (to.dialect() != sql::Dialect::kPostgres) return Ok();
  for (const TableInfo& table : sql::CampaignTables()) {
    if (table.key != std::vector<std::string>{"id"}) continue;
    KENES_TRY(to.Execute("SELECT setval(pg_get_serial_sequence('" + table.name +
                         "', 'id'), GREATEST((SELECT MAX(id) FROM " + table.name +
                         "), 1), (SELECT MAX(id) FROM " + table.name + ") IS NOT NULL)"));
  }
  return Ok();
}

// FNV-1a over every value of the first `limit` rows in key order (all when negative), NULL told
// apart from the empty string.
Result<std::string> Checksum(Connection& db, const TableInfo& table, std::int64_t limit = -1) {
  std::uint64_t hash = 14695981039346656037ull;
  const auto mix = [&](std::string_view bytes) {
    for (unsigned char byte : bytes) hash = (hash ^ byte) * 1099511628211ull;
  };
  Row after;
  std::int64_t seen = 0;
  while (limit < 0 || seen < limit) {
    const int batch =
        limit < 0 ? kBatch : static_cast<int>(std::min<std::int64_t>(kBatch, limit - seen));
    KENES_ASSIGN(std::vector<Row> rows, ReadRows(db, table, after, batch));
    if (rows.empty()) break;
    seen += static_cast<std::int64_t>(rows.size());
    for (const Row& row : rows) {
      for (const Value& value : row) {
        mix(value.null ? std::string_view("\x01N", 2) : std::string_view("\x02", 1));
        mix(value.data);
      }
    }
    after.clear();
    for (std::size_t position : KeyPositions(table)) after.push_back(rows.back()[position]);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(hex);
}

}  // namespace

Result<std::vector<TableCopy>> MigrateDatabase(const std::string& from, const std::string& to,
                                               const MigrationProgress& progress) {
  if (from == to) return Invalid("--to", "the source and the target are the same database");
  // Opening each as a store brings both to the current schema first.
  for (const std::string& location : {from, to}) {
    auto store = OpenStore(location);
    if (!store.ok()) return WithContext(std::move(store).error(), location);
  }
  KENES_ASSIGN(auto source, Connect(from, false));
  KENES_ASSIGN(auto target, Connect(to, true));

  std::vector<TableCopy> report;
  for (const TableInfo& table : sql::CampaignTables()) {
    KENES_ASSIGN(std::int64_t copied, CopyTable(*source, *target, table, progress));
    report.push_back({table.name, 0, copied, {}});
  }
  KENES_TRY(CopyParents(*source, *target));
  KENES_TRY(AdvanceSequences(*target));

  for (std::size_t i = 0; i < report.size(); ++i) {
    const TableInfo& table = sql::CampaignTables()[i];
    KENES_ASSIGN(std::int64_t rows_from, Count(*source, table.name));
    KENES_ASSIGN(std::int64_t rows_to, Count(*target, table.name));
    KENES_ASSIGN(std::string sum_from, Checksum(*source, table, -1));
    KENES_ASSIGN(std::string sum_to, Checksum(*target, table, -1));
    if (rows_from != rows_to || sum_from != sum_to) {
      return Error{ErrorCode::kConflict,
                   "table " + table.name + " differs after the copy: " + std::to_string(rows_from) +
                       " rows (checksum " + sum_from +
                       ") in the "
                       "source, " +
                       std::to_string(rows_to) + " (checksum " + sum_to +
                       ") in the target; was the target used for something else?",
                   "--to"};
    }
    report[i].rows = rows_from;
    report[i].checksum = sum_from;
  }
  return report;
}

}  // namespace kenes
