// The fields of a feedback item, said once (record_fields.h): the store, JSON, CSV and the API's
// schema are made from this list.
#pragma once

#include <span>
#include <string_view>

#include "core/feedback.h"
#include "core/record_fields.h"

namespace kenes {

// In the order the API writes them and the CSV has its columns.
std::span<const FieldSpec<FeedbackItem>> FeedbackFields();

// Every name of each enum (feedback.cc), for the schema.
std::span<const std::string_view> FeedbackKindNames();
std::span<const std::string_view> StanceNames();
std::span<const std::string_view> FeedbackStatusNames();

}  // namespace kenes
