// kenes user add|list|disable|password, kenes token create: accounts from the command line. They
// act as kenes itself on behalf of whoever runs them: access to the database file is the
// authority here, as it is for `kenes init`.
#include <cstdio>

#include "cli/commands.h"
#include "cli/context.h"
#include "crypto/password.h"

namespace kenes::cli {
namespace {

// The password from `file`, or a new one when no file is named; `generated` says which.
Result<std::string> NewPassword(const std::string& file, bool& generated) {
  generated = file.empty();
  if (generated) return GeneratePassword();
  return ReadPasswordFile(file, "--password-file");
}

std::string ScopeOf(const User& user) {
  if (!user.region_code.empty()) return "region " + user.region_code;
  if (user.organization_id) return "organization " + std::to_string(*user.organization_id);
  return "";
}

struct UserOptions {
  DatabaseOptions database;
  std::string name;
  std::string role;
  std::string region;
  std::int64_t organization = 0;
  std::string password_file;
};

void AddUserAdd(CLI::App& parent, int& exit_code) {
  auto options = std::make_shared<UserOptions>();
  auto* command = parent.add_subcommand("add", "Create an account");
  command->add_option("--db", options->database.db, "database file")->capture_default_str();
  command->add_option("--name", options->name, "sign-in name (lower-case latin)")->required();
  command->add_option("--role", options->role, "admin, analyst, coordinator, reporter or observer")
      ->required();
  command->add_option("--region", options->region, "a coordinator's region (KATO code)");
  command->add_option("--org", options->organization, "a reporter's organization (id)");
  command->add_option("--password-file", options->password_file,
                      "file holding the password (default: one is made up and printed once)");
  command->callback(Command(exit_code, [options]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(options->database, false));
    NewUser user;
    user.name = options->name;
    KENES_ASSIGN(user.role, ParseRole(options->role, "--role"));
    user.region_code = options->region;
    if (options->organization) user.organization_id = options->organization;
    bool generated = false;
    KENES_ASSIGN(user.password, NewPassword(options->password_file, generated));
    KENES_ASSIGN(Actor actor, CommandActor(open, ""));
    KENES_ASSIGN(User created, open.accounts->CreateUser(actor, user));
    std::printf("created account %s (%s%s%s)\n", created.name.c_str(),
                std::string(RoleName(created.role)).c_str(), ScopeOf(created).empty() ? "" : ", ",
                ScopeOf(created).c_str());
    if (generated) std::printf("password: %s\n", user.password.c_str());
    return Ok();
  }));
}

void AddUserList(CLI::App& parent, int& exit_code) {
  auto database = std::make_shared<DatabaseOptions>();
  auto* command = parent.add_subcommand("list", "List the accounts");
  command->add_option("--db", database->db, "database file")->capture_default_str();
  command->callback(Command(exit_code, [database]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    KENES_ASSIGN(std::vector<User> users, open.accounts->ListUsers());
    for (const User& user : users) {
      std::printf("%-20s %-12s %-24s %s\n", user.name.c_str(),
                  std::string(RoleName(user.role)).c_str(), ScopeOf(user).c_str(),
                  user.disabled ? "disabled" : "active");
    }
    return Ok();
  }));
}

void AddUserDisable(CLI::App& parent, int& exit_code) {
  auto options = std::make_shared<UserOptions>();
  auto* command = parent.add_subcommand(
      "disable", "Disable an account: its sessions and tokens stop working at once");
  command->add_option("--db", options->database.db, "database file")->capture_default_str();
  command->add_option("--name", options->name, "the account")->required();
  command->callback(Command(exit_code, [options]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(options->database, false));
    KENES_ASSIGN(Actor actor, CommandActor(open, ""));
    KENES_TRY(open.accounts->DisableUser(actor, options->name));
    std::printf("disabled %s\n", options->name.c_str());
    return Ok();
  }));
}

void AddUserPassword(CLI::App& parent, int& exit_code) {
  auto options = std::make_shared<UserOptions>();
  auto* command = parent.add_subcommand("password", "Set a new password for an account");
  command->add_option("--db", options->database.db, "database file")->capture_default_str();
  command->add_option("--name", options->name, "the account")->required();
  command->add_option("--password-file", options->password_file,
                      "file holding the password (default: one is made up and printed once)");
  command->callback(Command(exit_code, [options]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(options->database, false));
    bool generated = false;
    KENES_ASSIGN(std::string password, NewPassword(options->password_file, generated));
    KENES_ASSIGN(Actor actor, CommandActor(open, ""));
    KENES_TRY(open.accounts->SetPassword(actor, options->name, password));
    std::printf("set the password of %s\n", options->name.c_str());
    if (generated) std::printf("password: %s\n", password.c_str());
    return Ok();
  }));
}

}  // namespace

void AddUser(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("user", "Manage accounts");
  command->require_subcommand(1);
  AddUserAdd(*command, exit_code);
  AddUserList(*command, exit_code);
  AddUserDisable(*command, exit_code);
  AddUserPassword(*command, exit_code);
}

void AddToken(CLI::App& app, int& exit_code) {
  auto* command = app.add_subcommand("token", "API tokens for scripts");
  command->require_subcommand(1);
  auto database = std::make_shared<DatabaseOptions>();
  auto user = std::make_shared<std::string>();
  auto label = std::make_shared<std::string>();
  auto days = std::make_shared<int>(90);
  auto* create = command->add_subcommand(
      "create", "Create a token for an account; it is printed once, on the last line");
  create->add_option("--db", database->db, "database file")->capture_default_str();
  create->add_option("--user", *user, "the account the token acts as")->required();
  create->add_option("--label", *label, "what the token is for");
  create->add_option("--days", *days, "days it stays valid")
      ->capture_default_str()
      ->check(CLI::Range(1, 366));
  create->callback(Command(exit_code, [=]() -> Status {
    KENES_ASSIGN(OpenDatabase open, Open(*database, false));
    KENES_ASSIGN(Actor actor, CommandActor(open, ""));
    KENES_ASSIGN(IssuedToken token, open.accounts->CreateToken(actor, *user, *label, *days));
    std::printf("token for %s, valid until %s (send it as Authorization: Bearer <token>):\n%s\n",
                user->c_str(), token.expires_at.c_str(), token.token.c_str());
    return Ok();
  }));
}

}  // namespace kenes::cli
