// The accounts a new database starts with: the first administrator of `kenes init`, and one
// account per role for `kenes demo`.
#pragma once

#include <string>

#include "cli/context.h"

namespace kenes::cli {

// Creates the administrator "admin" unless the database has accounts already, with the password
// in `password_file` or a new one. Returns what to tell the user (the new password, shown this
// once), or nothing when there were accounts already.
Result<std::string> CreateFirstAdministrator(OpenDatabase& database,
                                             const std::string& password_file);

// Creates one account per role (the coordinator for Karaganda region, the reporter for the first
// coalition member) with fresh passwords, and prints them.
Status CreateDemoAccounts(OpenDatabase& database);

}  // namespace kenes::cli
