// Load: simulated coordinators creating events, check-ins and feedback over HTTP for a fixed time,
// spread over one or more kenes servers; then every acknowledged write is looked up in the
// database, which must hold each exactly once. Run by bench/load-run.
//
//   load_client --db DB --server http://127.0.0.1:8081 [--server ...]
//               --token 350000000=TOKEN [--token ...] [--clients 200] [--seconds 60]
// Each simulated coordinator signs its requests with the token of one region's coordinator
// account and writes events in that region only, as a real coordinator would.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <limits>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

#include "store/open_store.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

struct Acknowledged {
  std::vector<std::string> event_markers;  // notes of events answered 201
  std::int64_t checkins = 0;
  std::vector<std::string> feedback_markers;
};

struct Tally {
  std::vector<double> latencies_ms;
  std::int64_t requests = 0;
  std::int64_t errors = 0;
  std::map<int, std::int64_t> statuses;
  Acknowledged acknowledged;
};

const char* const kPlaces[] = {"355630100", "355230100", "352210000", "351010000", "710000000",
                               "750000000", "790000000", "470000000", "550000000", "610000000"};

// The region a KATO code lies in: its first two digits.
std::string RegionOf(const std::string& place) { return place.substr(0, 2) + "0000000"; }

// One region's coordinator: the token it signs with and the places it holds meetings in.
struct Region {
  std::string token;
  std::vector<std::string> places;
};

