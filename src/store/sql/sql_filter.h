// Builds the WHERE clause of a filtered list query together with its parameters, so the SQL text
// and the bound values cannot drift apart and nothing a user typed is ever spliced into SQL.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/sql/connection.h"
#include "store/store.h"

namespace kenes::sql {

class SqlFilter {
 public:
  // Adds "AND <condition>", where each '?' in `condition` takes the next of `params`.
  template <class... P>
  SqlFilter& Where(std::string_view condition, const P&... params) {
    sql_ += sql_.empty() ? " WHERE " : " AND ";
    sql_ += condition;
    (Add(params), ...);
    return *this;
  }

  // Adds "id > after ORDER BY id LIMIT limit+1" for keyset pagination; one row more than the
  // page is read to know whether another page follows.
  SqlFilter& Paginate(std::string_view id_column, const Page& page);

  const std::string& sql() const { return sql_; }
  // Binds the parameters from position 1.
  void BindTo(Statement& statement) const;

 private:
  // A bound value; a struct rather than a variant, which trips GCC 12's uninitialized warnings.
  struct Param {
    bool is_text = false;
    std::int64_t number = 0;
    std::string text;
  };
  void Add(std::int64_t number) { params_.push_back({false, number, {}}); }
  void Add(const std::string& text) { params_.push_back({true, 0, text}); }

  std::string sql_;
  std::vector<Param> params_;
};

// The conditions of an event filter (its page aside), on a query where the event columns are
// prefixed by `prefix`: "" when selecting from events itself, "e." where events is joined as e.
SqlFilter EventConditions(const EventFilter& filter, const std::string& prefix);

// The clamped page size: 1..Page::kMaxLimit.
std::int64_t PageLimit(const Page& page);

// Trims a result read with Paginate to the page and sets next_after.
template <class T>
PageOf<T> TrimToPage(std::vector<T> items, const Page& page) {
  PageOf<T> result;
  const auto limit = static_cast<std::size_t>(PageLimit(page));
  if (items.size() > limit) {
    items.resize(limit);
    result.next_after = items.back().id;
  }
  result.items = std::move(items);
  return result;
}

}  // namespace kenes::sql
