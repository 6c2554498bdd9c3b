// Load: simulated coordinators creating events, check-ins and feedback over HTTP for a fixed time,
// spread over one or more kenes servers; then every write is looked up in the database. Run by
// bench/load-run.
//
//   load_client --db DB --server http://127.0.0.1:8081 [--server ...]
//               --token 350000000=TOKEN [--token ...] [--clients 200] [--seconds 60]
//               [--retries 8] [--read-timeout 30] [--seed N] [--close]
// Each simulated coordinator signs its requests with the token of one region's coordinator
// account and writes events in that region only, as a real coordinator would.
//
// Every write carries its own Idempotency-Key (a UUID v4 from the coordinator's seeded random
// generator). A write that gets no answer (the connection dropped, or the read timed out) or a
// 409 naming Idempotency-Key (the same key still in flight elsewhere) is sent again, the same
// request with the same key, up to --retries times with a short backoff. The check afterwards:
// every acknowledged write (answered 201) stored exactly once, nothing stored twice; a write never
// answered after all its retries may or may not be stored, and the run says which. The exit
// status is 1 when anything acknowledged is missing or anything is stored twice.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <limits>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "store/open_store.h"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

double MillisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

enum Kind { kEvent, kCheckIn, kFeedback, kKinds };
const char* const kKindNames[kKinds] = {"events", "check-ins", "feedback"};

// How the writes of one kind ended, as the client saw them.
struct WriteCounts {
  std::int64_t sent = 0;          // writes (not requests) begun
  std::int64_t acknowledged = 0;  // answered 201, at once or after retries
  std::int64_t retried = 0;       // writes sent more than once
  std::int64_t retries = 0;       // requests beyond each write's first
  std::int64_t replayed = 0;      // answers marked Idempotent-Replayed: the write had landed
  std::int64_t refused = 0;       // answered with an error no retry would change
  std::int64_t unanswered = 0;    // no answer, or still 409 on the key, after every retry
};

// A request that got no answer at all: what httplib said and in what circumstances.
struct Drop {
  std::string error;      // httplib::Error name: Read, Write, Connection, ...
  bool reused = false;    // sent on a kept-alive connection (not one opened for it)
  double idle_ms = 0;     // how long that connection had been idle before the request
  double elapsed_ms = 0;  // from sending to giving up
  double at_s = 0;        // seconds into the run
  int server = 0;
};

