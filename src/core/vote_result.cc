#include "core/vote_result.h"

#include <cmath>
#include <cstdio>

#include "core/place.h"
#include "core/validate.h"

namespace kenes {
namespace {

bool IsDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "YYYY-MM-DD", optionally followed by "THH:MM" or "THH:MM:SS" and "Z" or an offset "+HH:MM".
bool IsDateOrDateTime(std::string_view text) {
  if (text.size() < 10 || !IsDigits(text.substr(0, 4)) || text[4] != '-' ||
      !IsDigits(text.substr(5, 2)) || text[7] != '-' || !IsDigits(text.substr(8, 2))) {
    return false;
  }
  const int month = std::stoi(std::string(text.substr(5, 2)));
  const int day = std::stoi(std::string(text.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  std::string_view rest = text.substr(10);
  if (rest.empty()) return true;
  if (rest.size() < 6 || rest[0] != 'T' || !IsDigits(rest.substr(1, 2)) || rest[3] != ':' ||
      !IsDigits(rest.substr(4, 2))) {
    return false;
  }
  if (std::stoi(std::string(rest.substr(1, 2))) > 23 ||
      std::stoi(std::string(rest.substr(4, 2))) > 59) {
    return false;
  }
  rest = rest.substr(6);
  if (rest.size() >= 3 && rest[0] == ':' && IsDigits(rest.substr(1, 2))) rest = rest.substr(3);
  if (rest == "Z") return true;
  return rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && IsDigits(rest.substr(1, 2)) &&
         rest[3] == ':' && IsDigits(rest.substr(4, 2));
}

Status NotNegative(const char* field, const std::optional<std::int64_t>& count) {
  if (count && *count < 0) return Invalid(field, "must be a count of people, 0 or more");
  return Ok();
}

}  // namespace

Status Validate(const VoteResult& result) {
  if (result.place_code != kCountryCode && !IsKatoCode(result.place_code)) {
    return Invalid("place_code", "must be a nine-digit KATO code, or " + std::string(kCountryCode) +
                                     " for the whole country");
  }
  KENES_TRY(NotNegative("eligible", result.eligible));
  KENES_TRY(NotNegative("voted", result.voted));
  KENES_TRY(NotNegative("votes_for", result.votes_for));
  KENES_TRY(NotNegative("against", result.against));
  KENES_TRY(NotNegative("invalid", result.invalid));
  if (result.voted && result.eligible && *result.voted > *result.eligible) {
    return Invalid("voted", "is " + std::to_string(*result.voted) + ", more than the " +
                                std::to_string(*result.eligible) + " eligible");
  }
  const std::int64_t ballots =
      result.votes_for.value_or(0) + result.against.value_or(0) + result.invalid.value_or(0);
  if (result.voted && ballots > *result.voted) {
    return Invalid("votes_for", "for + against + invalid is " + std::to_string(ballots) +
                                    ", more than the " + std::to_string(*result.voted) +
                                    " who voted");
  }
  if (result.turnout_percent) {
    const double percent = *result.turnout_percent;
    if (!std::isfinite(percent) || percent < 0 || percent > 100) {
      return Invalid("turnout_percent", "must be a percentage from 0 to 100");
    }
    if (result.voted && result.eligible && *result.eligible > 0) {
      // Published percentages carry two decimals; a count and a percentage that disagree by more
      // than the rounding describe two different moments or a typing error.
      const double computed =
          100.0 * static_cast<double>(*result.voted) / static_cast<double>(*result.eligible);
      if (std::abs(computed - percent) > 0.05) {
        char printed[16];
        std::snprintf(printed, sizeof printed, "%.2f", computed);
        return Invalid("turnout_percent",
                       std::string("disagrees with voted / eligible (") + printed + "%)");
      }
    }
  }
  if (!IsDateOrDateTime(result.as_of)) {
    return Invalid("as_of",
                   "must be a date (2026-03-15) or a date and time "
                   "(2026-03-15T20:00:00+05:00)");
  }
  KENES_TRY(RequireText("source", result.source));
  return Ok();
}

std::optional<double> Turnout(const VoteResult& result) {
  if (result.voted && result.eligible && *result.eligible > 0) {
    return static_cast<double>(*result.voted) / static_cast<double>(*result.eligible);
  }
  if (result.turnout_percent) return *result.turnout_percent / 100.0;
  return std::nullopt;
}

std::optional<double> ForShare(const VoteResult& result) {
  if (result.votes_for && result.voted && *result.voted > 0) {
    return static_cast<double>(*result.votes_for) / static_cast<double>(*result.voted);
  }
  return std::nullopt;
}

}  // namespace kenes
