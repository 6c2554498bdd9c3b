// What every command shares: opening the database, the ledger and the participant key named by
// --db and --key-file; where the reference data is; how errors and progress reach the terminal.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>

#include "core/actor.h"
#include "core/result.h"
#include "crypto/participant_hasher.h"
#include "ledger/accounts.h"
#include "ledger/importer.h"
#include "ledger/ledger.h"
#include "store/store.h"

namespace kenes::cli {

struct DatabaseOptions {
  std::string db = "kenes.db";  // a file, or postgresql://user@host:port/db
  std::string key_file;         // default: $KENES_KEY_FILE, else the database file + ".key"
};

// Adds --db and --key-file to `command`.
void AddDatabaseOptions(CLI::App& command, DatabaseOptions& options);

// An open database with its ledger; members are destroyed in reverse order.
struct OpenDatabase {
  std::unique_ptr<Store> store;
  std::unique_ptr<ParticipantHasher> hasher;
  std::unique_ptr<Ledger> ledger;
  std::unique_ptr<Accounts> accounts;
};

// Opens (creating when `create`) the database. Without `create`, a database that is missing or
// was never set up is an error that says to run `kenes init`, rather than an empty database made
// silently.
Result<OpenDatabase> Open(const DatabaseOptions& options, bool create);

// Who a command acts as: the account named `as` (which must exist and be enabled), or, when
// `as` is empty, kenes on behalf of the Unix user running it ("cli:alice"), with an
// administrator's powers: whoever can open the database file has them anyway.
Result<Actor> CommandActor(OpenDatabase& database, const std::string& as);

// Reads a password from the first line of `path`. The file must not be readable by others.
Result<std::string> ReadPasswordFile(const std::string& path, const std::string& field);

// Whether `kenes init` has run on the database (it has a campaign).
Result<bool> IsSetUp(const OpenDatabase& open);

// The data folder: --data when given, else $KENES_DATA, else the data/ kenes was built from.
std::string DataDir(const std::string& flag);

// The callback of a command whose body returns its Status. A failure is printed to standard error
// ("kenes: <field>: <message>") and becomes the process's exit code (65 for bad input, 69 for an
// unavailable file or database, 77 for a refusal, ...) here, and only here; success leaves it 0.
// `exit_code` must outlive the callback (main's).
std::function<void()> Command(int& exit_code, std::function<Status()> body);

// The callback of a command whose answer is an exit code of its own, as grep's is (audit verify
// exits 2 when the chain is broken, gazetteer search 1 when no place matches): `body` returns that
// code when it ran, or the error that stopped it, printed and mapped as Command does.
std::function<void()> CommandWithExitCode(int& exit_code, std::function<Result<int>()> body);

// A progress line on standard error, redrawn in place, when it is a terminal; silent otherwise.
ImportProgress TerminalProgress(const std::string& what);

}  // namespace kenes::cli