struct Tally {
  std::vector<double> latencies_ms;
  std::int64_t requests = 0;
  std::int64_t connections = 0;          // TCP connections opened
  std::map<int, std::int64_t> statuses;  // per request; 0 is no answer
  std::vector<Drop> drops;
  double max_reused_idle_ms = 0;  // the longest idle of a connection that was then reused
  std::array<WriteCounts, kKinds> writes;
  // What was acknowledged, to look up afterwards.
  std::vector<std::string> event_markers;                 // notes of acknowledged events
  std::vector<std::string> feedback_markers;              // text markers of acknowledged feedback
  std::vector<std::pair<kenes::Id, kenes::Id>> checkins;  // (event id, check-in id)
  // What was sent but never answered: it may or may not be stored.
  std::vector<std::string> unanswered_event_markers;
  std::vector<std::string> unanswered_feedback_markers;
  std::vector<kenes::Id> unanswered_checkin_events;  // the event of each
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

// A version 4 UUID, 8-4-4-4-12 lower-case hex, from `random`.
std::string NewUuid(std::mt19937_64& random) {
  std::array<std::uint8_t, 16> bytes;
  for (std::size_t i = 0; i < bytes.size(); i += 8) {
    const std::uint64_t word = random();
    for (std::size_t j = 0; j < 8; ++j) bytes[i + j] = static_cast<std::uint8_t>(word >> (8 * j));
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant
  static const char kHex[] = "0123456789abcdef";
  std::string text;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += kHex[bytes[i] >> 4];
    text += kHex[bytes[i] & 0x0f];
  }
  return text;
}

struct Settings {
  int retries = 8;
  int read_timeout_s = 30;
  bool keep_alive = true;
  std::uint64_t seed = 0;
};

// The field an error answer names, or "".
std::string FieldOf(const std::string& body) {
  const json parsed = json::parse(body, nullptr, false);
  if (!parsed.is_object() || !parsed.contains("error")) return "";
  const json& field = parsed["error"]["field"];
  return field.is_string() ? field.get<std::string>() : "";
}

void Coordinator(int number, int server_index, const std::string& server, const Region& region,
                 const Settings& settings, Clock::time_point start, Clock::time_point until,
                 Tally& tally) {
  const auto colon = server.rfind(':');
  httplib::Client client(server.substr(7, colon - 7), std::stoi(server.substr(colon + 1)));
  client.set_keep_alive(settings.keep_alive);
  client.set_tcp_nodelay(true);
  client.set_read_timeout(settings.read_timeout_s);
  client.set_bearer_token_auth(region.token);
  // Called for each socket httplib opens: tells a request on a new connection from one on a
  // kept-alive connection.
  client.set_socket_options([&tally](socket_t) { ++tally.connections; });
  std::seed_seq seed{static_cast<std::uint32_t>(settings.seed),
                     static_cast<std::uint32_t>(settings.seed >> 32),
                     static_cast<std::uint32_t>(number)};
  std::mt19937_64 keys(seed);
  std::mt19937 random(number);
  Clock::time_point last_answer = Clock::now();

  // Sends one write under a fresh key until it is answered, retrying the same request with the
  // same key; returns the 201 answer's body, or nothing (refused, or never answered: `answered`
  // says which).
  const auto write = [&](Kind kind, const char* path, const json& body,
                         bool& answered) -> std::optional<json> {
    WriteCounts& counts = tally.writes[kind];
    ++counts.sent;
    const httplib::Headers headers = {{"Idempotency-Key", NewUuid(keys)}};
    const std::string text = body.dump();
    for (int attempt = 0;; ++attempt) {
      const std::int64_t connections_before = tally.connections;
      const double idle_ms =
          std::chrono::duration<double, std::milli>(Clock::now() - last_answer).count();
      const auto sent_at = Clock::now();
      auto reply = client.Post(path, headers, text, "application/json");
      const double elapsed_ms = MillisecondsSince(sent_at);
      const bool reused = tally.connections == connections_before;
      tally.latencies_ms.push_back(elapsed_ms);
      ++tally.requests;
      const int status = reply ? reply->status : 0;
      ++tally.statuses[status];
      if (reply) {
        last_answer = Clock::now();
        if (reused) tally.max_reused_idle_ms = std::max(tally.max_reused_idle_ms, idle_ms);
      } else {
        tally.drops.push_back({httplib::to_string(reply.error()), reused, idle_ms, elapsed_ms,
                               std::chrono::duration<double>(sent_at - start).count(),
                               server_index});
      }
      if (reply && reply->get_header_value("Idempotent-Replayed") == "true") ++counts.replayed;
      if (status == 201) {
        ++counts.acknowledged;
        answered = true;
        return json::parse(reply->body);
      }
      const bool in_flight = status == 409 && FieldOf(reply->body) == "Idempotency-Key";
      if (reply && !in_flight) {
        // The first answer of each kind of refusal, so a report says what went wrong.
        static std::mutex printed_mutex;
        static std::set<int> printed;
        std::lock_guard lock(printed_mutex);
        if (printed.insert(status).second) {
          std::fprintf(stderr, "first %d answer to %s: %s\n", status, path, reply->body.c_str());
        }
        ++counts.refused;
        answered = true;
        return std::nullopt;
      }
      if (attempt == settings.retries) {
        ++counts.unanswered;
        answered = false;
        return std::nullopt;
      }
      if (attempt == 0) ++counts.retried;
      ++counts.retries;
      // A 409 on the key says when to come back (Retry-After); a drop is retried soon, backing
      // off: 50 ms, 100 ms, ... up to a second.
      auto pause = std::chrono::milliseconds(std::min(1000, 50 << std::min(attempt, 5)));
      if (in_flight) {
        pause = std::chrono::seconds(
            std::max(1, std::atoi(reply->get_header_value("Retry-After").c_str())));
      }
      std::this_thread::sleep_for(pause);
    }
  };

  for (int round = 0; Clock::now() < until; ++round) {
    const std::string marker = "load:" + std::to_string(number) + ":" + std::to_string(round);
    const json event = {{"date", "2026-02-" + std::to_string(13 + random() % 15)},
                        {"place_code", region.places[random() % region.places.size()]},
                        {"venue", "Дом культуры №" + std::to_string(random() % 300)},
                        {"audience", {"farmers"}},
                        {"attendance", "около " + std::to_string(50 + random() % 400)},
                        {"notes", marker}};
    bool answered = false;
    auto created = write(kEvent, "/api/v1/events", event, answered);
    if (!created) {
      if (!answered) tally.unanswered_event_markers.push_back(marker);
      continue;
    }
    tally.event_markers.push_back(marker);
    const kenes::Id event_id = (*created)["id"];
    for (int person = 0; person < 5 && Clock::now() < until; ++person) {
      // A phone no one else uses: coordinator, round and person make it unique.
      const std::string phone = "+7 7" + std::to_string(10 + number % 90) +
                                std::to_string(1000000 + (round * 5 + person) % 9000000);
      if (auto checkin = write(kCheckIn, "/api/v1/checkins",
                               {{"event_id", event_id}, {"participant", phone}}, answered)) {
        tally.checkins.emplace_back(event_id, (*checkin)["id"].get<kenes::Id>());
      } else if (!answered) {
        tally.unanswered_checkin_events.push_back(event_id);
      }
    }
    if (Clock::now() >= until) break;
    if (write(kFeedback, "/api/v1/feedback",
              {{"event_id", event_id},
               {"kind", "question"},
               {"text", "Вопрос о трудовых правах " + marker}},
              answered)) {
      tally.feedback_markers.push_back(marker);
    } else if (!answered) {
      tally.unanswered_feedback_markers.push_back(marker);
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

// What the database holds of the writes of one kind.
struct Found {
  std::int64_t once = 0;                // acknowledged, stored exactly once
  std::int64_t twice = 0;               // copies beyond the first, of any write of the run
  std::int64_t lost = 0;                // acknowledged, not stored
  std::int64_t unanswered_stored = 0;   // never answered, stored anyway (once)
  std::int64_t unanswered_missing = 0;  // never answered, not stored
};

// Counts markers: `stored` maps each marker in the database to its copies.
Found CountMarkers(const std::map<std::string, int>& stored,
                   const std::vector<std::string>& acknowledged,
                   const std::vector<std::string>& unanswered) {
  Found found;
  const auto copies = [&](const std::string& marker) {
    const auto it = stored.find(marker);
    return it == stored.end() ? 0 : it->second;
  };
  for (const std::string& marker : acknowledged) {
    const int n = copies(marker);
    if (n == 0) ++found.lost;
    if (n == 1) ++found.once;
  }
  for (const std::string& marker : unanswered) {
    if (copies(marker) == 0)
      ++found.unanswered_missing;
    else
      ++found.unanswered_stored;
  }
  for (const auto& [marker, n] : stored) found.twice += n > 1 ? n - 1 : 0;
  return found;
}

// Looks every write up in the database; prints what it found per kind and returns the number of
// writes lost or stored twice.
std::int64_t Verify(const std::string& db, const Tally& total) {
  auto store = kenes::OpenStore(db);
  if (!store.ok()) {
    std::fprintf(stderr, "cannot open %s: %s\n", db.c_str(), store.error().message.c_str());
    return 1;
  }
  std::map<std::string, int> events, feedback;
  std::map<kenes::Id, kenes::Id> checkin_event;         // check-in id → its event
  std::map<kenes::Id, std::int64_t> checkins_of_event;  // event id → check-ins stored
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
        const auto at = item.text.find("load:");
        if (at != std::string::npos) ++feedback[item.text.substr(at)];
      }
      if (!page.next_after) break;
      feedback_filter.page.after = *page.next_after;
    }
    KENES_TRY(tx.ScanCheckIns(0, std::numeric_limits<kenes::Id>::max(),
                              [&](const kenes::CheckInRow& row) {
                                checkin_event[row.id] = row.event_id;
                                ++checkins_of_event[row.event_id];
                                return kenes::Ok();
                              }));
    return kenes::Ok();
  });
  if (!read.ok()) {
    std::fprintf(stderr, "cannot read back: %s\n", read.error().message.c_str());
    return 1;
  }
  std::array<Found, kKinds> found;
  found[kEvent] = CountMarkers(events, total.event_markers, total.unanswered_event_markers);
  found[kFeedback] =
      CountMarkers(feedback, total.feedback_markers, total.unanswered_feedback_markers);
  // Check-ins: each acknowledged one by its id, under the event it was made for. Then per event
  // of the run, whatever is stored beyond the acknowledged check-ins is an unanswered one that
  // landed, or, past the number of those, a copy.
  Found& checkins = found[kCheckIn];
  std::map<kenes::Id, std::int64_t> acknowledged_of_event, unanswered_of_event;
  for (const auto& [event_id, id] : total.checkins) {
    const auto it = checkin_event.find(id);
    if (it == checkin_event.end() || it->second != event_id)
      ++checkins.lost;
    else
      ++checkins.once;
    ++acknowledged_of_event[event_id];
  }
  for (kenes::Id event_id : total.unanswered_checkin_events) ++unanswered_of_event[event_id];
  std::set<kenes::Id> run_events;
  for (const auto& [event_id, n] : acknowledged_of_event) run_events.insert(event_id);
  for (const auto& [event_id, n] : unanswered_of_event) run_events.insert(event_id);
  for (kenes::Id event_id : run_events) {
    const std::int64_t beyond =
        checkins_of_event[event_id] - acknowledged_of_event[event_id];  // may be < 0 if lost
    const std::int64_t unanswered = unanswered_of_event[event_id];
    const std::int64_t landed = std::clamp<std::int64_t>(beyond, 0, unanswered);
    checkins.unanswered_stored += landed;
    checkins.unanswered_missing += unanswered - landed;
    checkins.twice += std::max<std::int64_t>(0, beyond - unanswered);
  }

