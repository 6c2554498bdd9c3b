// A small campaign made by hand, where every figure is known: seven events in Karaganda region and
// Astana, check-ins of four people with repeats, twenty feedback items on four topics, two
// coalition members and a mine, on a real database (a SQLite file, or a fresh PostgreSQL schema
// when the suite runs against PostgreSQL) with the reference data of data/.
//
// clang-format off
//   event  date   place                 figure           counts as
//   e1     02-24  Осакаровка            около 200        200 [180, 220]   farmers
//   e2     02-24  Сарань                от 200 до 300    250 [200, 300]   industrial_workers
//   e3     03-13  Астана (final)        57               57 [57, 57]      civil_society
//   e4     02-25  Нура, host: the mine  более 400        flagged: 401 [401, 500] > headcount 300
//   e7     02-27  Нура, host: the mine  около 100        flagged: the same miners two days on
//   e5     02-26  Караганда             planned, no figure
//   e6     03-01  Астана                cancelled
// clang-format on
//
// Check-ins: A at e1, e2, e3; B at e1, e2; C at e3; D at e5 (planned).
// Feedback stances: 6 supports, 2 neutral, 2 opposes, 10 unclear.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/checkin.h"
#include "ledger/ledger.h"
#include "store/store.h"
#include "support/reference_ledger.h"

namespace kenes::testing {

class SmallCampaign {
 public:
  SmallCampaign();

  Store& store() { return base_.store(); }
  Ledger& ledger() { return base_.ledger(); }
  // Where the campaign is, to open a second store on it as another process would.
  const TestDatabase& database() const { return base_.database(); }

  // Checks in `person` ('A'..'Z') at `event`.
  void CheckIn(char person, Id event);
  static ParticipantKey KeyOf(char person);
  // Creates a held event; fails the test when the ledger refuses it.
  Id AddEvent(Event event);
  Id AddFeedback(FeedbackItem item);

  Id party = 0, union_ = 0, mine = 0;
  Id senator = 0, deputy = 0;
  Id e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0;
  std::vector<Id> labour;  // the feedback items about labour rights
  std::vector<Id> land, language, education;

 private:
  ReferenceLedger base_;
};

}  // namespace kenes::testing
