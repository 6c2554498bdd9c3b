// The tables whose columns come from a record's fields (core/record_fields.h) rather than from a
// list written by hand: their column lists for CampaignTables, and the columns a field has that
// an older database lacks.
#pragma once

#include <string_view>
#include <vector>

#include "core/checkin.h"
#include "core/event.h"
#include "core/feedback.h"
#include "core/intake.h"
#include "core/organization.h"
#include "core/person.h"
#include "store/sql/record_table.h"

namespace kenes::sql {

const RecordTable<Event>& EventTable();
const RecordTable<FeedbackItem>& FeedbackTable();
const RecordTable<CheckIn>& CheckInTable();
const RecordTable<Organization>& OrganizationTable();
const RecordTable<Person>& PersonTable();
const RecordTable<SourceDocument>& DocumentTable();

struct DescribedColumn {
  std::string_view table;
  std::string_view column;
  std::string_view type;  // in SQLite's spelling
};

// Every one-column field's column of every described table.
std::vector<DescribedColumn> DescribedColumns();

}  // namespace kenes::sql
