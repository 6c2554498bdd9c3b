#include "store/sql/sql_filter.h"

#include <algorithm>

namespace kenes::sql {

std::int64_t PageLimit(const Page& page) {
  return std::clamp<std::int64_t>(page.limit, 1, Page::kMaxLimit);
}

SqlFilter& SqlFilter::Paginate(std::string_view id_column, const Page& page) {
  Where(std::string(id_column) + " > ?", std::int64_t{page.after});
  sql_ += " ORDER BY " + std::string(id_column) + " LIMIT " + std::to_string(PageLimit(page) + 1);
  return *this;
}

void SqlFilter::BindTo(Statement& statement) const {
  int index = 1;
  for (const Param& param : params_) {
    if (param.is_text) {
      statement.Bind(index++, param.text);
    } else {
      statement.Bind(index++, param.number);
    }
  }
}

// The conditions of an event filter, on a table whose event columns are prefixed by `prefix`
// ("" for events itself, "e." where events is joined).
SqlFilter EventConditions(const EventFilter& filter, const std::string& prefix) {
  SqlFilter where;
  if (filter.campaign_id) where.Where(prefix + "campaign_id = ?", *filter.campaign_id);
  if (!filter.region_code.empty()) where.Where(prefix + "region_code = ?", filter.region_code);
  if (!filter.district_code.empty()) {
    where.Where(prefix + "district_code = ?", filter.district_code);
  }
  if (filter.from) where.Where(prefix + "date >= ?", filter.from->ToString());
  if (filter.to) where.Where(prefix + "date <= ?", filter.to->ToString());
  if (filter.status) {
    where.Where(prefix + "status = ?", std::string(EventStatusName(*filter.status)));
  }
  if (!filter.segment.empty()) {
    where.Where("EXISTS (SELECT 1 FROM event_audience a WHERE a.event_id = " + prefix +
                    "id AND a.segment_code = ?)",
                filter.segment);
  }
  if (filter.organization_id) {
    where.Where("(" + prefix +
                    "host_organization_id = ? OR EXISTS (SELECT 1 FROM "
                    "event_organizers o WHERE o.event_id = " +
                    prefix + "id AND o.organization_id = ?))",
                *filter.organization_id, *filter.organization_id);
  }
  return where;
}

}  // namespace kenes::sql
