#include "server/record_routes.h"

#include "core/feedback_fields.h"
#include "exchange/record_json.h"
#include "ledger/duplicates.h"
#include "ledger/record_ops.h"
#include "server/http_json.h"

namespace kenes::http {
namespace {

using nlohmann::json;

// A record type's list: its filters, declared as the route's parameters, and the read they make.
template <class T>
struct RecordList {
  Params filters;
  std::function<Result<PageOf<T>>(Transaction&, const Call&)> read;
};

// What the routes of one record type add to its RecordOps (ledger/record_ops.h); its URL and the
// words of its messages come from its kind (core/record_kind.h), the route logic below is shared.
template <class T>
struct RecordRoutes {
  RecordList<T> list;
  // Fields a PATCH may send only unchanged: kenes sets them.
  std::vector<std::string> read_only;
  // Who may create, change and delete; the ledger then checks the record's scope.
  Gate write_gate = Gate::kAdmin;
  // For types a create may ask to check first (?check_duplicate=true): the stored record the new
  // one repeats, if any. Null for the others, which take no query parameters.
  std::function<Result<std::optional<Id>>(LedgerSession&, const T&)> find_duplicate = nullptr;
};

// A refusal naming the stored record a new one repeats: the error as usual, with its id.
Reply DuplicateReply(const Error& error, Id duplicate_of) {
  Reply reply = Reply::Of(error);
  json body = json::parse(reply.body);
  body["error"]["duplicate_of"] = duplicate_of;
  reply.body = body.dump();
  reply.content_type = "application/json";
  return reply;
}

template <class T>
void AddRoutes(Router& router, Ledger& ledger, const RecordRoutes<T>& type) {
  using Ops = RecordOps<T>;
  const std::string path(PluralName(Ops::kKind));
  const std::string noun(NounOf(Ops::kKind));
  const std::string collection = "/api/v1/" + path;
  const std::string item = collection + "/{id}";

  Params filters = type.list.filters;
  for (Param& page : PageParams()) filters.push_back(std::move(page));
  router.Add({"GET", collection, Gate::kRecords, "List " + path + ", filtered and paginated",
              Cost::kCheap, std::move(filters)},
             [&ledger, type](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const auto page, ledger.store().Read<PageOf<T>>([&](Transaction& tx) {
                 return type.list.read(tx, call);
               }));
               return Reply::Json(PageJson(page, [](const T& r) { return ToJson(r); }));
             });

  Params create_params;
  if (type.find_duplicate) {
    create_params.push_back(FlagParam(
        "check_duplicate", "refuse (409, with duplicate_of) a record that repeats a stored one"));
  }
  router.Add({"POST", collection, type.write_gate, "Create a " + noun, Cost::kCheap,
              std::move(create_params)},
             [&ledger, type, collection, noun](const Call& call) -> Result<Reply> {
               KENES_ASSIGN(const json body, ReadJsonBody(call.request));
               const bool check =
                   type.find_duplicate && call.Flag("check_duplicate").value_or(false);
               std::string extra;
               KENES_ASSIGN(const T record, Ops::FromJson(body, JsonSource::kClient, extra));
               std::optional<Id> duplicate;
               // A copy each time: the store may run a write again (store.h), and a record moved
               // away on the first run would be empty on the second.
               auto created = ledger.Write<T>(call.actor, [&](LedgerSession& session) -> Result<T> {
                 duplicate.reset();
                 if (check) {
                   KENES_ASSIGN(duplicate, type.find_duplicate(session, record));
                   if (duplicate) {
                     return Conflict("this " + noun + " looks like " + noun + " " +
                                         std::to_string(*duplicate) +
                                         ", already stored (the same place, a day apart at "
                                         "most, the same venue or host): merge it into that one "
                                         "(POST " +
                                         collection + "/" + std::to_string(*duplicate) +
                                         "/merge), or send it without check_duplicate to store "
                                         "it as new",
                                     "duplicate_of");
                   }
                 }
                 return Ops::Create(session, record, extra);
               });
               if (!created.ok() && duplicate) return DuplicateReply(created.error(), *duplicate);
               if (!created.ok()) return created.error();
               return Reply::Json(ToJson(*created), 201)
                   .Header("Location", collection + "/" + std::to_string(created->id));
             });

  router.Add({"GET", item, Gate::kRecords, "Read one " + noun},
             [&ledger](const Call& call) -> Result<Reply> {
               const Id id = call.id();
               KENES_ASSIGN(const T record, ledger.store().Read<T>(
                                                [&](Transaction& tx) { return Ops::Get(tx, id); }));
               return Reply::Json(ToJson(record));
             });

