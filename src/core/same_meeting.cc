#include "core/same_meeting.h"

#include <algorithm>
#include <set>
#include <vector>

#include "core/utf8.h"

namespace kenes {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  const std::string folded = utf8::FoldForSearch(text);
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    words.emplace_back(folded, start, end - start);
    start = end + 1;
  }
  return words;
}

// The words of a name of three letters or more, each cut to its first five letters: a crude stem,
// enough to see "Дом культуры поселка Осакаровка" and "доме культуры п. Осакаровка" as one venue.
std::set<std::string> Stems(const std::string& text) {
  std::set<std::string> stems;
  for (const std::string& word : Words(text)) {
    if (utf8::Length(word) < 3) continue;
    std::string stem;
    std::size_t pos = 0;
    for (int letters = 0; pos < word.size() && letters < 5; ++letters) {
      utf8::Append(stem, utf8::Decode(word, pos));
    }
    stems.insert(stem);
  }
  return stems;
}

// The share of the smaller set found in the larger.
double Containment(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const std::string& item : a) common += b.count(item);
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t common = 0;
  for (const std::string& item : a) common += b.count(item);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// 2: the same place; 1: one lies inside the other; 0: apart.
int PlaceMatch(const Event& a, const Event& b) {
  if (a.place_code == b.place_code) return 2;
  const auto inside = [](const Event& outer, const Event& inner) {
    return outer.place_code == inner.region_code || outer.place_code == inner.district_code;
  };
  return inside(a, b) || inside(b, a) ? 1 : 0;
}

}  // namespace

std::optional<double> SameMeetingScore(const MeetingReport& stored, const MeetingReport& reported) {
  const Event& a = stored.event;
  const Event& b = reported.event;
  const int place = PlaceMatch(a, b);
  if (place == 0) return std::nullopt;
  double score = place;
  bool evidence = false;

  if (a.host_organization_id && b.host_organization_id) {
    if (*a.host_organization_id != *b.host_organization_id) return std::nullopt;
    score += 3;
    evidence = true;
  }
  if (!stored.name.empty() && !reported.name.empty()) {
    const double shared = Containment(Stems(stored.name), Stems(reported.name));
    if (shared >= 0.6) {
      score += 3;
      evidence = true;
    } else if (shared < 0.3 && !evidence) {
      return std::nullopt;  // two different venues, and no host in common to say otherwise
    }
  }
  const std::set<std::string> audience_a(a.audience.begin(), a.audience.end());
  const std::set<std::string> audience_b(b.audience.begin(), b.audience.end());
  if (!audience_a.empty() && !audience_b.empty()) {
    const double shared = Jaccard(audience_a, audience_b);
    if (shared == 0) return std::nullopt;
    score += 2 * shared;
    // The audience alone says little where one report names only the region: a region holds
    // many meetings with teachers on one day.
    evidence = evidence || (shared >= 0.5 && place == 2);
  }
  if (a.attendance && b.attendance) {
    // Two sources round differently; figures whose ranges do not even touch are two meetings.
    if (a.attendance->high < b.attendance->low || b.attendance->high < a.attendance->low) {
      return std::nullopt;
    }
    score += 1;
  }
  if (!evidence) return std::nullopt;
  return score;
}

std::string MeetingName(const Event& event, const std::string& host_name) {
  if (!event.venue.empty()) return event.venue;
  if (!host_name.empty()) return host_name;
  return event.title;
}

std::string NameKey(const std::string& name) {
  std::vector<std::string> words = Words(name);
  std::sort(words.begin(), words.end());
  std::string key;
  for (const std::string& word : words) key += (key.empty() ? "" : " ") + word;
  return key;
}

}  // namespace kenes
