#include "exchange/zip_archive.h"

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>

namespace kenes {
namespace {

// minizip reads through a table of file functions; these read the bytes in memory instead.
struct MemoryFile {
  std::string_view bytes;
  ZPOS64_T position = 0;
};

voidpf ZCALLBACK OpenMemory(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK ReadMemory(voidpf, voidpf stream, void* buffer, uLong size) {
  auto* file = static_cast<MemoryFile*>(stream);
  const ZPOS64_T left = file->bytes.size() - std::min<ZPOS64_T>(file->position, file->bytes.size());
  const uLong count = static_cast<uLong>(std::min<ZPOS64_T>(size, left));
  std::memcpy(buffer, file->bytes.data() + file->position, count);
  file->position += count;
  return count;
}

uLong ZCALLBACK WriteNothing(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK TellMemory(voidpf, voidpf stream) {
  return static_cast<MemoryFile*>(stream)->position;
}

long ZCALLBACK SeekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* file = static_cast<MemoryFile*>(stream);
  ZPOS64_T base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = file->position;
  if (origin == ZLIB_FILEFUNC_SEEK_END) base = file->bytes.size();
  if (base + offset > file->bytes.size()) return -1;
  file->position = base + offset;
  return 0;
}

int ZCALLBACK CloseMemory(voidpf, voidpf) { return 0; }
int ZCALLBACK NoError(voidpf, voidpf) { return 0; }

}  // namespace

struct ZipArchive::State {
  MemoryFile file;
  unzFile zip = nullptr;
  ~State() {
    if (zip) unzClose(zip);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<State> state) : state_(std::move(state)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::Open(std::string_view bytes, const std::string& what) {
  auto state = std::make_unique<State>();
  state->file.bytes = bytes;
  zlib_filefunc64_def functions{};
  functions.zopen64_file = OpenMemory;
  functions.zread_file = ReadMemory;
  functions.zwrite_file = WriteNothing;
  functions.ztell64_file = TellMemory;
  functions.zseek64_file = SeekMemory;
  functions.zclose_file = CloseMemory;
  functions.zerror_file = NoError;
  functions.opaque = &state->file;
  state->zip = unzOpen2_64("memory", &functions);
  if (!state->zip) {
    return Invalid(what, "is not a zip archive (an .xlsx workbook is one): was it saved as .xlsx?");
  }
  ZipArchive archive(std::move(state));
  archive.what_ = what;
  return archive;
}

bool ZipArchive::Has(const std::string& name) const {
  return unzLocateFile(state_->zip, name.c_str(), 1) == UNZ_OK;
}

Result<std::string> ZipArchive::Read(const std::string& name, std::size_t max_size) const {
  unzFile zip = state_->zip;
  if (unzLocateFile(zip, name.c_str(), 1) != UNZ_OK) {
    return Invalid(what_, "has no part " + name);
  }
  if (unzOpenCurrentFile(zip) != UNZ_OK) return Invalid(what_, "cannot open its part " + name);
  std::string content;
  char buffer[64 * 1024];
  int read = 0;
  while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
    if (content.size() + static_cast<std::size_t>(read) > max_size) {
      unzCloseCurrentFile(zip);
      return Invalid(what_, "its part " + name + " expands past " + std::to_string(max_size >> 20) +
                                " MiB; split the file");
    }
    content.append(buffer, static_cast<std::size_t>(read));
  }
  // A damaged entry fails here (its CRC), even when every byte inflated.
  const int closed = unzCloseCurrentFile(zip);
  if (read < 0 || closed != UNZ_OK) return Invalid(what_, "its part " + name + " is damaged");
  return content;
}

}  // namespace kenes