  // A JSON merge patch (RFC 7386) over the stored record. Sending the "version" that was read
  // makes the change conditional: a record changed meanwhile gets 409, nothing is overwritten.
  router.Add({"PATCH", item, type.write_gate, "Change fields of a " + noun},
             [&ledger, type, noun](const Call& call) -> Result<Reply> {
               const Id id = call.id();
               KENES_ASSIGN(const json patch, ReadJsonBody(call.request));
               if (!patch.is_object()) {
                 return Invalid("body", "a change is a JSON object of the fields to change");
               }
               auto updated = ledger.Write<T>(call.actor, [&](LedgerSession& session) -> Result<T> {
                 KENES_ASSIGN(T current, Ops::Get(session.transaction(), id));
                 json merged = ToJson(current);
                 if (auto version = patch.find("version"); version != patch.end()) {
                   if (!version->is_number_integer()) {
                     return Invalid("version", "expected the whole number read with the record");
                   }
                   if (version->get<Version>() != current.version) {
                     return Conflict("the " + noun + " is at version " +
                                         std::to_string(current.version) + ", not " +
                                         version->dump() +
                                         "; reload it and apply the change "
                                         "again",
                                     "version");
                   }
                 }
                 for (const std::string& field : type.read_only) {
                   auto sent = patch.find(field);
                   if (sent != patch.end() && *sent != merged[field]) {
                     return Invalid(field, "is set by kenes and cannot be changed");
                   }
                 }
                 merged.merge_patch(patch);
                 merged["id"] = current.id;
                 merged["version"] = current.version;
                 std::string extra;
                 KENES_ASSIGN(T changed, Ops::FromJson(merged, JsonSource::kRecord, extra));
                 if (!extra.empty()) {
                   return Invalid("participant", "a check-in's participant cannot be changed");
                 }
                 return Ops::Update(session, std::move(changed));
               });
               if (!updated.ok()) return updated.error();
               return Reply::Json(ToJson(*updated));
             });

