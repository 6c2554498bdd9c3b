#include "campaign_data.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/csv.h"
#include "core/places_csv.h"

namespace kenes::publish::testing {
namespace {

std::string ReadData(const std::string& name) {
  std::ifstream in(std::string(KENES_DATA_DIR) + "/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::vector<std::string>> Rows(const std::string& name) {
  const std::string text = ReadData(name);
  CsvReader reader(text);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> fields;
  bool header = true;
  while (true) {
    auto more = reader.Next(fields);
    EXPECT_TRUE(more.ok()) << name;
    if (!more.ok() || !more.value()) break;
    if (header) {
      header = false;
      continue;
    }
    rows.push_back(fields);
  }
  return rows;
}

}  // namespace

const Gazetteer& ShippedGazetteer() {
  static const Gazetteer* const gazetteer = [] {
    auto places = ParsePlacesCsv(ReadData("places.csv"));
    EXPECT_TRUE(places.ok());
    return new Gazetteer(places.ok() ? std::move(places).value() : std::vector<Place>{});
  }();
  return *gazetteer;
}

const std::vector<Segment>& ShippedSegments() {
  static const std::vector<Segment> segments = [] {
    std::vector<Segment> out;
    for (const auto& row : Rows("segments.csv")) {
      if (row.size() >= 4) out.push_back(Segment{row[0], row[1], row[2], row[3]});
    }
    return out;
  }();
  return segments;
}

const std::vector<Provision>& ShippedProvisions() {
  static const std::vector<Provision> provisions = [] {
    std::vector<Provision> out;
    for (const auto& row : Rows("provisions.csv")) {
      if (row.size() >= 4) out.push_back(Provision{row[0], row[1], row[2], row[3], {}});
    }
    return out;
  }();
  return provisions;
}

std::vector<Place> Chain(const std::string& code) {
  std::vector<Place> chain;
  const Place* place = ShippedGazetteer().Find(code);
  while (place != nullptr) {
    chain.push_back(*place);
    place = place->parent_code.empty() ? nullptr : ShippedGazetteer().Find(place->parent_code);
  }
  return chain;
}

}  // namespace kenes::publish::testing
