#include "store/sql/record_table.h"

#include "store/sql/values.h"

namespace kenes::sql {

void BindField(Statement& statement, int index, FieldType type, const FieldValue& value) {
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    statement.Bind(index, *number);
  } else if (const auto* text = std::get_if<std::string>(&value)) {
    if (type == FieldType::kHexBytes) {
      statement.BindBlob(index, HexToBytes(*text));
    } else if (type == FieldType::kText) {
      statement.Bind(index, *text);
    } else {
      statement.BindOrNull(index, *text);
    }
  } else {
    statement.BindNull(index);
  }
}

FieldValue ReadField(const Statement& row, int column, FieldType type) {
  switch (type) {
    case FieldType::kInteger:
      return row.Int(column);
    case FieldType::kOptionalId:
      if (row.IsNull(column)) return {};
      return row.Int(column);
    case FieldType::kText:
    case FieldType::kDate:
    case FieldType::kEnum:
      return row.Text(column);
    case FieldType::kOptionalText:
    case FieldType::kOptionalDate:
    case FieldType::kOptionalEnum:
      if (row.IsNull(column)) return {};
      return row.Text(column);
    case FieldType::kHexBytes:
      return BytesToHex(row.Blob(column));
    case FieldType::kIdList:
    case FieldType::kTextList:
    case FieldType::kComposite:
      break;
  }
  return {};
}

std::string JoinColumns(const std::vector<std::string_view>& columns, std::string_view suffix) {
  std::string joined;
  for (std::string_view column : columns) {
    if (!joined.empty()) joined += ", ";
    joined += column;
    joined += suffix;
  }
  return joined;
}

std::string_view ColumnType(FieldType type) {
  switch (type) {
    case FieldType::kInteger:
    case FieldType::kOptionalId:
      return "INTEGER";
    case FieldType::kHexBytes:
      return "BLOB";
    default:
      return "TEXT";
  }
}

}  // namespace kenes::sql
