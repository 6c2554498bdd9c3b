#include "store/sql/described_tables.h"

namespace kenes::sql {

std::vector<DescribedColumn> DescribedColumns() {
  std::vector<DescribedColumn> described;
  const auto add = [&](const auto& table) {
    for (const auto& [column, type] : table.typed_columns()) {
      described.push_back({table.table(), column, type});
    }
  };
  add(EventTable());
  add(FeedbackTable());
  add(CheckInTable());
  add(OrganizationTable());
  add(PersonTable());
  add(DocumentTable());
  return described;
}

}  // namespace kenes::sql
