// The sample campaign of data/demo: the coalition and people on record, the two press releases
// taken in, their drafts corrected and confirmed as a coordinator would, and the feedback the
// releases report. `kenes demo` serves it; tests use it as a campaign in progress.
#pragma once

#include <functional>
#include <string>

#include "ledger/ledger.h"

namespace kenes {

// REQUIRES: the reference data is loaded (LoadReferenceData). Creates the demo campaign unless
// the database has one. The audit log names the actor "demo". `say` receives a line per step for
// the terminal.
Status LoadDemo(Ledger& ledger, const std::string& data_dir,
                const std::function<void(const std::string&)>& say = {});

}  // namespace kenes
