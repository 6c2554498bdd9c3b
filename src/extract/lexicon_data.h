// The tables the lexicon is built from (lexicon_data.cc); internal to the extractor.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "extract/lexicon.h"

namespace kenes::extract {

// Audience segments, the order of data/segments.csv (kSegmentCodes in lexicon_data.cc).
enum Segment : std::uint16_t {
  kMiners,
  kMetallurgists,
  kIndustrialWorkers,
  kMunicipalWorkers,
  kFarmers,
  kRuralResidents,
  kEntrepreneurs,
  kTeachers,
  kAcademics,
  kStudents,
  kYouth,
  kHealthWorkers,
  kSocialWorkers,
  kPublicSector,
  kCivilServants,
  kCultureWorkers,
  kItSpecialists,
  kIntelligentsia,
  kEthnocultural,
  kCivilSociety,
  kPensioners,
  kWomen,
  kJournalists,
  kVolunteers,
  kPeopleWithDisabilities,
  kResidents,
};
// Organization types, indices into kOrgTypes (lexicon_data.cc).
enum OrgTypeIndex : std::uint16_t {
  kMine,
  kPlant,
  kFirm,
  kMunicipal,
  kUniversity,
  kSchool,
  kHospital,
  kCultureHouse,
  kStateBody,
  kPartyType,
  kPublicBody,
  kUnion,
  kBusinessBody,
  kMediaBody,
  kVenue,
  kYouthWing,
  kFarm,
};

// A group of lemmas that share class, paradigm, gender and value. `words` is a space-separated
// list; within it
//   "поселок/поселк"      gives the stem when it is not the lemma minus its ending (a Kazakh
//                          "халық/халқ" the stem a possessive is built on: "халқы");
//   "*Дом_культуры"       is a two-word entry: the word marked * is the one that inflects and is
//                          looked up, the other must stand beside it ("культуры" as written,
//                          "круглый_*стол": an agreeing word, matched by its stem).
struct LexGroup {
  LexClass cls;
  Paradigm paradigm;
  Gender gender;
  std::uint16_t value;
  std::string_view words;
  // A Kazakh group whose words stand in Russian sentences too: the type words of Kazakh
  // organization names ("«AMANAT» партиясы", "«Қаратал» КМП ұжымы").
  bool any_language = false;
};

// The Russian groups (lexicon_data.cc), and the Kazakh ones (lexicon_kazakh.cc), whose entries
// inflect by Kazakh suffixes when their paradigm is kKazakh.
std::span<const LexGroup> LexGroups();
std::span<const LexGroup> KazakhLexGroups();
std::span<const std::string_view> SegmentCodeTable();
std::span<const OrgType> OrgTypeTable();

}  // namespace kenes::extract
