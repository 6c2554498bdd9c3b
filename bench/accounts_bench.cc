// What accounts cost, each against a baseline in the same run:
//   - signing in at the production password cost (Argon2id, interactive), against hashing alone;
//   - telling who sends a request (a token looked up by its hash), against reading one event;
//   - an event read over HTTP with a token, against the server's health route that checks none.
// Run: build/release/bench/accounts_bench --benchmark_counters_tabular=true
#include <benchmark/benchmark.h>

#include "crypto/password.h"
#include "support/test_server.h"

namespace kenes {
namespace {

const Actor kBench = Actor::System("bench");
const char* const kPassword = "correct horse battery staple";

void BM_HashPasswordInteractive(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(HashPassword(kPassword));
}
BENCHMARK(BM_HashPasswordInteractive)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SignInInteractive(benchmark::State& state) {
  testing::TestServer server;
  Accounts accounts(server.ledger());  // the production cost
  if (!accounts.CreateUser(kBench, {"karaganda", Role::kCoordinator, "350000000", {}, kPassword})
           .ok()) {
    state.SkipWithError("no account");
    return;
  }
  for (auto _ : state) {
    auto session = accounts.SignIn("karaganda", kPassword, "10.0.0.1", "");
    if (!session.ok()) state.SkipWithError(session.error().message.c_str());
  }
}
BENCHMARK(BM_SignInInteractive)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IdentifyToken(benchmark::State& state) {
  testing::TestServer server;
  const std::string token = server.TokenFor({"script", Role::kAnalyst, {}, {}, {}});
  for (auto _ : state) {
    auto actor = server.accounts().Identify(CredentialKind::kToken, token);
    if (!actor.ok()) state.SkipWithError("refused");
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IdentifyToken);

void BM_StoreGetEventBaseline(benchmark::State& state) {
  testing::TestServer server;
  Event event;
  event.date = Date::FromCivil(2026, 2, 24);
  event.place_code = "355630100";
  const Id id = server.ledger()
                    .Write<Event>(kBench, [&](LedgerSession& s) { return s.CreateEvent(event); })
                    ->id;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        server.ledger().store().Read<Event>([&](Transaction& tx) { return tx.GetEvent(id); }));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_StoreGetEventBaseline);

}  // namespace
}  // namespace kenes

BENCHMARK_MAIN();
