#include "server/route_params.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "core/enum_names.h"
#include "core/place.h"

namespace kenes::http {
namespace {

Result<std::int64_t> WholeNumber(const std::string& name, const std::string& text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return Invalid(name, "'" + text + "' is not a whole number");
  }
  return value;
}

Result<Call::Value> ReadValue(const Param& param, const std::string& text) {
  switch (param.type) {
    case ParamType::kCode:
      if (!IsKatoCode(text)) {
        return Invalid(param.name, "'" + text + "' is not a KATO code (nine digits)");
      }
      return Call::Value(text);
    case ParamType::kId:
      // In a path, digits by the router's pattern: one too long to be an id is 0.
      if (text.size() > 18 && text.find_first_not_of("0123456789") == std::string::npos) {
        return Call::Value(std::int64_t{0});
      }
      [[fallthrough]];
    case ParamType::kInteger: {
      KENES_ASSIGN(const std::int64_t value, WholeNumber(param.name, text));
      if (param.most && (value < param.least.value_or(value) || value > *param.most)) {
        return Invalid(param.name, "must be between " + std::to_string(*param.least) + " and " +
                                       std::to_string(*param.most));
      }
      if (param.least && value < *param.least) {
        return Invalid(param.name, *param.least == 0
                                       ? std::string("must not be negative")
                                       : "must be at least " + std::to_string(*param.least));
      }
      return Call::Value(value);
    }
    case ParamType::kDate: {
      KENES_ASSIGN(Date date, Date::Parse(text, param.name));
      return Call::Value(date);
    }
    case ParamType::kFlag:
      if (text == "true" || text == "1") return Call::Value(true);
      if (text == "false" || text == "0") return Call::Value(false);
      return Invalid(param.name, "'" + text + "' is not true or false");
    case ParamType::kText:
      if (!param.allowed.empty() &&
          std::find(param.allowed.begin(), param.allowed.end(), text) == param.allowed.end()) {
        return Invalid(param.name, "'" + text + "' is not one of: " + JoinNames(param.allowed));
      }
      return Call::Value(text);
    case ParamType::kEnum: {
      KENES_ASSIGN(const std::int64_t value, param.read_enum(text));
      return Call::Value(value);
    }
  }
  return Internal("parameter " + param.name + " has no type");
}

}  // namespace

Params PageParams() {
  return {IntegerParam("limit", "how many items at most").Between(1, Page::kMaxLimit),
          IdParam("after", "the next_after of the page before").AtLeast(0)};
}

Params PathParams(const std::string& path, const Params& declared) {
  Params out;
  for (std::size_t open = path.find('{'); open != std::string::npos;
       open = path.find('{', open + 1)) {
    const std::string name = path.substr(open + 1, path.find('}', open) - open - 1);
    Param param = name == "id"     ? IdParam("id", "the record's id")
                  : name == "code" ? CodeParam("code", "a KATO code (nine digits)")
                                   : TextParam(name, "the file's path");
    for (const Param& given : declared) {
      if (given.name == name) param = given;
    }
    param.required = true;
    out.push_back(std::move(param));
  }
  return out;
}

Status Call::Read(const Params& path, const Params& query) {
  for (std::size_t i = 0; i < path.size(); ++i) {
    texts_[path[i].name] = request.matches[i + 1];
    KENES_ASSIGN(values_[path[i].name], ReadValue(path[i], texts_[path[i].name]));
  }
  // A bad value first, then a name the route does not take, then one it needs and was not sent.
  const Param* missing = nullptr;
  for (const Param& param : query) {
    std::optional<Value>& value = values_[param.name];
    const std::string text = request.get_param_value(param.name);
    if (text.empty()) {
      if (param.required && !missing) missing = &param;
      continue;
    }
    texts_[param.name] = text;
    KENES_ASSIGN(value, ReadValue(param, text));
  }
  for (const auto& [name, text] : request.params) {
    if (!values_.contains(name)) {
      return Invalid(name, "is not a parameter of this route; check its spelling");
    }
  }
  if (missing) return Invalid(missing->name, missing->when_missing);
  return Ok();
}

const Call::Value* Call::Find(const std::string& name) const {
  auto found = values_.find(name);
  if (found == values_.end()) {
    throw std::logic_error("parameter " + name + " is read but not declared by the route");
  }
  return found->second ? &*found->second : nullptr;
}

std::string Call::Text(const std::string& name) const {
  return Find(name) ? texts_.at(name) : std::string();
}

std::optional<std::int64_t> Call::Integer(const std::string& name) const {
  const Value* value = Find(name);
  return value ? std::optional(std::get<std::int64_t>(*value)) : std::nullopt;
}

std::optional<Date> Call::Day(const std::string& name) const {
  const Value* value = Find(name);
  return value ? std::optional(std::get<Date>(*value)) : std::nullopt;
}

std::optional<bool> Call::Flag(const std::string& name) const {
  const Value* value = Find(name);
  return value ? std::optional(std::get<bool>(*value)) : std::nullopt;
}

Page Call::Pagination() const {
  Page page;
  if (auto limit = Integer("limit")) page.limit = *limit;
  if (auto after = Integer("after")) page.after = *after;
  return page;
}

}  // namespace kenes::http
