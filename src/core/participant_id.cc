#include "core/participant_id.h"

namespace kenes {

bool IsValidIin(std::string_view digits) {
  if (digits.size() != 12) return false;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
  }
  // Weights 1..11 first; when that gives 10, weights 3..11,1,2; 10 again means no valid IIN.
  const auto check = [&](int first_weight) {
    int sum = 0;
    for (int i = 0; i < 11; ++i) {
      const int weight = (first_weight + i - 1) % 11 + 1;
      sum += weight * (digits[i] - '0');
    }
    return sum % 11;
  };
  int expected = check(1);
  if (expected == 10) expected = check(3);
  return expected != 10 && expected == digits[11] - '0';
}

Result<std::string> NormalizeParticipantId(std::string_view raw) {
  std::string digits;
  bool plus = false;
  for (char c : raw) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '+' && digits.empty()) {
      plus = true;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '\t') {
      return Invalid("participant",
                     "an ID number or phone may hold only digits, spaces, "
                     "'+', '-' and brackets");
    }
  }
  if (digits.size() == 12 && !plus) {
    if (!IsValidIin(digits)) {
      return Invalid("participant",
                     "12 digits but not a valid IIN (the check digit does not "
                     "match); check the number");
    }
    return "iin:" + digits;
  }
  if (digits.size() == 11 && (digits[0] == '7' || (digits[0] == '8' && !plus))) {
    return "tel:+7" + digits.substr(1);
  }
  if (digits.size() == 10 && !plus && digits[0] == '7') return "tel:+7" + digits;
  return Invalid("participant",
                 "not an IIN (12 digits) or a Kazakhstani phone number "
                 "(+7 and 10 digits)");
}

}  // namespace kenes
