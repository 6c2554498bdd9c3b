// Totals over events, check-ins, feedback and the registry.
#include "store/sql/sql_filter.h"
#include "store/sql/sql_transaction.h"

namespace kenes::sql {

Result<Stats> SqlTransaction::ComputeStats(const EventFilter& filter) {
  Stats stats;
  {
    SqlFilter where = EventConditions(filter, "");
    KENES_ASSIGN(
        sql::Statement * query,
        db_.Prepare("SELECT status, COUNT(*), COUNT(attendance_value), "
                    "COALESCE(SUM(attendance_value), 0), COALESCE(SUM(attendance_low), 0), "
                    "COALESCE(SUM(attendance_high), 0) FROM events" +
                    where.sql() + " GROUP BY status"));
    where.BindTo(*query);
    while (true) {
      KENES_ASSIGN(bool row, query->Step());
      if (!row) break;
      const EventStatus status = ParseEventStatus(query->Text(0)).value();
      const std::int64_t count = query->Int(1);
      if (status == EventStatus::kPlanned) stats.events_planned = count;
      if (status == EventStatus::kCancelled) stats.events_cancelled = count;
      if (status == EventStatus::kHeld) {
        stats.events_held = count;
        stats.events_with_figure = query->Int(2);
        stats.attendance = {query->Int(3), query->Int(4), query->Int(5)};
      }
    }
  }
  {
    EventFilter held = filter;
    held.status = EventStatus::kHeld;
    SqlFilter where = EventConditions(held, "");
    KENES_ASSIGN(
        sql::Statement * query,
        db_.Prepare("SELECT region_code, COUNT(*), COUNT(attendance_value), "
                    "COALESCE(SUM(attendance_value), 0), COALESCE(SUM(attendance_low), 0), "
                    "COALESCE(SUM(attendance_high), 0) FROM events" +
                    where.sql() + " GROUP BY region_code ORDER BY region_code"));
    where.BindTo(*query);
    while (true) {
      KENES_ASSIGN(bool row, query->Step());
      if (!row) break;
      stats.by_region.push_back({query->Text(0),
                                 query->Int(1),
                                 query->Int(2),
                                 {query->Int(3), query->Int(4), query->Int(5)}});
    }
  }
  {
    SqlFilter where = EventConditions(filter, "e.");
    KENES_ASSIGN(sql::Statement * query,
                 db_.Prepare("SELECT COUNT(*), COUNT(DISTINCT c.participant) FROM checkins c "
                             "JOIN events e ON e.id = c.event_id" +
                             where.sql()));
    where.BindTo(*query);
    KENES_TRY(query->Step());
    stats.checkins = query->Int(0);
    stats.distinct_participants = query->Int(1);
  }
  {
    SqlFilter where;
    if (!filter.region_code.empty()) where.Where("region_code = ?", filter.region_code);
    if (filter.from) where.Where("date >= ?", filter.from->ToString());
    if (filter.to) where.Where("date <= ?", filter.to->ToString());
    if (!filter.segment.empty()) where.Where("segment_code = ?", filter.segment);
    KENES_ASSIGN(sql::Statement * query,
                 db_.Prepare("SELECT COUNT(*) FROM feedback" + where.sql()));
    where.BindTo(*query);
    KENES_TRY(query->Step());
    stats.feedback = query->Int(0);
  }
  KENES_ASSIGN(sql::Statement * registry,
               db_.Prepare("SELECT (SELECT COUNT(*) FROM organizations), "
                           "(SELECT COUNT(DISTINCT organization_id) FROM memberships), "
                           "(SELECT COUNT(*) FROM people), "
                           "(SELECT COUNT(DISTINCT o.id) FROM organizations o JOIN memberships m "
                           "ON m.organization_id = o.id WHERE o.kind = 'party'), "
                           "(SELECT COALESCE(SUM(claimed_members), 0) FROM memberships)"));
  KENES_TRY(registry->Step());
  stats.organizations = registry->Int(0);
  stats.coalition_members = registry->Int(1);
  stats.people = registry->Int(2);
  stats.coalition_parties = registry->Int(3);
  stats.claimed_members = registry->Int(4);
  return stats;
}

}  // namespace kenes::sql