void Coordinator(int number, const std::string& server, const Region& region,
                 Clock::time_point until, Tally& tally) {
  const auto colon = server.rfind(':');
  httplib::Client client(server.substr(7, colon - 7), std::stoi(server.substr(colon + 1)));
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  client.set_read_timeout(30);
  client.set_bearer_token_auth(region.token);
  std::mt19937 random(number);
  const auto send = [&](const char* path, const json& body) -> std::optional<json> {
    const auto start = Clock::now();
    auto reply = client.Post(path, body.dump(), "application/json");
    tally.latencies_ms.push_back(
        std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    ++tally.requests;
    const int status = reply ? reply->status : 0;
    ++tally.statuses[status];
    if (status != 201) {
      // The first answer of each kind of failure, so a report says what went wrong.
      static std::mutex printed_mutex;
      static std::set<int> printed;
      std::lock_guard lock(printed_mutex);
      if (printed.insert(status).second) {
        std::fprintf(stderr, "first %d answer to %s: %s\n", status, path,
                     reply ? reply->body.c_str() : httplib::to_string(reply.error()).c_str());
      }
      ++tally.errors;
      return std::nullopt;
    }
    return json::parse(reply->body);
  };
  for (int round = 0; Clock::now() < until; ++round) {
    const std::string marker = "load:" + std::to_string(number) + ":" + std::to_string(round);
    const json event = {{"date", "2026-02-" + std::to_string(13 + random() % 15)},
                        {"place_code", region.places[random() % region.places.size()]},
                        {"venue", "Дом культуры №" + std::to_string(random() % 300)},
                        {"audience", {"farmers"}},
                        {"attendance", "около " + std::to_string(50 + random() % 400)},
                        {"notes", marker}};
    auto created = send("/api/v1/events", event);
    if (!created) continue;
    tally.acknowledged.event_markers.push_back(marker);
    for (int person = 0; person < 5 && Clock::now() < until; ++person) {
      // A phone no one else uses: coordinator, round and person make it unique.
      const std::string phone = "+7 7" + std::to_string(10 + number % 90) +
                                std::to_string(1000000 + (round * 5 + person) % 9000000);
      if (send("/api/v1/checkins", {{"event_id", (*created)["id"]}, {"participant", phone}})) {
        ++tally.acknowledged.checkins;
      }
    }
    if (Clock::now() >= until) break;
    if (send("/api/v1/feedback", {{"event_id", (*created)["id"]},
                                  {"kind", "question"},
                                  {"text", "Вопрос о трудовых правах " + marker}})) {
      tally.acknowledged.feedback_markers.push_back(marker);
    }
  }
}

double Percentile(std::vector<double>& values, double share) {
  if (values.empty()) return 0;
  const std::size_t at =
      std::min(values.size() - 1, static_cast<std::size_t>(share * values.size()));
  std::nth_element(values.begin(), values.begin() + at, values.end());
  return values[at];
}

// Counts every marker in the database; returns the number of problems found.
int Verify(const std::string& db, const Tally& total) {
  auto store = kenes::OpenStore(db);
  if (!store.ok()) {
    std::fprintf(stderr, "cannot open %s: %s\n", db.c_str(), store.error().message.c_str());
    return 1;
  }
  std::map<std::string, int> events, feedback;
  std::int64_t checkins = 0;
  kenes::Status read = (*store)->Read([&](kenes::Transaction& tx) -> kenes::Status {
    kenes::EventFilter filter;
    filter.page.limit = kenes::Page::kMaxLimit;
    while (true) {
      KENES_ASSIGN(auto page, tx.ListEvents(filter));
      for (const auto& event : page.items) ++events[event.notes];
      if (!page.next_after) break;
      filter.page.after = *page.next_after;
    }
    kenes::FeedbackFilter feedback_filter;
    feedback_filter.page.limit = kenes::Page::kMaxLimit;
    while (true) {
      KENES_ASSIGN(auto page, tx.ListFeedback(feedback_filter));
      for (const auto& item : page.items) {
        ++feedback[item.text.substr(item.text.find("load:"))];
      }
      if (!page.next_after) break;
      feedback_filter.page.after = *page.next_after;
    }
    KENES_TRY(
        tx.ScanCheckIns(0, std::numeric_limits<kenes::Id>::max(), [&](const kenes::CheckInRow&) {
          ++checkins;
          return kenes::Ok();
        }));
    return kenes::Ok();
  });
  if (!read.ok()) {
    std::fprintf(stderr, "cannot read back: %s\n", read.error().message.c_str());
    return 1;
  }
  int problems = 0;
  for (const std::string& marker : total.acknowledged.event_markers) {
    if (events[marker] != 1) ++problems;
  }
  for (const std::string& marker : total.acknowledged.feedback_markers) {
    if (feedback[marker] != 1) ++problems;
  }
  std::int64_t duplicates = 0;
  for (const auto& [marker, count] : events) duplicates += count > 1 ? count - 1 : 0;
  std::printf(
      "verify: %zu events and %zu feedback acknowledged, each found %s; %lld duplicated; "
      "check-ins acknowledged %lld, stored %lld\n",
      total.acknowledged.event_markers.size(), total.acknowledged.feedback_markers.size(),
      problems ? "NOT exactly once" : "exactly once", static_cast<long long>(duplicates),
      static_cast<long long>(total.acknowledged.checkins), static_cast<long long>(checkins));
  // A write in flight when the clock ran out may land unacknowledged; never the reverse.
  if (checkins < total.acknowledged.checkins) ++problems;
  return problems + static_cast<int>(duplicates);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kenes load: coordinators writing at once"};
  std::string db, key_file;
  std::vector<std::string> servers;
  int clients = 200;
  int seconds = 60;
  app.add_option("--db", db, "the database the servers use, to verify afterwards")->required();
  app.add_option("--server", servers, "a server's base URL, http://HOST:PORT")->required();
  app.add_option("--clients", clients, "simulated coordinators")->capture_default_str();
  app.add_option("--seconds", seconds, "how long they write")->capture_default_str();
  std::vector<std::string> tokens;
  app.add_option("--token", tokens, "REGION=TOKEN: a coordinator's token for a region")->required();
  CLI11_PARSE(app, argc, argv);

  std::vector<Region> regions;
  for (const std::string& pair : tokens) {
    const auto equals = pair.find('=');
    if (equals == std::string::npos) {
      std::fprintf(stderr, "--token: expected REGION=TOKEN, got '%s'\n", pair.c_str());
      return 2;
    }
    Region region{pair.substr(equals + 1), {}};
    for (const char* place : kPlaces) {
      if (RegionOf(place) == pair.substr(0, equals)) region.places.emplace_back(place);
    }
    if (region.places.empty()) {
      std::fprintf(stderr, "--token: no load places in region %s\n",
                   pair.substr(0, equals).c_str());
      return 2;
    }
    regions.push_back(std::move(region));
  }

  const auto until = Clock::now() + std::chrono::seconds(seconds);
  std::vector<Tally> tallies(clients);
  std::vector<std::thread> threads;
  const auto start = Clock::now();
  for (int i = 0; i < clients; ++i) {
    threads.emplace_back(Coordinator, i, servers[i % servers.size()],
                         std::cref(regions[i % regions.size()]), until, std::ref(tallies[i]));
  }
  for (std::thread& thread : threads) thread.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();

  Tally total;
  for (Tally& tally : tallies) {
    total.latencies_ms.insert(total.latencies_ms.end(), tally.latencies_ms.begin(),
                              tally.latencies_ms.end());
    total.requests += tally.requests;
    total.errors += tally.errors;
    for (const auto& [status, count] : tally.statuses) total.statuses[status] += count;
    auto& ack = total.acknowledged;
    ack.event_markers.insert(ack.event_markers.end(), tally.acknowledged.event_markers.begin(),
                             tally.acknowledged.event_markers.end());
    ack.feedback_markers.insert(ack.feedback_markers.end(),
                                tally.acknowledged.feedback_markers.begin(),
                                tally.acknowledged.feedback_markers.end());
    ack.checkins += tally.acknowledged.checkins;
  }
  std::printf(
      "load: %d coordinators on %zu server(s) for %.1f s: %lld requests, %.0f requests/s, "
      "p50 %.1f ms, p99 %.1f ms, errors %lld (",
      clients, servers.size(), elapsed, static_cast<long long>(total.requests),
      total.requests / elapsed, Percentile(total.latencies_ms, 0.50),
      Percentile(total.latencies_ms, 0.99), static_cast<long long>(total.errors));
  for (const auto& [status, count] : total.statuses) {
    std::printf(" %d:%lld", status, static_cast<long long>(count));
  }
  std::printf(" )\n");
  return Verify(db, total) == 0 ? 0 : 1;
}
