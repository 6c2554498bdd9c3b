// The abuse a campaign server meets: requests without or with stolen, made-up or stale
// credentials; a page of another site making a signed-in browser post; a session id planted
// before sign-in; password guessing; oversized bodies; SQL in filter parameters; and secrets
// (passwords, tokens, ID numbers) that must never come back in an error, a log line or the
// database file.
#include <gtest/gtest.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <sstream>

#include "crypto/secret.h"
#include "support/test_database.h"
#include "support/test_server.h"

namespace kenes {
namespace {

using nlohmann::json;
using testing::Reply;
using testing::TestServer;

const char* const kPassword = "Secret-Passw0rd-XYZ";

json Meeting() {
  return {{"date", "2026-02-24"}, {"place_code", "355630100"}, {"attendance", "около 200"}};
}

std::size_t CountEvents(TestServer& server) {
  return server.Get("/api/v1/events?limit=1000").body["items"].size();
}

void AddAccount(TestServer& server, const std::string& name, Role role) {
  NewUser user{name, role, role == Role::kCoordinator ? "350000000" : "", {}, kPassword};
  ASSERT_TRUE(server.accounts().CreateUser(Actor::System("test"), user).ok());
}

// The value of cookie `name` among a reply's Set-Cookie headers, and its attributes.
std::string SetCookie(const Reply& reply, const std::string& name) {
  auto [begin, end] = reply.headers.equal_range("Set-Cookie");
  for (auto it = begin; it != end; ++it) {
    if (it->second.rfind(name + "=", 0) == 0) return it->second;
  }
  return "";
}
std::string CookieValue(const std::string& set_cookie) {
  const std::size_t equals = set_cookie.find('=');
  return set_cookie.substr(equals + 1, set_cookie.find(';') - equals - 1);
}

Reply SignIn(TestServer& server, const std::string& name, const std::string& password,
             const httplib::Headers& headers = {}) {
  return server.Anonymous().Send("POST", "/api/v1/login",
                                 json{{"name", name}, {"password", password}}.dump(),
                                 "application/json", headers);
}

TEST(Security, NoCredentialIs401AndChangesNothing) {
  TestServer server;
  auto nobody = server.Anonymous();
  const Reply reply = nobody.Post("/api/v1/events", Meeting());
  EXPECT_EQ(reply.status, 401);
  EXPECT_EQ(reply.body["error"]["code"], "unauthenticated");
  EXPECT_EQ(reply.headers.find("WWW-Authenticate")->second, "Bearer realm=\"kenes\"");
  EXPECT_EQ(nobody.Get("/api/v1/events").status, 401);
  EXPECT_EQ(nobody.Get("/api/v1/no/such/route").status, 401);  // routes are not revealed either
  EXPECT_EQ(nobody.Get("/api/v1/health").status, 200);
  // Which kind of store, not where it is nor how to reach it.
  const std::string store = nobody.Get("/api/v1/health").body["store"];
  EXPECT_TRUE(store == "sqlite" || store == "postgresql") << store;
  EXPECT_EQ(CountEvents(server), 0u);
}

TEST(Security, AnUnknownMalformedOrExpiredTokenChangesNothing) {
  TestServer server;
  // A token of a real account, stored as expired a minute ago.
  const std::string expired = NewSecret(kTokenPrefix);
  ASSERT_TRUE(server.ledger()
                  .store()
                  .Write([&](Transaction& tx) -> Status {
                    KENES_ASSIGN(User user, tx.CreateUser({0, 0, "old", Role::kAdmin}));
                    return tx.CreateCredential({SecretHash(expired), CredentialKind::kToken,
                                                user.id, "", "", "2020-01-01T00:00:00Z"});
                  })
                  .ok());
  for (const std::string& header :
       {"Bearer " + expired, "Bearer " + NewSecret(kTokenPrefix), std::string("Bearer "),
        std::string("Basic YWRtaW46YWRtaW4="), "bearer " + expired}) {
    auto client = server.Anonymous();
    const Reply reply = client.Send("POST", "/api/v1/events", Meeting().dump(), "application/json",
                                    {{"Authorization", header}});
    EXPECT_EQ(reply.status, 401) << header << ": " << reply.raw;
    EXPECT_EQ(reply.raw.find(expired), std::string::npos);
  }
  EXPECT_EQ(CountEvents(server), 0u);
}

TEST(Security, ACookieSessionNeedsItsCsrfTokenToChangeAnything) {
  TestServer server;
  AddAccount(server, "karaganda", Role::kCoordinator);
  const Reply login = SignIn(server, "karaganda", kPassword);
  ASSERT_EQ(login.status, 200) << login.raw;
  const std::string session_cookie = SetCookie(login, "kenes_session");
  const std::string csrf_cookie = SetCookie(login, "kenes_csrf");
  EXPECT_NE(session_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(session_cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(session_cookie.find("Path=/"), std::string::npos);
  EXPECT_EQ(csrf_cookie.find("HttpOnly"), std::string::npos);  // the page reads it
  const std::string csrf = login.body["csrf_token"];
  EXPECT_EQ(CookieValue(csrf_cookie), csrf);
  EXPECT_EQ(login.body["user"]["role"], "coordinator");
  EXPECT_FALSE(login.body["user"].contains("password_hash"));

  const httplib::Headers cookie = {{"Cookie", "kenes_session=" + CookieValue(session_cookie)}};
  auto browser = server.Anonymous();
  EXPECT_EQ(browser.Send("GET", "/api/v1/me", "", "", cookie).body["name"], "karaganda");
  // What a page of another site could make the browser send: the cookie, without the token.
  const Reply forged =
      browser.Send("POST", "/api/v1/events", Meeting().dump(), "application/json", cookie);
  EXPECT_EQ(forged.status, 403);
  EXPECT_EQ(forged.body["error"]["field"], "X-CSRF-Token");
  httplib::Headers wrong = cookie;
  wrong.emplace("X-CSRF-Token", CsrfToken(NewSecret()));
  EXPECT_EQ(
      browser.Send("POST", "/api/v1/events", Meeting().dump(), "application/json", wrong).status,
      403);
  EXPECT_EQ(browser.Send("DELETE", "/api/v1/events/1", "", "", cookie).status, 403);
  EXPECT_EQ(CountEvents(server), 0u);

  httplib::Headers right = cookie;
  right.emplace("X-CSRF-Token", csrf);
  EXPECT_EQ(
      browser.Send("POST", "/api/v1/events", Meeting().dump(), "application/json", right).status,
      201);

  // Signing out ends the session and clears the cookies.
  const Reply out = browser.Send("POST", "/api/v1/logout", "", "application/json", right);
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(SetCookie(out, "kenes_session").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(browser.Send("GET", "/api/v1/me", "", "", cookie).status, 401);
}

TEST(Security, ASessionIdPlantedBeforeSignInIsNeverAdopted) {
  TestServer server;
  AddAccount(server, "karaganda", Role::kCoordinator);
  AddAccount(server, "intruder", Role::kObserver);
  // An id the attacker made up, and one of the attacker's own real sessions.
  const std::string made_up = NewSecret();
  const std::string planted =
      CookieValue(SetCookie(SignIn(server, "intruder", kPassword), "kenes_session"));
  for (const std::string& fixed : {made_up, planted}) {
    const Reply login =
        SignIn(server, "karaganda", kPassword, {{"Cookie", "kenes_session=" + fixed}});
    ASSERT_EQ(login.status, 200);
    const std::string issued = CookieValue(SetCookie(login, "kenes_session"));
    EXPECT_NE(issued, fixed);
    // The fixed id does not act as the victim, and the attacker's own session is over.
    const Reply me = server.Anonymous().Send("GET", "/api/v1/me", "", "",
                                             {{"Cookie", "kenes_session=" + fixed}});
    EXPECT_EQ(me.status, 401) << me.raw;
    EXPECT_EQ(server.Anonymous()
                  .Send("GET", "/api/v1/me", "", "", {{"Cookie", "kenes_session=" + issued}})
                  .body["name"],
              "karaganda");
  }
}

TEST(Security, GuessingPasswordsLocksTheAccount) {
  TestServer server;
  AddAccount(server, "karaganda", Role::kCoordinator);
  for (int i = 0; i < 5; ++i) {
    const Reply wrong = SignIn(server, "karaganda", "guess number " + std::to_string(i));
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.body["error"]["message"], "the name or the password is wrong");
  }
  const Reply locked = SignIn(server, "karaganda", kPassword);
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(locked.body["error"]["code"], "rate_limited");
  EXPECT_EQ(locked.headers.find("Retry-After")->second, "900");
  EXPECT_TRUE(SetCookie(locked, "kenes_session").empty());
}

TEST(Security, BodiesHaveALimit) {
  TestServer server;
  const std::string huge(5 << 20, 'x');
  const Reply refused = server.Send("POST", "/api/v1/events", huge, "application/json");
  EXPECT_EQ(refused.status, 413);
  EXPECT_EQ(refused.body["error"]["code"], "too_large");
  // Without a credential, the answer is 401 before the body is read: the server may close the
  // connection while a large body is still on its way, so the client sees the 401 or a reset.
  httplib::Client nobody("127.0.0.1", server.port());
  const auto unread = nobody.Post("/api/v1/intake", std::string(3 << 20, 'x'), "text/plain");
  if (unread) {
    EXPECT_EQ(unread->status, 401);
  }
  EXPECT_EQ(server.Get("/api/v1/documents").body["items"].size(), 0u);
}

// Percent-encodes a query value.
std::string Encoded(const std::string& value) {
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  return out;
}

TEST(Security, SqlInFilterParametersIsOnlyEverAValue) {
  TestServer server(/*with_demo=*/true);
  const std::size_t events = CountEvents(server);
  ASSERT_EQ(events, 10u);
  const std::pair<const char*, std::vector<const char*>> kFilters[] = {
      {"/api/v1/organizations", {"kind", "member", "region", "q", "limit", "after"}},
      {"/api/v1/people", {"q", "limit", "after"}},
      {"/api/v1/events",
       {"region", "district", "from", "to", "segment", "status", "organization", "campaign",
        "limit", "after"}},
      {"/api/v1/feedback",
       {"event", "region", "from", "to", "segment", "status", "kind", "stance", "provision",
        "limit", "after"}},
      {"/api/v1/checkins", {"event", "region", "from", "to", "segment", "limit", "after"}},
      {"/api/v1/stats", {"region", "from", "to", "segment"}},
      {"/api/v1/places", {"q", "parent", "limit"}},
      {"/api/v1/documents", {"limit", "after"}},
      {"/api/v1/drafts", {"document", "status", "limit", "after"}},
      {"/api/v1/audit", {"kind", "record", "actor", "limit", "after"}},
      {"/api/v1/events/1/history", {"limit", "after"}},
  };
  const char* const kInjections[] = {
      "' OR '1'='1",
      "1 OR 1=1",
      "1; DROP TABLE events; --",
      "x') UNION SELECT password_hash, 1, 1 FROM users --",
      "%' --",
      "350000000' OR region_code LIKE '%",
  };
  int tried = 0;
  for (const auto& [route, parameters] : kFilters) {
    for (const char* parameter : parameters) {
      for (const char* injection : kInjections) {
        const std::string path = std::string(route) + "?" + parameter + "=" + Encoded(injection);
        const Reply reply = server.Get(path);
        SCOPED_TRACE(path + " -> " + std::to_string(reply.status) + " " + reply.raw.substr(0, 160));
        ++tried;
        EXPECT_TRUE(reply.status == 200 || reply.status == 400);
        EXPECT_EQ(reply.raw.find("argon2"), std::string::npos);
        if (reply.status == 400) {
          // A value refused names the parameter it came in.
          EXPECT_EQ(reply.body["error"]["field"], parameter);
        } else {
          // Were the quote or the semicolon read as SQL, the answer would differ from the one
          // to the same text without them; as a value, they change nothing.
          std::string plain = injection;
          std::erase_if(plain, [](char c) { return c == '\'' || c == ';'; });
          const Reply same =
              server.Get(std::string(route) + "?" + parameter + "=" + Encoded(plain));
          EXPECT_EQ(reply.body, same.body);
        }
      }
    }
  }
  EXPECT_GT(tried, 300);
  // Nothing was dropped or changed.
  EXPECT_EQ(CountEvents(server), events);
  EXPECT_EQ(server.Get("/api/v1/users").status, 200);
  EXPECT_EQ(server.Get("/api/v1/audit/verify").body["ok"], true);
}

// Everything a client or the log could see.
struct Seen {
  std::string text;
  void Add(const Reply& reply, bool with_cookies = false) {
    text += reply.raw;
    for (const auto& [name, value] : reply.headers) {
      if (name != "Set-Cookie" || with_cookies) text += name + ": " + value + "\n";
    }
  }
};

TEST(Security, NoPasswordTokenOrIdentifierInErrorsLogsOrTheDatabaseFile) {
  std::ostringstream log;
  auto previous = spdlog::default_logger();
  spdlog::set_default_logger(std::make_shared<spdlog::logger>(
      "capture", std::make_shared<spdlog::sinks::ostream_sink_mt>(log)));
  spdlog::set_level(spdlog::level::trace);
  const char* const kIin = "870412300129";
  const char* const kMistypedIin = "870412300128";
  const char* const kPhoneDigits = "7015551234";
  std::string token, session;
  Seen seen;
  {
    TestServer server;
    AddAccount(server, "karaganda", Role::kCoordinator);
    token = server.TokenFor({"script", Role::kCoordinator, "350000000", {}, {}});
    auto script = server.WithToken(token);
    const Reply event = script.Post("/api/v1/events", Meeting());
    ASSERT_EQ(event.status, 201);

    seen.Add(SignIn(server, "karaganda", "Wrong-Passw0rd-XYZ"));
    seen.Add(SignIn(server, "nobody", kPassword));
    seen.Add(server.Anonymous().Send(
        "POST", "/api/v1/login", std::string("{\"name\":\"karaganda\",\"password\":\"") + kPassword,
        "application/json"));
    seen.Add(server.Anonymous().Send("POST", "/api/v1/login",
                                     json{{"name", kPassword}, {"password", 7}}.dump(),
                                     "application/json"));
    const Reply login = SignIn(server, "karaganda", kPassword);
    session = CookieValue(SetCookie(login, "kenes_session"));
    seen.Add(login);
    seen.Add(server.Anonymous().Send("GET", "/api/v1/events", "", "",
                                     {{"Authorization", "Bearer " + token + "x"}}));
    seen.Add(script.Get("/api/v1/me"));
    for (const char* participant :
         {kIin, kMistypedIin, "+7 (701) 555-12-34", "+7 (701) 555-12-34 доб. 5"}) {
      seen.Add(script.Post("/api/v1/checkins",
                           {{"event_id", event.body["id"]}, {"participant", participant}}));
    }
    seen.Add(script.Send("POST", "/api/v1/checkins",
                         "{\"event_id\":1,\"participant\":\"" + std::string(kMistypedIin),
                         "application/json"));
    seen.Add(script.Get("/api/v1/checkins"));
    seen.Add(server.Get("/api/v1/audit?limit=1000"));
    seen.Add(server.Get("/api/v1/users"));
  }
  spdlog::set_default_logger(previous);
  seen.text += log.str();
  ASSERT_FALSE(token.empty());
  ASSERT_FALSE(session.empty());
  for (const std::string& secret :
       {std::string(kPassword), std::string("Wrong-Passw0rd-XYZ"), token, session,
        std::string(kIin), std::string(kMistypedIin), std::string(kPhoneDigits)}) {
    EXPECT_EQ(seen.text.find(secret), std::string::npos) << "'" << secret << "' was shown";
  }
  EXPECT_EQ(seen.text.find("$argon2id$"), std::string::npos);
}

TEST(Security, TheDatabaseFileHoldsNoPasswordTokenOrIdentifier) {
  if (testing::TestingPostgres()) GTEST_SKIP() << "reads the SQLite file's bytes";
  std::string token, session, path;
  std::string bytes;
  {
    TestServer server;
    path = server.database_path();
    AddAccount(server, "karaganda", Role::kCoordinator);
    token = server.TokenFor({"script", Role::kCoordinator, "350000000", {}, {}});
    auto script = server.WithToken(token);
    const Reply event = script.Post("/api/v1/events", Meeting());
    for (const char* participant : {"870412300129", "+7 (701) 555-12-34"}) {
      ASSERT_EQ(script
                    .Post("/api/v1/checkins",
                          {{"event_id", event.body["id"]}, {"participant", participant}})
                    .status,
                201);
    }
    session = CookieValue(SetCookie(SignIn(server, "karaganda", kPassword), "kenes_session"));
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream file(path + suffix, std::ios::binary);
      bytes +=
          std::string((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    }
  }
  ASSERT_GT(bytes.size(), 10000u);
  for (const std::string& secret : {std::string(kPassword), token, session,
                                    std::string("870412300129"), std::string("7015551234")}) {
    EXPECT_EQ(bytes.find(secret), std::string::npos) << "'" << secret << "' is in the file";
  }
  // What is kept instead: the hashes.
  EXPECT_NE(bytes.find(SecretHash(token)), std::string::npos);
  EXPECT_NE(bytes.find("$argon2id$"), std::string::npos);
}

}  // namespace
}  // namespace kenes
