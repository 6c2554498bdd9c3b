#include "crypto/participant_hasher.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "support/temp_dir.h"

namespace kenes {
namespace {

TEST(ParticipantHasher, CreatesAKeyOnlyItsOwnerCanRead) {
  testing::TempDir dir;
  const std::string path = dir.File("kenes.db.key");
  auto hasher = ParticipantHasher::LoadOrCreate(path);
  ASSERT_TRUE(hasher.ok()) << hasher.error().message;
  struct stat info {};
  ASSERT_EQ(stat(path.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(info.st_size, 32);
}

TEST(ParticipantHasher, TheSamePersonHashesAlikeAcrossSpellingsAndRestarts) {
  testing::TempDir dir;
  const std::string path = dir.File("key");
  auto first = ParticipantHasher::LoadOrCreate(path);
  auto reopened = ParticipantHasher::LoadOrCreate(path);
  ASSERT_TRUE(first.ok() && reopened.ok());
  const std::string a = first->Hash("+7 (701) 123-45-67").value();
  EXPECT_EQ(a.size(), 32u);
  EXPECT_EQ(a, reopened->Hash("87011234567").value());
  EXPECT_NE(a, first->Hash("870412300129").value());
  EXPECT_EQ(a.find("7011234567"), std::string::npos);
}

TEST(ParticipantHasher, AnotherKeyGivesAnotherHash) {
  std::array<unsigned char, ParticipantHasher::kKeyBytes> one{}, two{};
  two[0] = 1;
  EXPECT_NE(ParticipantHasher(one).Hash("870412300129").value(),
            ParticipantHasher(two).Hash("870412300129").value());
}

TEST(ParticipantHasher, RefusesAKeyFileOthersCanRead) {
  testing::TempDir dir;
  const std::string path = dir.File("key");
  ASSERT_TRUE(ParticipantHasher::LoadOrCreate(path).ok());
  std::filesystem::permissions(path, std::filesystem::perms::group_read,
                               std::filesystem::perm_options::add);
  auto refused = ParticipantHasher::LoadOrCreate(path);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("chmod 600"), std::string::npos);
}

}  // namespace
}  // namespace kenes
