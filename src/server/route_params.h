// A route's parameters, declared once with the route: name, type, whether required, what it
// means. From the one declaration the router reads them before the handler runs (a bad value or
// a parameter the route does not take is a 400 naming it, and the handler never sees it) and
// the OpenAPI document lists them.
//
// An empty query value counts as absent (?region= is no region), as it always has.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/actor.h"
#include "core/date.h"
#include "core/ids.h"
#include "core/result.h"
#include "store/store.h"

namespace kenes::http {

enum class ParamType {
  kId,       // a record's id: whole, positive
  kCode,     // a KATO code: nine digits
  kInteger,  // a whole number, within bounds where given
  kDate,     // YYYY-MM-DD
  kFlag,     // true/false or 1/0
  kText,     // as sent; with `allowed`, one of those names
  kEnum,     // one of a closed list, read by the domain's own reader
};

struct Param {
  std::string name;
  ParamType type = ParamType::kText;
  std::string description;
  bool required = false;
  std::string when_missing;           // the message when a required one is absent
  std::optional<std::int64_t> least;  // kInteger bounds
  std::optional<std::int64_t> most;
  // kEnum: reads the text into the enum's value (as a number), or says what is wrong.
  std::function<Result<std::int64_t>(std::string_view)> read_enum;
  // kEnum, and kText made OneOf: every name the parameter takes, from the domain's own table, so
  // the OpenAPI document lists the values the router accepts.
  std::span<const std::string_view> allowed;

  // A required parameter; absent, it is refused with `message`.
  Param Required(std::string message = "is required") && {
    required = true;
    when_missing = std::move(message);
    return std::move(*this);
  }
  Param Between(std::int64_t low, std::int64_t high) && {
    least = low;
    most = high;
    return std::move(*this);
  }
  Param AtLeast(std::int64_t low) && {
    least = low;
    return std::move(*this);
  }
  // A text parameter that takes only these names, kept as sent.
  Param OneOf(std::span<const std::string_view> names) && {
    allowed = names;
    return std::move(*this);
  }
};
using Params = std::vector<Param>;

inline Param IdParam(std::string name, std::string description) {
  return {std::move(name), ParamType::kId, std::move(description)};
}
inline Param CodeParam(std::string name, std::string description) {
  return {std::move(name), ParamType::kCode, std::move(description)};
}
inline Param IntegerParam(std::string name, std::string description) {
  return {std::move(name), ParamType::kInteger, std::move(description)};
}
inline Param DateParam(std::string name, std::string description) {
  return {std::move(name), ParamType::kDate, std::move(description)};
}
inline Param FlagParam(std::string name, std::string description) {
  return {std::move(name), ParamType::kFlag, std::move(description)};
}
inline Param TextParam(std::string name, std::string description) {
  return {std::move(name), ParamType::kText, std::move(description)};
}
// `parse` is the enum's reader (ParseEventStatus and the like): its error is the answer; `names`
// the same table's names (EventStatusNames and the like), for the API's documentation.
template <class E>
Param EnumParam(std::string name, std::string description,
                Result<E> (*parse)(std::string_view, std::string_view),
                std::span<const std::string_view> names) {
  Param param{name, ParamType::kEnum, std::move(description)};
  param.allowed = names;
  param.read_enum = [parse, name](std::string_view text) -> Result<std::int64_t> {
    KENES_ASSIGN(E value, parse(text, name));
    return static_cast<std::int64_t>(value);
  };
  return param;
}

// limit (1 to Page::kMaxLimit) and after (an id), read back by Call::Pagination.
Params PageParams();

// The parameters in a route's path ({id}, {code}, {file}), in order: the declared ones, and a
// plain declaration for any the route leaves undeclared.
Params PathParams(const std::string& path, const Params& declared);

// A request as its handler sees it: the request, who calls, and the declared parameters read.
// Reading a parameter the route did not declare is a bug, and throws.
class Call {
 public:
  using Value = std::variant<std::string, std::int64_t, Date, bool>;

  Call(const httplib::Request& request, const Actor& actor) : request(request), actor(actor) {}

  // Reads every parameter `params` declares from the request (path ones from the route's
  // pattern), refusing a bad value or a query parameter not declared.
  Status Read(const Params& path, const Params& query);

  const httplib::Request& request;
  const Actor& actor;  // nobody (Actor{}) on a public route

  // The path's {id}; one too long to be an id is 0, which no record has, so it is answered as
  // any missing record is.
  Id id() const { return static_cast<Id>(Integer("id").value_or(0)); }
  // As sent, whatever the parameter's type; "" when absent.
  std::string Text(const std::string& name) const;
  std::optional<std::int64_t> Integer(const std::string& name) const;
  std::optional<Date> Day(const std::string& name) const;
  std::optional<bool> Flag(const std::string& name) const;
  template <class E>
  std::optional<E> Enum(const std::string& name) const {
    auto value = Integer(name);
    return value ? std::optional<E>(static_cast<E>(*value)) : std::nullopt;
  }
  // From PageParams.
  Page Pagination() const;

 private:
  const Value* Find(const std::string& name) const;

  std::map<std::string, std::optional<Value>> values_;  // every declared name; nullopt: absent
  std::map<std::string, std::string> texts_;            // the present ones as sent
};

}  // namespace kenes::http
