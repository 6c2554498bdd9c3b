// A region's workbook sent to headquarters over HTTP: imported whole, within the sender's reach,
// or not at all with the sheet, row and column of what to fix.
#include <gtest/gtest.h>

#include "support/saved_workbook.h"
#include "support/test_server.h"

namespace kenes {
namespace {

using testing::DateNumber;
using testing::Reply;
using testing::SavedSheet;
using testing::SaveWorkbook;
using testing::SharedText;
using testing::TestServer;

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Karaganda region's meetings of one week, and one in Astana on the third row.
std::string RegionWeek(const std::string& third_place) {
  return SaveWorkbook({SavedSheet{
      "Встречи",
      {{SharedText("A1", "date"), SharedText("B1", "place_code"), SharedText("C1", "attendance")},
       {DateNumber("A2", 46077), SharedText("B2", "355630100"), SharedText("C2", "более 200")},
       {DateNumber("A3", 46078), SharedText("B3", third_place), SharedText("C3", "порядка 80")}}}});
}

std::size_t EventCount(TestServer& server) {
  return server.Get("/api/v1/events").body["items"].size();
}

TEST(ImportsApi, AWorkbookIsImportedWholeAndASecondSendingChangesNothing) {
  TestServer server;
  const std::string workbook = RegionWeek("355630100");
  const Reply imported =
      server.Send("POST", "/api/v1/imports?type=events&sheet=Встречи", workbook, kXlsx);
  ASSERT_EQ(imported.status, 201) << imported.raw;
  EXPECT_EQ(imported.body["records"], 2);
  EXPECT_EQ(imported.body["format"], "xlsx");
  EXPECT_EQ(EventCount(server), 2u);
  const Reply events = server.Get("/api/v1/events");
  EXPECT_EQ(events.body["items"][0]["date"], "2026-02-24");
  EXPECT_EQ(events.body["items"][1]["attendance"]["value"], 80);

  const Reply again = server.Send("POST", "/api/v1/imports?type=events", workbook, kXlsx);
  ASSERT_EQ(again.status, 200) << again.raw;
  EXPECT_EQ(again.body["records"], 0);
  EXPECT_EQ(again.body["earlier"]["records"], 2);
  EXPECT_EQ(EventCount(server), 2u);
}

TEST(ImportsApi, ACoordinatorsRowOutsideItsRegionImportsNothingAndIsNamed) {
  TestServer server;
  auto coordinator = server.As(Role::kCoordinator);  // Karaganda region
  const Reply refused =
      coordinator.Send("POST", "/api/v1/imports?type=events", RegionWeek("710000000"), kXlsx);
  EXPECT_EQ(refused.status, 403) << refused.raw;
  EXPECT_EQ(refused.body["error"]["field"], "sheet Встречи, row 3: column place_code (B)");
  EXPECT_EQ(EventCount(server), 0u);
  EXPECT_EQ(coordinator.Send("POST", "/api/v1/imports?type=events", RegionWeek("355630100"), kXlsx)
                .status,
            201);
}

TEST(ImportsApi, ABadRequestSaysWhatToSend) {
  TestServer server;
  const std::string workbook = RegionWeek("355630100");
  const Reply no_type = server.Send("POST", "/api/v1/imports", workbook, kXlsx);
  EXPECT_EQ(no_type.status, 400);
  EXPECT_EQ(no_type.body["error"]["field"], "type");
  const Reply unknown_sheet =
      server.Send("POST", "/api/v1/imports?type=events&sheet=Events", workbook, kXlsx);
  EXPECT_EQ(unknown_sheet.status, 400);
  EXPECT_EQ(unknown_sheet.body["error"]["field"], "sheet");
  EXPECT_NE(unknown_sheet.body["error"]["message"].get<std::string>().find("Встречи"),
            std::string::npos);
  const Reply octets =
      server.Send("POST", "/api/v1/imports?type=events", workbook, "application/octet-stream");
  EXPECT_EQ(octets.status, 415);
  EXPECT_EQ(octets.body["error"]["field"], "Content-Type");
  const Reply csv =
      server.Send("POST", "/api/v1/imports?type=events&format=csv",
                  "date,place_code\n2026-02-24,355630100\n", "application/octet-stream");
  EXPECT_EQ(csv.status, 201) << csv.raw;
  const Reply not_a_workbook = server.Send("POST", "/api/v1/imports?type=events",
                                           "date,place_code\n2026-02-25,355630100\n", kXlsx);
  EXPECT_EQ(not_a_workbook.status, 400);
  EXPECT_EQ(EventCount(server), 1u);
}

}  // namespace
}  // namespace kenes
