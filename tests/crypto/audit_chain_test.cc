#include "crypto/audit_chain.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

AuditEntry Sample() {
  AuditEntry entry;
  entry.seq = 7;
  entry.at = "2026-02-24T10:00:00Z";
  entry.actor = "karaganda";
  entry.action = "update";
  entry.record_kind = "event";
  entry.record_id = 12;
  entry.before = R"({"attendance":{"text":"около 300"}})";
  entry.after = R"({"attendance":{"text":"более 3000"}})";
  entry.prev_hash = std::string(kGenesisHash);
  return entry;
}

TEST(AuditChain, EveryFieldAndThePreviousHashAreCovered) {
  const AuditEntry base = Sample();
  const std::string hash = AuditEntryHash(base);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(AuditEntryHash(base), hash);
  const std::vector<std::function<void(AuditEntry&)>> edits = {
      [](AuditEntry& e) { e.at = "2026-02-24T10:00:01Z"; },
      [](AuditEntry& e) { e.actor = "admin"; },
      [](AuditEntry& e) { e.action = "create"; },
      [](AuditEntry& e) { e.record_kind = "feedback"; },
      [](AuditEntry& e) { e.record_id = 13; },
      [](AuditEntry& e) { e.before = R"({"attendance":{"text":"около 3000"}})"; },
      [](AuditEntry& e) { e.after = R"({"attendance":{"text":"более 300"}})"; },
      [](AuditEntry& e) { e.prev_hash[0] = '1'; },
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    AuditEntry edited = base;
    edits[i](edited);
    EXPECT_NE(AuditEntryHash(edited), hash) << "edit " << i << " went unnoticed";
  }
}

TEST(AuditChain, FieldsCannotTradeBytesAcrossTheirBoundary) {
  // Without lengths, "ab"+"c" and "a"+"bc" would hash alike.
  AuditEntry one = Sample(), two = Sample();
  one.actor = "ab";
  one.action = "c";
  two.actor = "a";
  two.action = "bc";
  EXPECT_NE(AuditEntryHash(one), AuditEntryHash(two));
}

TEST(AuditChain, TheSequenceNumberIsNotCoveredTheLinksAre) {
  AuditEntry renumbered = Sample();
  renumbered.seq = 8;
  EXPECT_EQ(AuditEntryHash(renumbered), AuditEntryHash(Sample()));
}

}  // namespace
}  // namespace kenes
