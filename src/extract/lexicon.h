// The words the extractor knows, in every inflected form: first names, titles, organization and
// place types, audience nouns, meeting and speech verbs, months, the nouns figures count. Each
// entry is a lemma, a declension paradigm and a class with a value; every form the paradigm
// yields is put in one hash table, so a token is looked up once, whatever it is, and comes back
// with every entry it is a form of and the case and number that form marks.
//
// The tables live in lexicon_data.cc. They are general vocabulary of the genre, not phrases of
// particular press releases; a new audience or organization type is a line there.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "core/organization.h"
#include "core/place.h"
#include "extract/morphology.h"

namespace kenes::extract {

enum class LexClass : std::uint8_t {
  kFirstName,  // Ерлан, Аида; gender set
  kTitle,      // the head noun of a position: депутат, сенатор, министр
  kOrgType,  // шахта, университет, Дом культуры; value: index into OrgTypes()
  kLegalForm,  // ТОО, АО, ЖШС, товарищество; value: index into OrgTypes()
  kPlaceType,  // область, район, город, поселок, г.; value: PlaceKind
  kMonth,      // января ... декабря, and Kazakh months; value: 1..12
  kAudience,  // a noun naming people of a segment: шахтеры, врачи; value: segment index
  kDomain,  // a sphere a role noun is qualified by: бюджетной (сферы); value: segment
  kRoleNoun,  // работники, сотрудники, представители, коллектив
  kMeetingNoun,  // встреча, заседание, форум; value: EventKind
  kMeetingVerb,  // встретились, состоялась, провели; value: MeetingVerb
  kSpeechVerb,   // сказал, отметила, подчеркнули
  kAttendanceCue,  // участие (приняли участие), собрались, присутствовали
  kCountedNoun,  // what a campaign-level figure counts; value: ClaimTopic
  kNotPeople,  // units a figure of people is never followed by: год, процент, тенге
};

// How a meeting verb introduces a meeting.
enum MeetingVerb : std::uint16_t {
  kWithPartner = 1,  // "встретились с ...", "обсудили ... с ...": the partner is the audience
  kWithNoun = 2,  // "состоялась встреча", "провели заседание": needs a meeting noun
  kGathering = 4,  // "собрались": the subject is the audience
  kVisit = 8,      // "посетили школу": the object is the host
};

// What a campaign-level claim counts.
enum class ClaimTopic : std::uint16_t { kParties, kOrganizations, kEvents, kPeople, kMembers };
std::string_view ClaimTopicName(ClaimTopic topic);

// The language an entry is a word of. Hits of a form are kept in this order, so that the hits of
// one language and the neutral ones are one contiguous run (Lexicon::Find).
enum class LexLanguage : std::uint8_t {
  kRussian,
  kNeutral,  // names, legal forms, abbreviations, months: read in a text of either language
  kKazakh,
};

struct LexEntry {
  std::string lemma;  // the dictionary form, spelt as in a name: "Ерлан", "Дом культуры"
  LexClass cls = LexClass::kTitle;
  Paradigm paradigm = Paradigm::kFixed;
  Gender gender = Gender::kMasculine;
  std::uint16_t value = 0;
  LexLanguage language = LexLanguage::kRussian;
  // Folded prefixes the next or previous word must start with, for entries of two words
  // ("дом" + "культур", "кругл" + "стол"); empty when the word stands alone.
  std::string next_prefix;
  std::string previous_prefix;

  // The stem endings attach to (folded).
  std::string stem;
};

struct LexHit {
  const LexEntry* entry = nullptr;
  FormSet forms = 0;
};

struct OrgType {
  OrgKind kind;
  int segment;  // the audience its collective is, -1 for none
  bool venue;   // a building meetings are held in (Дом культуры), not only a host
};

class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Every entry `folded` is a form of; empty when none. Russian entries come first, then
  // neutral ones, then Kazakh ones.
  std::span<const LexHit> Find(std::string_view folded) const;

  // The audience segment codes (data/segments.csv) values of kAudience and kDomain index.
  static std::span<const std::string_view> SegmentCodes();
  // The organization types kOrgType and kLegalForm values index.
  static std::span<const OrgType> OrgTypes();

 private:
  struct Table;
  std::unique_ptr<Table> table_;
};

// The lexicon built from the tables in lexicon_data.cc, once per process; safe to share between
// threads.
const Lexicon& DefaultLexicon();

// The hits of `hits` (as Find returns them) that a sentence in Russian (kRussian) or Kazakh
// (kKazakh) may mean; kNeutral keeps them all, for a sentence of both languages.
std::span<const LexHit> HitsIn(std::span<const LexHit> hits, LexLanguage language);

// True when `hits` make the word a noun, though it may end like an adjective: a noun paradigm
// ("коллективом", "участие"), or a person declined like an adjective ("служащими", "учеными").
bool IsKnownNoun(std::span<const LexHit> hits);

// True when some entry of `hits` has class `cls`; `found` is set to the first such hit.
bool HasClass(std::span<const LexHit> hits, LexClass cls, LexHit* found = nullptr);

}  // namespace kenes::extract
