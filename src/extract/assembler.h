// Internal to the AssembleEvents stage (events.h): nothing outside src/extract includes this.
// An Assembler turns one document's mentions into its Extraction. It borrows the mentions and
// the gazetteer, which must outlive it, and Run is called once. Its methods are defined one
// concern a file:
//
//   events.cc                  AssembleEvents, and Run: the order of the steps
//   assemble_document.cc       the document's date and region; each draft finished (its language,
//                              the date it inherits, its speakers' titles, span and confidence);
//                              the lists of people, organizations, dates and the imprint
//   assemble_meetings.cc       meetings: the sentence that says one was held (its trigger, with
//                              the Kazakh partner in the instrumental), the event it starts, and
//                              the sentences that go on telling of it
//   assemble_meeting_lists.cc  several meetings told together: a list of meetings line by line,
//                              what is said of every meeting, one meeting in each joined place
//   assemble_speakers.cc       who speaks at a meeting
//   assemble_merge.cc          one meeting told twice, the lead about the whole region, and the
//                              headline
//   assemble_places.cc         each meeting's place, venue and host
//   assemble_figures.cc        figures: a meeting's attendance, or a campaign-level claim
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/gazetteer.h"
#include "extract/extraction.h"
#include "extract/mentions.h"

namespace kenes::extract::assembly {

struct Trigger {
  TokenIndex verb = kNoToken;
  TokenIndex noun = kNoToken;           // the meeting noun, if any
  std::uint16_t how = 0;                // MeetingVerb
  TokenIndex partner_begin = kNoToken;  // the clause after "с", if any
  TokenIndex partner_end = kNoToken;
  bool plural_noun = false;
  // A Kazakh meeting noun in the dative ("Кездесуге 200 адам қатысты"): the meeting people came
  // to, most often the one just told.
  bool oblique = false;
  int visited = -1;  // "посетили школу": the organization visited, an index into organizations
};

// An event while it is being assembled.
struct Working {
  DraftEvent draft;
  SentenceIndex first_sentence;
  SentenceIndex last_sentence;
  std::uint32_t paragraph = 0;
  const PlaceMention* place = nullptr;               // the most specific place the meeting names
  std::vector<const PlaceMention*> sentence_places;  // all it names, most specific first
  int host = -1;                                     // index into mentions.organizations
  int venue = -1;
  bool partner = false;                  // the trigger named whom the meeting was with
  std::vector<std::size_t> speakers;     // indices into mentions.people.people
  std::vector<SentenceIndex> sentences;  // every sentence that tells of it
  bool list_item = false;  // a line of a list of meetings: its bare figure is its attendance
};

inline bool MeetingNounAt(const AnnotatedText& text, TokenIndex i, LexHit* hit) {
  if (!text.Contains(i) || text.in_speech[i]) return false;
  return text.HasEntry(i, LexClass::kMeetingNoun, hit);
}

class Assembler {
 public:
  Assembler(const Mentions& mentions, const Gazetteer& gazetteer,
            std::optional<Date> reference_date)
      : m_(mentions), text_(mentions.text), gazetteer_(gazetteer), reference_(reference_date) {}

  Extraction Run();

 private:
  // The document's date and region, the drafts finished, and the lists (assemble_document.cc).
  void ReadDocumentDate();
  void ReadDocumentRegion();
  void SetDocumentRegion(const PlaceMention& place);
  void InheritSameDay();
  void Finish(Working& event);
  std::string Title(const std::string& name) const;
  void ListPeople();
  void ListOrganizations();
  void ListDatesAndImprint();

  // Meetings: the sentence that says one was held, and those that go on telling of it
  // (assemble_meetings.cc).
  TokenIndex ClauseEnd(TokenIndex from, TokenIndex sentence_end) const;
  bool HasPartner(TokenIndex begin, TokenIndex end) const;
  std::optional<Trigger> FindTrigger(const Sentence& sentence) const;
  void FindKazakhPartner(const Sentence& sentence, TokenIndex before, Trigger& trigger) const;
  bool KazakhInstrumental(TokenIndex k) const;
  void BuildEvents();
  bool NamesNothing(const Working& candidate, const Trigger& trigger,
                    const Sentence& sentence) const;
  bool Locative(TokenIndex at, TokenIndex begin) const;
  bool KazakhLocative(const OrgMention& org) const;
  bool AddsNothing(const Working& current, const Working& candidate) const;
  void AddDetails(Working& current, const Working& candidate);
  Working StartEvent(SentenceIndex s, const Trigger& trigger);
  void AddAudience(Working& event, TokenIndex begin, TokenIndex end);
  void Continue(Working& event, SentenceIndex s);

  // Several meetings told together (assemble_meeting_lists.cc).
  const PlaceMention* ListItemPlace(const Sentence& sentence) const;
  bool NamesMeetings(TokenIndex t) const;
  std::optional<SentenceIndex> ListLead(SentenceIndex s) const;
  bool IsHeading(const Working& event) const;
  SentenceIndex LeadBegin(SentenceIndex lead) const;
  Working ListItem(SentenceIndex s, const PlaceMention& place, SentenceIndex lead);
  bool OfEveryMeeting(const Sentence& sentence) const;
  std::vector<Working> OnePerPlace(const Working& candidate, const Trigger& trigger,
                                   const Sentence& sentence) const;
  bool Joined(const PlaceMention& last, const PlaceMention& next) const;

  // Speakers (assemble_speakers.cc).
  bool AddSpeakers(Working& event, const Sentence& sentence);
  bool NamedInNominative(const PersonMention& person) const;
  bool WordsOnlyBetween(TokenIndex from, TokenIndex to) const;
  std::optional<std::size_t> LastPersonBefore(TokenIndex token, Gender gender,
                                              std::string_view head) const;
  void AddSpeaker(Working& event, std::size_t p);

  // Duplicates and the lead (assemble_merge.cc).
  int SameMeeting(const Working& candidate) const;
  bool AnnouncesAnother(const Working& candidate) const;
  static std::set<std::string> AudienceCodes(const Working& event);
  void Merge(Working& into, Working from);
  void DropUmbrella();
  void MergeHeadline();
  bool IsHeadline(const Working& event) const;
  Working MergedIntoBody(Working headline, Working body);

  // Places (assemble_places.cc).
  void ResolvePlaces();
  bool Denotes(int described, int named) const;
  const Place* Pick(const PlaceMention& mention) const;
  void FillPlaces(DraftEvent& draft, const Working& event);
  void FillPlace(DraftEvent& draft, const PlaceMention& mention);
  static int Specificity(const PlaceMention& place);

  // Figures: attendance and claims (assemble_figures.cc).
  void AssignFigures();
  int OfThePlaceBefore(int e, const FigureMention& figure, const Sentence& sentence) const;
  bool IsTotalOverMeetings(const FigureMention& figure, const Sentence& sentence) const;
  bool IsHeadlineLine(SentenceIndex s) const;

  const Mentions& m_;
  const AnnotatedText& text_;
  const Gazetteer& gazetteer_;
  const std::optional<Date> reference_;
  std::vector<Working> events_;
  bool region_is_city_ = false;  // the document's region is Astana, Almaty or Shymkent
  Extraction out_;
};

}  // namespace kenes::extract::assembly
