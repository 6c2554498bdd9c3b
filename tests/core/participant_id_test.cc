#include "core/participant_id.h"

#include <gtest/gtest.h>

namespace kenes {
namespace {

TEST(ParticipantId, AcceptsIinsWithAValidCheckDigit) {
  EXPECT_EQ(NormalizeParticipantId("870412300129").value(), "iin:870412300129");
  EXPECT_EQ(NormalizeParticipantId(" 900101 400013 ").value(), "iin:900101400013");
  EXPECT_TRUE(IsValidIin("951231501235"));
  EXPECT_FALSE(IsValidIin("870412300128"));
}

TEST(ParticipantId, RefusesAMistypedIinWithoutRepeatingIt) {
  auto bad = NormalizeParticipantId("870412300128");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "participant");
  EXPECT_EQ(bad.error().message.find("870412300128"), std::string::npos);
}

TEST(ParticipantId, WritesEveryPhoneSpellingTheSameWay) {
  for (const char* phone : {"+7 (701) 123-45-67", "87011234567", "7011234567", "+77011234567"}) {
    EXPECT_EQ(NormalizeParticipantId(phone).value(), "tel:+77011234567") << phone;
  }
  EXPECT_FALSE(NormalizeParticipantId("+1 202 555 0100").ok());
  EXPECT_FALSE(NormalizeParticipantId("12345").ok());
  EXPECT_FALSE(NormalizeParticipantId("ИИН 870412300129").ok());
}

}  // namespace
}  // namespace kenes