  router.Add({"DELETE", item, type.write_gate, "Delete a " + noun},
             [&ledger](const Call& call) -> Result<Reply> {
               const Id id = call.id();
               KENES_TRY(ledger.Write(call.actor, [&](LedgerSession& session) {
                 return session.Delete(Ops::kKind, id);
               }));
               return Reply::Empty(204);
             });
}

// Filters shared by events, feedback and check-ins.
Params WhereAndWhen() {
  return {CodeParam("region", "within this region or district (KATO code)"),
          DateParam("from", "from this day on"), DateParam("to", "up to this day"),
          TextParam("segment", "only this audience segment (its code)")};
}

Status ReadWhereAndWhen(const Call& call, std::string& region, std::optional<Date>& from,
                        std::optional<Date>& to, std::string& segment) {
  region = call.Text("region");
  from = call.Day("from");
  to = call.Day("to");
  if (from && to && *to < *from) return Invalid("to", "is before from");
  segment = call.Text("segment");
  return Ok();
}

// `filters` and then the shared ones.
Params WhereAndWhenAnd(Params filters) {
  Params all = WhereAndWhen();
  all.insert(all.end(), filters.begin(), filters.end());
  return all;
}

RecordList<Event> ListEvents() {
  return {WhereAndWhenAnd({CodeParam("district", "within this district (KATO code)"),
                           EnumParam("status", "only events with this status", &ParseEventStatus,
                                     EventStatusNames()),
                           IdParam("organization", "hosted, organized or attended by it"),
                           IdParam("campaign", "only this campaign's")}),
          [](Transaction& tx, const Call& call) -> Result<PageOf<Event>> {
            EventFilter filter;
            KENES_TRY(
                ReadWhereAndWhen(call, filter.region_code, filter.from, filter.to, filter.segment));
            filter.district_code = call.Text("district");
            filter.status = call.Enum<EventStatus>("status");
            filter.organization_id = call.Integer("organization");
            filter.campaign_id = call.Integer("campaign");
            filter.page = call.Pagination();
            return tx.ListEvents(filter);
          }};
}

RecordList<FeedbackItem> ListFeedback() {
  return {
      WhereAndWhenAnd(
          {IdParam("event", "only what was said at this event"),
           EnumParam("status", "only items with this status", &ParseFeedbackStatus,
                     FeedbackStatusNames()),
           EnumParam("kind", "only items of this kind", &ParseFeedbackKind, FeedbackKindNames()),
           EnumParam("stance", "only items with this stance", &ParseStance, StanceNames()),
           TextParam("provision", "only about this provision (its code)")}),
      [](Transaction& tx, const Call& call) -> Result<PageOf<FeedbackItem>> {
        FeedbackFilter filter;
        KENES_TRY(
            ReadWhereAndWhen(call, filter.region_code, filter.from, filter.to, filter.segment));
        filter.event_id = call.Integer("event");
        filter.status = call.Enum<FeedbackStatus>("status");
        filter.kind = call.Enum<FeedbackKind>("kind");
        filter.stance = call.Enum<Stance>("stance");
        filter.provision_code = call.Text("provision");
        filter.page = call.Pagination();
        return tx.ListFeedback(filter);
      }};
}

RecordList<CheckIn> ListCheckIns() {
  return {WhereAndWhenAnd({IdParam("event", "only this event's check-ins")}),
          [](Transaction& tx, const Call& call) -> Result<PageOf<CheckIn>> {
            CheckInFilter filter;
            KENES_TRY(
                ReadWhereAndWhen(call, filter.region_code, filter.from, filter.to, filter.segment));
            filter.event_id = call.Integer("event");
            filter.page = call.Pagination();
            return tx.ListCheckIns(filter);
          }};
}

RecordList<Organization> ListOrganizations() {
  return {
      {EnumParam("kind", "only organizations of this kind", &ParseOrgKind, OrgKindNames()),
       FlagParam("member", "coalition members only"),
       CodeParam("region", "only this region's (KATO code)"), TextParam("q", "a part of the name")},
      [](Transaction& tx, const Call& call) -> Result<PageOf<Organization>> {
        OrganizationFilter filter;
        filter.kind = call.Enum<OrgKind>("kind");
        filter.members_only = call.Flag("member").value_or(false);
        filter.region_code = call.Text("region");
        filter.name_contains = call.Text("q");
        filter.page = call.Pagination();
        return tx.ListOrganizations(filter);
      }};
}

RecordList<Person> ListPeople() {
  return {{TextParam("q", "a part of the name")},
          [](Transaction& tx, const Call& call) -> Result<PageOf<Person>> {
            PersonFilter filter;
            filter.name_contains = call.Text("q");
            filter.page = call.Pagination();
            return tx.ListPeople(filter);
          }};
}

}  // namespace

void AddRecordRoutes(Router& router, Ledger& ledger) {
  const std::vector<std::string> stamps = {"id", "created_at", "updated_at"};
  AddRoutes<Organization>(router, ledger, {ListOrganizations(), {"id"}, Gate::kAdmin});
  AddRoutes<Person>(router, ledger, {ListPeople(), {"id"}, Gate::kAdmin});
  std::vector<std::string> event_derived = stamps;
  event_derived.insert(event_derived.end(), {"region_code", "district_code"});
  AddRoutes<Event>(
      router, ledger,
      {ListEvents(), event_derived, Gate::kReport, [&ledger](LedgerSession& s, const Event& e) {
         return LockAndFindDuplicate(s.transaction(), *ledger.gazetteer(), e);
       }});
  router.Add(
      {"POST", "/api/v1/events/{id}/merge", Gate::kReport,
       "Merge a report of the same meeting into a stored event: what the event lacks (figure, "
       "venue, host, audience, provisions, delegation) is added"},
      [&ledger](const Call& call) -> Result<Reply> {
        const Id id = call.id();
        KENES_ASSIGN(const json body, ReadJsonBody(call.request));
        KENES_ASSIGN(const Event reported, EventFromJson(body, JsonSource::kClient));
        KENES_ASSIGN(const Event merged,
                     ledger.Write<Event>(call.actor, [&](LedgerSession& session) -> Result<Event> {
                       KENES_ASSIGN(Event event, session.transaction().GetEvent(id));
                       AddMissingFacts(event, reported);
                       return session.UpdateEvent(std::move(event));
                     }));
        return Reply::Json(ToJson(merged));
      });
  std::vector<std::string> feedback_derived = stamps;
  feedback_derived.push_back("region_code");
  AddRoutes<FeedbackItem>(router, ledger, {ListFeedback(), feedback_derived, Gate::kReport});
  AddRoutes<CheckIn>(router, ledger,
                     {ListCheckIns(), {"id", "created_at", "participant_hash"}, Gate::kReport});
}

}  // namespace kenes::http
