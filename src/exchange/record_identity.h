// The fields every record shares in JSON: id, version, timestamps and derived fields, read as the
// JsonSource allows.
#pragma once

#include <initializer_list>
#include <string_view>

#include "core/ids.h"
#include "exchange/json_fields.h"
#include "exchange/record_json.h"

namespace kenes {

// From a client: refuses id, version, timestamps and `derived`. From a record: reads id and
// version, accepts and ignores timestamps and `derived`.
Status ReadIdentity(JsonFields& fields, JsonSource source, Id& id, Version& version,
                    std::initializer_list<std::string_view> derived = {});

}  // namespace kenes
