// What the record routes of the API (server/record_routes.cc) and imports (ledger/importer.h) do
// with a record, per C++ type, for the kinds imported and exported as files (ExchangedKinds in
// core/record_kind.h): the type's RecordKind, how its JSON is read, how it is read from the store,
// and how a LedgerSession creates and changes it. Both are written once over these operations;
// WithRecordOf turns a kind named at run time (an import's --type) into its type.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "core/record_kind.h"
#include "exchange/record_json.h"
#include "ledger/ledger_session.h"
#include "store/store.h"

namespace kenes {

// `extra` receives, and Create takes, what a record's JSON carries beside the record: a check-in's
// raw participant (an IIN or a phone), hashed by the ledger and never stored. Empty for the rest.
template <class T>
struct RecordOps;

template <>
struct RecordOps<Organization> {
  static constexpr RecordKind kKind = RecordKind::kOrganization;
  static Result<Organization> FromJson(const nlohmann::json& json, JsonSource source,
                                       std::string& /*extra*/) {
    return OrganizationFromJson(json, source);
  }
  static Result<Organization> Get(Transaction& tx, Id id) { return tx.GetOrganization(id); }
  static Result<Organization> Create(LedgerSession& session, Organization record,
                                     std::string_view /*extra*/) {
    return session.CreateOrganization(std::move(record));
  }
  static Result<Organization> Update(LedgerSession& session, Organization record) {
    return session.UpdateOrganization(std::move(record));
  }
};

template <>
struct RecordOps<Person> {
  static constexpr RecordKind kKind = RecordKind::kPerson;
  static Result<Person> FromJson(const nlohmann::json& json, JsonSource source,
                                 std::string& /*extra*/) {
    return PersonFromJson(json, source);
  }
  static Result<Person> Get(Transaction& tx, Id id) { return tx.GetPerson(id); }
  static Result<Person> Create(LedgerSession& session, Person record, std::string_view /*extra*/) {
    return session.CreatePerson(std::move(record));
  }
  static Result<Person> Update(LedgerSession& session, Person record) {
    return session.UpdatePerson(std::move(record));
  }
};

template <>
struct RecordOps<Event> {
  static constexpr RecordKind kKind = RecordKind::kEvent;
  static Result<Event> FromJson(const nlohmann::json& json, JsonSource source,
                                std::string& /*extra*/) {
    return EventFromJson(json, source);
  }
  static Result<Event> Get(Transaction& tx, Id id) { return tx.GetEvent(id); }
  static Result<Event> Create(LedgerSession& session, Event record, std::string_view /*extra*/) {
    return session.CreateEvent(std::move(record));
  }
  static Result<Event> Update(LedgerSession& session, Event record) {
    return session.UpdateEvent(std::move(record));
  }
};

template <>
struct RecordOps<FeedbackItem> {
  static constexpr RecordKind kKind = RecordKind::kFeedback;
  static Result<FeedbackItem> FromJson(const nlohmann::json& json, JsonSource source,
                                       std::string& /*extra*/) {
    return FeedbackFromJson(json, source);
  }
  static Result<FeedbackItem> Get(Transaction& tx, Id id) { return tx.GetFeedback(id); }
  static Result<FeedbackItem> Create(LedgerSession& session, FeedbackItem record,
                                     std::string_view /*extra*/) {
    return session.CreateFeedback(std::move(record));
  }
  static Result<FeedbackItem> Update(LedgerSession& session, FeedbackItem record) {
    return session.UpdateFeedback(std::move(record));
  }
};

template <>
struct RecordOps<CheckIn> {
  static constexpr RecordKind kKind = RecordKind::kCheckIn;
  static Result<CheckIn> FromJson(const nlohmann::json& json, JsonSource source,
                                  std::string& raw_participant) {
    return CheckInFromJson(json, source, raw_participant);
  }
  static Result<CheckIn> Get(Transaction& tx, Id id) { return tx.GetCheckIn(id); }
  static Result<CheckIn> Create(LedgerSession& session, CheckIn record,
                                std::string_view raw_participant) {
    return session.CreateCheckIn(std::move(record), raw_participant);
  }
  static Result<CheckIn> Update(LedgerSession& session, CheckIn record) {
    return session.UpdateCheckIn(std::move(record));
  }
};

// The record types that have RecordOps; their kinds are ExchangedKinds() (a test checks both ways).
using ExchangedRecords = std::tuple<Organization, Person, Event, FeedbackItem, CheckIn>;

namespace record_ops_internal {

template <class Visit, class First, class... Rest>
auto VisitTypeOf(RecordKind kind, Visit& visit) {
  if (RecordOps<First>::kKind == kind) return visit(std::type_identity<First>{});
  if constexpr (sizeof...(Rest) == 0) {
    using Answer = decltype(visit(std::type_identity<First>{}));
    return Answer(Internal(std::string(NounsOf(kind)) + " are not imported or served one by one"));
  } else {
    return VisitTypeOf<Visit, Rest...>(kind, visit);
  }
}

template <class Visit, class... T>
auto VisitTypeIn(RecordKind kind, Visit& visit, std::type_identity<std::tuple<T...>>) {
  return VisitTypeOf<Visit, T...>(kind, visit);
}

}  // namespace record_ops_internal

// Returns visit(std::type_identity<T>{}) for the record type T of `kind`. `visit` returns a Result
// (or Status) of the same type for every T; a kind without RecordOps is a kInternal error.
template <class Visit>
auto WithRecordOf(RecordKind kind, Visit&& visit) {
  return record_ops_internal::VisitTypeIn(kind, visit, std::type_identity<ExchangedRecords>{});
}

}  // namespace kenes