  std::int64_t problems = 0;
  for (int kind = 0; kind < kKinds; ++kind) {
    const WriteCounts& w = total.writes[kind];
    const Found& f = found[kind];
    std::printf(
        "  %-9s sent %lld: acknowledged %lld (retried %lld, %lld retries, %lld replayed), "
        "refused %lld; stored once %lld, stored twice %lld, lost %lld; never answered %lld "
        "(%lld of them stored, %lld not)\n",
        kKindNames[kind], static_cast<long long>(w.sent), static_cast<long long>(w.acknowledged),
        static_cast<long long>(w.retried), static_cast<long long>(w.retries),
        static_cast<long long>(w.replayed), static_cast<long long>(w.refused),
        static_cast<long long>(f.once), static_cast<long long>(f.twice),
        static_cast<long long>(f.lost), static_cast<long long>(w.unanswered),
        static_cast<long long>(f.unanswered_stored), static_cast<long long>(f.unanswered_missing));
    problems += f.twice + f.lost;
  }
  std::printf("verify: %s\n", problems ? "FAILED: writes lost or stored twice"
                                       : "every acknowledged write stored exactly once");
  return problems;
}

// Prints the requests that got no answer, by server, httplib error and connection reuse.
void ReportDrops(const Tally& total, const std::vector<std::string>& servers) {
  std::printf(
      "dropped (no answer): %zu of %lld requests; connections opened %lld; longest idle "
      "before a reused connection %.0f ms\n",
      total.drops.size(), static_cast<long long>(total.requests),
      static_cast<long long>(total.connections), total.max_reused_idle_ms);
  struct Group {
    std::int64_t count = 0;
    double max_idle_ms = 0;
    std::vector<double> elapsed_ms;
  };
  std::map<std::tuple<int, std::string, bool>, Group> groups;
  for (const Drop& drop : total.drops) {
    Group& group = groups[{drop.server, drop.error, drop.reused}];
    ++group.count;
    group.max_idle_ms = std::max(group.max_idle_ms, drop.idle_ms);
    group.elapsed_ms.push_back(drop.elapsed_ms);
  }
  for (auto& [what, group] : groups) {
    const auto& [server, error, reused] = what;
    std::sort(group.elapsed_ms.begin(), group.elapsed_ms.end());
    std::printf(
        "  %s: %s error on a %s connection: %lld; idle before up to %.0f ms; after "
        "%.1f / %.1f / %.1f ms (min / median / max)\n",
        servers[server].c_str(), error.c_str(), reused ? "reused" : "new",
        static_cast<long long>(group.count), group.max_idle_ms, group.elapsed_ms.front(),
        group.elapsed_ms[group.elapsed_ms.size() / 2], group.elapsed_ms.back());
  }
  if (!total.drops.empty()) {
    std::vector<double> at;
    for (const Drop& drop : total.drops) at.push_back(drop.at_s);
    std::sort(at.begin(), at.end());
    std::printf("  seconds into the run: first %.2f, median %.2f, last %.2f\n", at.front(),
                at[at.size() / 2], at.back());
  }
}

