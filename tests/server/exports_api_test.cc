// Whole files of records out over HTTP: the same bytes `kenes export` writes, streamed, for the
// accounts that may copy every participant key and for nobody else.
#include <gtest/gtest.h>

#include <future>
#include <thread>

#include "core/csv.h"
#include "exchange/xlsx_reader.h"
#include "support/subprocess.h"
#include "support/test_server.h"

namespace kenes {
namespace {

using testing::Reply;
using testing::TestServer;

// Two meetings in Karaganda region with check-ins of `people` people each, some of a segment and
// an age band.
void AddCheckIns(TestServer& server, std::uint32_t people) {
  std::vector<Id> events;
  for (const char* day : {"2026-02-24", "2026-02-25"}) {
    const Reply event =
        server.Post("/api/v1/events",
                    {{"date", day}, {"place_code", "355630100"}, {"attendance", "около 200"}});
    ASSERT_EQ(event.status, 201) << event.raw;
    events.push_back(event.body["id"].get<Id>());
  }
  std::vector<CheckInRow> rows;
  for (Id event : events) {
    for (std::uint32_t i = 0; i < people; ++i) {
      ParticipantKey key{};
      for (std::size_t b = 0; b < 4; ++b) key[b] = static_cast<std::uint8_t>(i >> (8 * b));
      rows.push_back({0, event, key, i % 3 ? "" : "miners",
                      i % 4 ? std::optional<AgeBand>() : AgeBand::k30To44});
    }
  }
  ASSERT_TRUE(
      server.ledger().store().Write([&](Transaction& tx) { return tx.AppendCheckIns(rows); }).ok());
}

std::string CliExport(TestServer& server, const std::string& type, const std::string& format) {
  const testing::Completed exported =
      testing::Run({testing::KenesBinary(), "export", "--db", server.database_path(), "--type",
                    type, "--format", format});
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  return exported.out;
}

TEST(ExportsApi, AnExportIsTheBytesTheCommandLineWrites) {
  TestServer server;
  AddCheckIns(server, 15'000);  // 30,000 check-ins: pieces of the stream, pages of the store
  for (const char* type : {"checkins", "events"}) {
    for (const char* format : {"csv", "jsonl"}) {
      SCOPED_TRACE(std::string(type) + " " + format);
      const Reply exported =
          server.Get(std::string("/api/v1/exports?type=") + type + "&format=" + format);
      ASSERT_EQ(exported.status, 200) << exported.raw.substr(0, 300);
      const std::string expected = CliExport(server, type, format);
      EXPECT_FALSE(expected.empty());
      EXPECT_EQ(exported.raw.size(), expected.size());
      EXPECT_TRUE(exported.raw == expected);
      EXPECT_EQ(exported.headers.find("Content-Disposition")->second,
                std::string("attachment; filename=\"kenes-") + type + "." + format + "\"");
      EXPECT_EQ(exported.headers.find("Transfer-Encoding")->second, "chunked");
    }
  }
  const Reply csv = server.Get("/api/v1/exports?type=checkins");
  EXPECT_EQ(csv.headers.find("Content-Type")->second, "text/csv; charset=utf-8");
  EXPECT_EQ(csv.raw.substr(0, csv.raw.find('\n')),
            "id,version,event_id,participant_hash,segment,age_band,created_at");
  EXPECT_EQ(std::count(csv.raw.begin(), csv.raw.end(), '\n'), 30'001);
}

TEST(ExportsApi, AWorkbookHoldsTheRowsOfTheCsv) {
  TestServer server;
  AddCheckIns(server, 2'000);
  const Reply workbook = server.Get("/api/v1/exports?type=checkins&format=xlsx");
  ASSERT_EQ(workbook.status, 200) << workbook.raw.substr(0, 300);
  EXPECT_EQ(workbook.headers.find("Content-Disposition")->second,
            "attachment; filename=\"kenes-checkins.xlsx\"");
  std::vector<std::vector<std::string>> sheet_rows;
  auto opened = XlsxWorkbook::Open(workbook.raw, "export");
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  ASSERT_TRUE(opened
                  ->ForEachRow("",
                               [&](const SheetRow& row) {
                                 sheet_rows.push_back(row.cells);
                                 return Ok();
                               })
                  .ok());
  const std::string csv = server.Get("/api/v1/exports?type=checkins").raw;
  CsvReader reader(csv);
  std::vector<std::vector<std::string>> csv_rows;
  std::vector<std::string> fields;
  while (reader.Next(fields).value()) {
    // An empty cell is no cell in a sheet row's end.
    while (!fields.empty() && fields.back().empty()) fields.pop_back();
    csv_rows.push_back(fields);
  }
  for (auto& row : sheet_rows) {
    while (!row.empty() && row.back().empty()) row.pop_back();
  }
  EXPECT_EQ(sheet_rows.size(), 4'001u);
  EXPECT_EQ(sheet_rows, csv_rows);
}

TEST(ExportsApi, OnlyHeadquartersCopiesEveryRecord) {
  TestServer server;
  AddCheckIns(server, 3);
  const Reply organization =
      server.Post("/api/v1/organizations", {{"name", "ТОО"}, {"kind", "company"}});
  ASSERT_EQ(organization.status, 201) << organization.raw;
  EXPECT_EQ(server.As(Role::kAnalyst).Get("/api/v1/exports?type=checkins").status, 200);
  for (Role role : {Role::kCoordinator, Role::kReporter, Role::kObserver}) {
    const Reply refused =
        server.As(role, organization.body["id"].get<Id>()).Get("/api/v1/exports?type=checkins");
    EXPECT_EQ(refused.status, 403) << RoleName(role);
    EXPECT_EQ(refused.body["error"]["code"], "forbidden");
    EXPECT_NE(refused.raw.find("administrators and analysts"), std::string::npos) << refused.raw;
    // Nothing of a record in the refusal.
    EXPECT_EQ(refused.raw.find("participant_hash"), std::string::npos);
  }
  EXPECT_EQ(server.Anonymous().Get("/api/v1/exports?type=checkins").status, 401);
}

TEST(ExportsApi, ABadTypeOrFormatIsRefusedNamingIt) {
  TestServer server;
  const auto field_of = [&](const std::string& query) {
    const Reply refused = server.Get("/api/v1/exports" + query);
    EXPECT_EQ(refused.status, 400) << query << ": " << refused.raw;
    return refused.body["error"]["field"].get<std::string>();
  };
  EXPECT_EQ(field_of(""), "type");
  EXPECT_EQ(field_of("?type=visitors"), "type");
  EXPECT_EQ(field_of("?type=checkins&format=xml"), "format");
  EXPECT_EQ(field_of("?type=checkins&format=pdf"), "format");
  EXPECT_EQ(field_of("?type=checkins&limit=10"), "limit");
}

TEST(ExportsApi, AnExportWaitsItsTurnWithTheOtherCostlyRequests) {
  // No place free for costly work: the export is refused at once, as a dashboard would be.
  TestServer server(false, http::Admission::Limits{0, 0, 1, std::chrono::milliseconds(10)});
  const Reply refused = server.Get("/api/v1/exports?type=events");
  EXPECT_EQ(refused.status, 503) << refused.raw;
  EXPECT_TRUE(refused.headers.contains("Retry-After"));
}

TEST(ExportsApi, AnExportHoldsItsPlaceUntilItsLastPieceIsSent) {
  TestServer server(false, http::Admission::Limits{1, 0, 2, std::chrono::milliseconds(10)});
  // Some 14 MB of CSV, more than the sockets between server and client hold: the server is
  // still sending while the client waits.
  AddCheckIns(server, 100'000);
  httplib::Client slow("127.0.0.1", server.port());
  slow.set_bearer_token_auth(server.TokenFor({"hq", Role::kAnalyst, {}, {}, {}}));
  std::promise<void> started, go;
  std::shared_future<void> going = go.get_future().share();
  std::size_t received = 0;
  std::thread reader([&] {
    auto answer = slow.Get("/api/v1/exports?type=checkins", [&](const char* data, size_t size) {
      if (received == 0) {
        started.set_value();
        going.wait();
      }
      received += size;
      return data != nullptr;
    });
    EXPECT_TRUE(answer);
  });
  started.get_future().wait();
  const Reply waiting = server.Get("/api/v1/exports?type=events");
  go.set_value();
  reader.join();
  EXPECT_EQ(waiting.status, 503) << waiting.raw;
  EXPECT_GT(received, 13'000'000u);
  // Once the export has ended its place is free again (the server lets go of it just after the
  // client has the last byte).
  int status = 0;
  for (int tries = 0; tries < 100 && status != 200; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    status = server.Get("/api/v1/exports?type=events").status;
  }
  EXPECT_EQ(status, 200);
}

}  // namespace
}  // namespace kenes
