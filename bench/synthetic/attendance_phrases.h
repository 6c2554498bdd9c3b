// Attendance as coordinators write it, for the synthetic campaign: "около 300", "более 400",
// "порядка 2 тысяч", "от 200 до 300", "десятки"; each phrase is read by the real parser, so the
// generated figures follow docs/attendance.md exactly.
#pragma once

#include <random>
#include <string>

namespace kenes::synthetic {

// A phrase for a meeting of about `typical` people.
std::string AttendancePhrase(std::int64_t typical, std::mt19937_64& random);

}  // namespace kenes::synthetic
