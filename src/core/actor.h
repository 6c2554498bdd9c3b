// Who is acting: a signed-in account, or kenes itself on behalf of whoever runs it at the command
// line ("cli:<unix user>") or loads the demo ("demo"). Every write names its actor; the audit log
// keeps the name.
#pragma once

#include <optional>
#include <string>

#include "core/account.h"
#include "core/ids.h"
#include "core/role.h"

namespace kenes {

struct Actor {
  std::string name;  // the user's name, or "cli:root", "demo"
  Role role = Role::kObserver;
  std::string region_code;            // a coordinator's region
  std::optional<Id> organization_id;  // a reporter's organization
  Id user_id = 0;                     // 0 when kenes itself acts

  // Kenes itself, with the powers of an administrator: whoever can open the database file or
  // run the command already has them.
  static Actor System(std::string name) { return Actor{std::move(name), Role::kAdmin, {}, {}, 0}; }
  static Actor Of(const User& user) {
    return Actor{user.name, user.role, user.region_code, user.organization_id, user.id};
  }
};

}  // namespace kenes
