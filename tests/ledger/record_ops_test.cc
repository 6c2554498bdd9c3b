// The record types the API serves one by one and imports read are exactly the kinds exchanged as
// files: a kind added to one and not the other fails here, not in an import at run time.
#include "ledger/record_ops.h"

#include <gtest/gtest.h>

#include <set>

namespace kenes {
namespace {

Result<RecordKind> KindOfTypeFor(RecordKind kind) {
  return WithRecordOf(kind, []<class T>(std::type_identity<T>) -> Result<RecordKind> {
    return RecordOps<T>::kKind;
  });
}

TEST(RecordOps, ServeEveryExchangedKindAndNoOther) {
  std::set<RecordKind> served;
  for (RecordKind kind : ExchangedKinds()) {
    auto found = KindOfTypeFor(kind);
    ASSERT_TRUE(found.ok()) << PluralName(kind);
    EXPECT_EQ(*found, kind);
    served.insert(kind);
  }
  EXPECT_EQ(served.size(), std::tuple_size_v<ExchangedRecords>);
}

TEST(RecordOps, AKindWithoutThemIsAnInternalError) {
  auto draft = KindOfTypeFor(RecordKind::kDraft);
  ASSERT_FALSE(draft.ok());
  EXPECT_EQ(draft.error().code, ErrorCode::kInternal);
  EXPECT_NE(draft.error().message.find("drafts"), std::string::npos) << draft.error().message;
}

}  // namespace
}  // namespace kenes
