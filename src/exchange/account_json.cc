#include "exchange/account_json.h"

namespace kenes {

nlohmann::json ToJson(const User& user) {
  using nlohmann::json;
  return {{"id", user.id},
          {"version", user.version},
          {"name", user.name},
          {"role", RoleName(user.role)},
          {"region", user.region_code.empty() ? json() : json(user.region_code)},
          {"organization", user.organization_id ? json(*user.organization_id) : json()},
          {"disabled", user.disabled},
          {"password", user.password_hash.empty() ? "none" : "set"},
          {"created_at", user.created_at},
          {"updated_at", user.updated_at}};
}

}  // namespace kenes
