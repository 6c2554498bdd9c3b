#include "publish/publication_desk.h"

#include <algorithm>

#include "publish/release_writer.h"

namespace kenes::publish {
namespace {

// `code`'s place and every place above it, most specific first.
std::vector<Place> PlaceChain(const Gazetteer& gazetteer, const std::string& code) {
  std::vector<Place> chain;
  for (const Place* place = gazetteer.Find(code); place && chain.size() < 8;
       place = place->parent_code.empty() ? nullptr : gazetteer.Find(place->parent_code)) {
    chain.push_back(*place);
  }
  return chain;
}

template <class T, class Key>
std::vector<T> Pick(const std::vector<T>& all, const std::vector<std::string>& codes, Key key) {
  std::vector<T> picked;
  for (const std::string& code : codes) {
    const auto found =
        std::find_if(all.begin(), all.end(), [&](const T& item) { return key(item) == code; });
    if (found != all.end()) picked.push_back(*found);
  }
  return picked;
}

// What the ledger knows about `event`, for the writer.
Result<ReleaseMeeting> MeetingFacts(Transaction& tx, const Gazetteer& gazetteer, Event event,
                                    const std::vector<Segment>& segments,
                                    const std::vector<Provision>& provisions) {
  ReleaseMeeting meeting;
  meeting.places = PlaceChain(gazetteer, event.place_code);
  if (meeting.places.empty()) {
    return Invalid("events", "event " + std::to_string(event.id) + " has a place (" +
                                 event.place_code + ") the gazetteer does not know");
  }
  if (event.host_organization_id) {
    KENES_ASSIGN(meeting.host, tx.GetOrganization(*event.host_organization_id));
  }
  for (Id id : event.organizer_ids) {
    KENES_ASSIGN(Organization organizer, tx.GetOrganization(id));
    meeting.organizers.push_back(std::move(organizer));
  }
  for (Id id : event.delegation_ids) {
    KENES_ASSIGN(Person person, tx.GetPerson(id));
    meeting.delegation.push_back(std::move(person));
  }
  meeting.audience =
      Pick(segments, event.audience, [](const Segment& s) -> const std::string& { return s.code; });
  meeting.provisions = Pick(provisions, event.provision_codes,
                            [](const Provision& p) -> const std::string& { return p.code; });
  FeedbackFilter questions;
  questions.event_id = event.id;
  questions.kind = FeedbackKind::kQuestion;
  questions.page.limit = 5;  // a release quotes a few questions, not the whole list
  KENES_ASSIGN(PageOf<FeedbackItem> asked, tx.ListFeedback(questions));
  for (const FeedbackItem& item : asked.items) meeting.questions.push_back(item.text);
  meeting.event = std::move(event);
  return meeting;
}

}  // namespace

Result<Publication> PublicationDesk::Write(const Actor& actor, const PublicationRequest& request) {
  KENES_TRY(Validate(request.imprint));
  // Where each figure stands with review is analytics' to say (its plausibility checks).
  KENES_ASSIGN(const std::vector<analytics::FigureState> states,
               analytics_.FigureStates(request.event_ids));
  const auto gazetteer = ledger_.gazetteer();
  return ledger_.Write<Publication>(actor, [&](LedgerSession& session) -> Result<Publication> {
    KENES_ASSIGN(std::vector<Event> events, session.PublicationEvents(request.event_ids));
    for (std::size_t i = 0; i < events.size(); ++i) {
      const analytics::FigureState state = states[i];
      if (!events[i].attendance || state == analytics::FigureState::kCounted ||
          state == analytics::FigureState::kConfirmed) {
        continue;
      }
      return Invalid("events",
                     "event " + std::to_string(events[i].id) + ": its figure '" +
                         events[i].attendance->text + "' " +
                         (state == analytics::FigureState::kRejected ? "was rejected on review"
                                                                     : "awaits review") +
                         "; a publication cites reviewed figures only");
    }
    Transaction& tx = session.transaction();
    KENES_ASSIGN(const std::vector<Segment> segments, tx.ListSegments());
    KENES_ASSIGN(const std::vector<Provision> provisions, tx.ListProvisions());
    ReleaseRequest release{request.language, {}};
    for (Event& event : events) {
      KENES_ASSIGN(ReleaseMeeting meeting,
                   MeetingFacts(tx, *gazetteer, std::move(event), segments, provisions));
      release.meetings.push_back(std::move(meeting));
    }
    WrittenRelease written = WriteRelease(release);
    Publication publication;
    publication.language = request.language;
    publication.event_ids = request.event_ids;
    publication.imprint = request.imprint;
    publication.title = std::move(written.title);
    publication.text = std::move(written.text);
    return session.CreatePublication(std::move(publication));
  });
}

Result<Publication> PublicationDesk::Change(const Actor& actor, Id id,
                                            const PublicationChange& change) {
  return ledger_.Write<Publication>(actor, [&](LedgerSession& session) -> Result<Publication> {
    KENES_ASSIGN(Publication publication, session.transaction().GetPublication(id));
    publication.version = change.version;
    if (change.title) publication.title = *change.title;
    if (change.text) publication.text = *change.text;
    if (change.imprint) publication.imprint = *change.imprint;
    return session.ChangePublication(std::move(publication));
  });
}

Result<Publication> PublicationDesk::Approve(const Actor& actor, Id id, Version version) {
  return ledger_.Write<Publication>(
      actor, [&](LedgerSession& session) { return session.ApprovePublication(id, version); });
}

Result<Publication> PublicationDesk::Publish(const Actor& actor, Id id, Version version) {
  return ledger_.Write<Publication>(
      actor, [&](LedgerSession& session) { return session.PublishPublication(id, version); });
}

}  // namespace kenes::publish
