// Accounts in JSON, as the API and the audit log show them: never the password hash.
#pragma once

#include <nlohmann/json.hpp>

#include "core/account.h"

namespace kenes {

// {"id","name","role","region","organization","disabled","password","created_at","updated_at"},
// where "password" is "set" or "none" (the account signs in with tokens only).
nlohmann::json ToJson(const User& user);

}  // namespace kenes