// The kernel's counters of connections a listening socket turned away (/proc/net/netstat, Linux;
// for the whole network namespace, so other programs' connections count too): ListenOverflows
// (the accept queue was full), ListenDrops, TCPReqQFullDoCookies (the queue of half-open
// connections was full, answered with SYN cookies).
std::map<std::string, std::int64_t> ListenCounters() {
  std::map<std::string, std::int64_t> counters;
  std::ifstream file("/proc/net/netstat");
  std::string names, values;
  while (std::getline(file, names) && std::getline(file, values)) {
    if (names.rfind("TcpExt:", 0) != 0) continue;
    std::istringstream name_words(names), value_words(values);
    std::string name, value;
    while (name_words >> name && value_words >> value) {
      if (name == "ListenOverflows" || name == "ListenDrops" || name == "TCPReqQFullDoCookies") {
        counters[name] = std::stoll(value);
      }
    }
  }
  return counters;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kenes load: coordinators writing at once"};
  std::string db;
  std::vector<std::string> servers;
  int clients = 200;
  int seconds = 60;
  Settings settings;
  settings.seed = std::random_device{}();
  bool close = false;
  app.add_option("--db", db, "the database the servers use, to verify afterwards")->required();
  app.add_option("--server", servers, "a server's base URL, http://HOST:PORT")->required();
  app.add_option("--clients", clients, "simulated coordinators")->capture_default_str();
  app.add_option("--seconds", seconds, "how long they write")->capture_default_str();
  app.add_option("--retries", settings.retries, "times a write is sent again")
      ->capture_default_str();
  app.add_option("--read-timeout", settings.read_timeout_s, "seconds to wait for an answer")
      ->capture_default_str();
  app.add_option("--seed", settings.seed, "seeds the idempotency keys (default: random)");
  app.add_flag("--close", close, "a new connection for every request (no keep-alive)");
  std::vector<std::string> tokens;
  app.add_option("--token", tokens, "REGION=TOKEN: a coordinator's token for a region")->required();
  CLI11_PARSE(app, argc, argv);
  settings.keep_alive = !close;

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

  const auto listen_before = ListenCounters();
  const auto start = Clock::now();
  const auto until = start + std::chrono::seconds(seconds);
  std::vector<Tally> tallies(clients);
  std::vector<std::thread> threads;
  for (int i = 0; i < clients; ++i) {
    const int server = i % static_cast<int>(servers.size());
    threads.emplace_back(Coordinator, i, server, servers[server],
                         std::cref(regions[i % regions.size()]), std::cref(settings), start, until,
                         std::ref(tallies[i]));
  }
  for (std::thread& thread : threads) thread.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();

  Tally total;
  const auto append = [](auto& to, const auto& from) {
    to.insert(to.end(), from.begin(), from.end());
  };
  for (const Tally& tally : tallies) {
    append(total.latencies_ms, tally.latencies_ms);
    total.requests += tally.requests;
    total.connections += tally.connections;
    for (const auto& [status, count] : tally.statuses) total.statuses[status] += count;
    append(total.drops, tally.drops);
    total.max_reused_idle_ms = std::max(total.max_reused_idle_ms, tally.max_reused_idle_ms);
    for (int kind = 0; kind < kKinds; ++kind) {
      WriteCounts& to = total.writes[kind];
      const WriteCounts& from = tally.writes[kind];
      to.sent += from.sent;
      to.acknowledged += from.acknowledged;
      to.retried += from.retried;
      to.retries += from.retries;
      to.replayed += from.replayed;
      to.refused += from.refused;
      to.unanswered += from.unanswered;
    }
    append(total.event_markers, tally.event_markers);
    append(total.feedback_markers, tally.feedback_markers);
    append(total.checkins, tally.checkins);
    append(total.unanswered_event_markers, tally.unanswered_event_markers);
    append(total.unanswered_feedback_markers, tally.unanswered_feedback_markers);
    append(total.unanswered_checkin_events, tally.unanswered_checkin_events);
  }
  std::printf(
      "load: %d coordinators on %zu server(s) for %.1f s (keys seeded %llu): %lld requests, "
      "%.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; answers (",
      clients, servers.size(), elapsed, static_cast<unsigned long long>(settings.seed),
      static_cast<long long>(total.requests), total.requests / elapsed,
      Percentile(total.latencies_ms, 0.50), Percentile(total.latencies_ms, 0.99),
      total.latencies_ms.empty()
          ? 0.0
          : *std::max_element(total.latencies_ms.begin(), total.latencies_ms.end()));
  for (const auto& [status, count] : total.statuses) {
    std::printf(" %d:%lld", status, static_cast<long long>(count));
  }
  std::printf(" ; 0 is none)\n");
  // A coordinator whose connection waits for a free server thread gets its first answer late,
  // which percentiles over all requests hide.
  int waited = 0;
  for (const Tally& tally : tallies) {
    if (!tally.latencies_ms.empty() && tally.latencies_ms.front() > 1000 * seconds / 2.0) ++waited;
  }
  std::printf("coordinators whose first request waited over half the run: %d of %d\n", waited,
              clients);
  ReportDrops(total, servers);
  std::printf("  the kernel turned away during the run:");
  for (const auto& [name, count] : ListenCounters()) {
    std::printf(" %s %lld", name.c_str(), static_cast<long long>(count - listen_before.at(name)));
  }
  std::printf("\n");
  return Verify(db, total) == 0 ? 0 : 1;
}
