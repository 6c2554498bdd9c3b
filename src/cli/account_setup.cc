#include "cli/account_setup.h"

#include <cstdio>

#include "crypto/password.h"

namespace kenes::cli {
namespace {

// The sample campaign's region: the Karaganda press release is about it.
constexpr const char* kDemoRegion = "350000000";

}  // namespace

Result<std::string> CreateFirstAdministrator(OpenDatabase& database,
                                             const std::string& password_file) {
  KENES_ASSIGN(bool has_users, database.accounts->HasUsers());
  if (has_users) return std::string();
  NewUser admin;
  admin.name = "admin";
  admin.role = Role::kAdmin;
  const bool generated = password_file.empty();
  if (generated) {
    admin.password = GeneratePassword();
  } else {
    KENES_ASSIGN(admin.password, ReadPasswordFile(password_file, "--admin-password-file"));
  }
  KENES_ASSIGN(Actor actor, CommandActor(database, ""));
  KENES_TRY(database.accounts->CreateUser(actor, admin));
  if (!generated) return "administrator: admin (password from " + password_file + ")\n";
  return "administrator: admin\npassword: " + admin.password +
         "\n(shown this once; set another with `kenes user password --name admin`)\n";
}

Status CreateDemoAccounts(OpenDatabase& database) {
  KENES_ASSIGN(Actor actor, CommandActor(database, ""));
  OrganizationFilter members;
  members.members_only = true;
  members.page.limit = 1;
  KENES_ASSIGN(PageOf<Organization> first,
               database.store->Read<PageOf<Organization>>(
                   [&](Transaction& tx) { return tx.ListOrganizations(members); }));
  struct Demo {
    const char* name;
    Role role;
    std::string scope;
  };
  std::vector<Demo> accounts = {
      {"admin", Role::kAdmin, "headquarters: everything, accounts included"},
      {"analyst", Role::kAnalyst, "headquarters: reads everything and the audit log"},
      {"coordinator", Role::kCoordinator, std::string("region ") + kDemoRegion},
      {"reporter", Role::kReporter, ""},
      {"observer", Role::kObserver, "published figures only"},
  };
  std::printf("demo accounts (new passwords each time the demo database is made):\n");
  for (const Demo& demo : accounts) {
    NewUser user;
    user.name = demo.name;
    user.role = demo.role;
    std::string scope = demo.scope;
    if (demo.role == Role::kCoordinator) user.region_code = kDemoRegion;
    if (demo.role == Role::kReporter) {
      if (first.items.empty()) continue;  // a demo without members has nobody to report for
      user.organization_id = first.items.front().id;
      scope = "organization " + std::to_string(first.items.front().id) + ", " +
              first.items.front().name;
    }
    user.password = GeneratePassword();
    KENES_TRY(database.accounts->CreateUser(actor, user));
    std::printf("  %-12s password %s  (%s)\n", demo.name, user.password.c_str(), scope.c_str());
  }
  return Ok();
}

}  // namespace kenes::cli
