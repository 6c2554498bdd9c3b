#include "crypto/participant_hasher.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/checkin.h"
#include "core/participant_id.h"

namespace kenes {
namespace {

Error KeyError(const std::string& path, const std::string& what) {
  return Error{ErrorCode::kUnavailable, "participant key file '" + path + "': " + what, "key_file"};
}

// Reads exactly `size` bytes or fails.
bool ReadAll(int fd, unsigned char* out, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = read(fd, out + done, size - done);
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

Result<ParticipantHasher> ParticipantHasher::LoadOrCreate(const std::string& path) {
  if (sodium_init() < 0) return Internal("libsodium could not be initialized");
  std::array<unsigned char, kKeyBytes> key{};
  // O_EXCL: two processes starting at once cannot both write a key.
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    randombytes_buf(key.data(), key.size());
    const bool written =
        write(fd, key.data(), key.size()) == static_cast<ssize_t>(key.size()) && fsync(fd) == 0;
    close(fd);
    if (!written) {
      unlink(path.c_str());
      return KeyError(path, "cannot be written");
    }
    return ParticipantHasher(key);
  }
  if (errno != EEXIST) return KeyError(path, std::strerror(errno));

  fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return KeyError(path, std::strerror(errno));
  struct stat info {};
  const bool stat_ok = fstat(fd, &info) == 0;
  const bool read_ok = stat_ok && ReadAll(fd, key.data(), key.size());
  close(fd);
  if (!stat_ok || !read_ok) return KeyError(path, "cannot be read, or is shorter than a key");
  if (info.st_mode & (S_IRWXG | S_IRWXO)) {
    return KeyError(path, "can be read by others; restrict it with chmod 600");
  }
  return ParticipantHasher(key);
}

Result<std::string> ParticipantHasher::Hash(std::string_view raw_identifier) const {
  KENES_ASSIGN(const std::string canonical, NormalizeParticipantId(raw_identifier));
  static_assert(kParticipantHashHexLength == 32, "16 bytes of hash, as hex");
  unsigned char digest[16];
  crypto_generichash(digest, sizeof digest,
                     reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(),
                     key_.data(), key_.size());
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex);
}

}  // namespace kenes
