#include "cli/context.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "crypto/password.h"
#include "store/open_store.h"

#ifndef KENES_DEFAULT_DATA_DIR
#define KENES_DEFAULT_DATA_DIR "data"
#endif

namespace kenes::cli {
namespace {

// Prints "kenes: <field>: <message>" to standard error and returns the exit code for it.
int Fail(const Error& error) {
  if (error.field.empty()) {
    std::fprintf(stderr, "kenes: %s\n", error.message.c_str());
  } else {
    std::fprintf(stderr, "kenes: %s: %s\n", error.field.c_str(), error.message.c_str());
  }
  switch (error.code) {
    case ErrorCode::kInvalid:
    case ErrorCode::kTooLarge:
    case ErrorCode::kUnsupported:
      return 65;  // EX_DATAERR: the input is wrong
    case ErrorCode::kNotFound:
    case ErrorCode::kConflict:
      return 1;
    case ErrorCode::kUnavailable:
      return 69;  // EX_UNAVAILABLE
    case ErrorCode::kInternal:
      return 70;  // EX_SOFTWARE
    case ErrorCode::kUnauthenticated:
    case ErrorCode::kForbidden:
    case ErrorCode::kRateLimited:
      return 77;  // EX_NOPERM
  }
  return 1;
}

}  // namespace

void AddDatabaseOptions(CLI::App& command, DatabaseOptions& options) {
  command.add_option("--db", options.db, "the database: a file, or postgresql://user@host:port/db")
      ->capture_default_str();
  command.add_option("--key-file", options.key_file,
                     "the participant key file (default: $KENES_KEY_FILE, else the database "
                     "file + .key; a PostgreSQL database needs one of them)");
}

Result<OpenDatabase> Open(const DatabaseOptions& options, bool create) {
  if (!create && IsFileStore(options.db) && !std::filesystem::exists(FileStorePath(options.db))) {
    return Error{ErrorCode::kUnavailable,
                 "there is no database at '" + options.db + "'; create one with `kenes init --db " +
                     options.db + "`",
                 "db"};
  }
  OpenDatabase open;
  KENES_ASSIGN(open.store, OpenStore(options.db));
  std::string key_file = options.key_file;
  if (key_file.empty()) {
    if (const char* env = std::getenv("KENES_KEY_FILE"); env && *env) key_file = env;
  }
  if (key_file.empty()) {
    if (!IsFileStore(options.db)) {
      // Every server of one campaign must hash identifiers with the same key.
      return Invalid("--key-file",
                     "a database on a server needs --key-file (or KENES_KEY_FILE): "
                     "the participant key every kenes server of the campaign shares");
    }
    key_file = FileStorePath(options.db) + ".key";
  }
  KENES_ASSIGN(ParticipantHasher hasher, ParticipantHasher::LoadOrCreate(key_file));
  open.hasher = std::make_unique<ParticipantHasher>(hasher);
  KENES_ASSIGN(open.ledger, Ledger::Open(*open.store, open.hasher.get()));
  open.accounts = std::make_unique<Accounts>(*open.ledger);
  if (!create) {
    KENES_ASSIGN(bool set_up, IsSetUp(open));
    if (!set_up) {
      return Error{ErrorCode::kUnavailable,
                   "the database at '" + open.store->Describe() +
                       "' has not been set up; run `kenes init` on it first",
                   "db"};
    }
  }
  return open;
}

Result<Actor> CommandActor(OpenDatabase& database, const std::string& as) {
  if (as.empty()) {
    const passwd* entry = getpwuid(geteuid());
    const char* user = entry ? entry->pw_name : std::getenv("USER");
    return Actor::System("cli:" + std::string(user && *user ? user : "unknown"));
  }
  KENES_ASSIGN(std::optional<User> user, database.store->Read<std::optional<User>>(
                                             [&](Transaction& tx) { return tx.FindUser(as); }));
  if (!user) return Invalid("--as", "there is no account named '" + as + "'");
  if (user->disabled) return Invalid("--as", "the account '" + as + "' is disabled");
  return Actor::Of(*user);
}

Result<std::string> ReadPasswordFile(const std::string& path, const std::string& field) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    return Error{ErrorCode::kUnavailable, "cannot read '" + path + "'", field};
  }
  if (info.st_mode & (S_IRWXG | S_IRWXO)) {
    return Invalid(field, "'" + path + "' can be read by others; restrict it with chmod 600");
  }
  std::ifstream file(path, std::ios::binary);
  std::string password;
  if (!file || !std::getline(file, password)) {
    return Error{ErrorCode::kUnavailable, "cannot read '" + path + "'", field};
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  KENES_TRY(CheckNewPassword(password, field));
  return password;
}

Result<bool> IsSetUp(const OpenDatabase& open) {
  KENES_ASSIGN(auto campaigns, open.store->Read<std::vector<Campaign>>(
                                   [](Transaction& tx) { return tx.ListCampaigns(); }));
  return !campaigns.empty();
}

std::string DataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("KENES_DATA"); env && *env) return env;
  return KENES_DEFAULT_DATA_DIR;
}

std::function<void()> Command(int& exit_code, std::function<Status()> body) {
  return CommandWithExitCode(exit_code, [body = std::move(body)]() -> Result<int> {
    KENES_TRY(body());
    return 0;
  });
}

std::function<void()> CommandWithExitCode(int& exit_code, std::function<Result<int>()> body) {
  return [&exit_code, body = std::move(body)] {
    Result<int> ran = body();
    exit_code = ran.ok() ? *ran : Fail(ran.error());
  };
}

ImportProgress TerminalProgress(const std::string& what) {
  if (!isatty(STDERR_FILENO)) return {};
  return [what](std::size_t done, std::size_t total, std::size_t records) {
    const int percent = total ? static_cast<int>(done * 100 / total) : 100;
    std::fprintf(stderr, "\r%s: %3d%%  %zu records", what.c_str(), percent, records);
    if (done >= total) std::fputc('\n', stderr);
    std::fflush(stderr);
  };
}

}  // namespace kenes::cli
