#include "core/document_fields.h"

namespace kenes {
namespace {

using fields::Of;
using fields::OptionalText;
using Document = SourceDocument;

constexpr std::string_view kExtractionColumns[] = {"extraction"};

const FieldSpec<SourceDocument> kDocumentFields[] = {
    Of<&Document::id>("id", "id", {.role = FieldRole::kIdentity}),
    OptionalText<&Document::title>("title", "title"),
    Of<&Document::text>("text", "text", {.note = "in GET /documents/{id} only"}),
    Of<&Document::date>("date", "date"),
    OptionalText<&Document::region_code>("region_code", "region_code"),
    // Recognizes the same text pasted twice; the API does not show it.
    Of<&Document::fingerprint>("", "fingerprint"),
    fields::Composite<Document>("extraction", kExtractionColumns, "Extraction"),
    Of<&Document::received_at>("received_at", "received_at", {.role = FieldRole::kStamp}),
    OptionalText<&Document::source_url>(
        "source_url", "source_url",
        {.note = "where the text was published, as the sender gave it"}),
};

}  // namespace

std::span<const FieldSpec<SourceDocument>> DocumentFields() { return kDocumentFields; }

}  // namespace kenes
