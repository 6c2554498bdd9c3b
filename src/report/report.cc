#include "report/report.h"

#include <cmath>
#include <map>

#include "analytics/claim_words.h"
#include "core/organization.h"
#include "report/format.h"

namespace kenes::report {
namespace {

using analytics::Filter;

Cell Int(std::int64_t value) { return Cell::Integer(value); }

std::vector<Cell> Row(std::initializer_list<Cell> cells) { return cells; }

// How a figure with its range reads in the first table: value, low, high.
std::vector<Cell> RangeRow(const std::string& label, const AttendanceTotal& total) {
  return Row({Cell::Text(label), Int(total.value), Int(total.low), Int(total.high)});
}

std::vector<Cell> SingleRow(const std::string& label, Cell value) {
  return Row({Cell::Text(label), std::move(value), Cell::Empty(), Cell::Empty()});
}

std::string KindName(OrgKind kind) {
  switch (kind) {
    case OrgKind::kParty:
      return "партии";
    case OrgKind::kPublicAssociation:
      return "общественные объединения";
    case OrgKind::kTradeUnion:
      return "профсоюзы";
    case OrgKind::kYouth:
      return "молодёжные организации";
    case OrgKind::kBusinessAssociation:
      return "объединения предпринимателей";
    case OrgKind::kCompany:
      return "предприятия";
    case OrgKind::kEducation:
      return "образование";
    case OrgKind::kHealth:
      return "здравоохранение";
    case OrgKind::kCulture:
      return "культура";
    case OrgKind::kMedia:
      return "СМИ";
    case OrgKind::kStateBody:
      return "государственные органы";
    case OrgKind::kOther:
      return "другие";
  }
  return "другие";
}

Table Totals(const analytics::Totals& totals, const analytics::Reach& reach,
             const analytics::Support& support, const analytics::Themes& themes) {
  Table table{"totals",
              "Итоги",
              "Итоговые показатели",
              "Численность участников складывается из того, что сообщено о каждом мероприятии; "
              "слова «около», «более», «порядка» дают диапазон, поэтому итог — значение с нижней "
              "и верхней границей. Уникальные участники считаются по отметкам (check-in) и не "
              "суммируются с посещениями.",
              {"Показатель", "Значение", "Нижняя граница", "Верхняя граница"},
              {}};
  auto& rows = table.rows;
  rows.push_back(SingleRow("Мероприятий проведено", Int(totals.events_held)));
  rows.push_back(SingleRow("Мероприятий запланировано", Int(totals.events_planned)));
  rows.push_back(SingleRow("Мероприятий отменено", Int(totals.events_cancelled)));
  rows.push_back(SingleRow("Мероприятий с указанной численностью", Int(totals.events_with_figure)));
  rows.push_back(RangeRow("Участников (сумма по мероприятиям)", totals.attendance));
  rows.push_back(RangeRow(
      "Ожидают проверки (" + Grouped(totals.events_flagged) + " мероприятий, не входят в сумму)",
      totals.attendance_flagged));
  rows.push_back(
      RangeRow("Отклонено при проверке (" + Grouped(totals.events_rejected) + " мероприятий)",
               totals.attendance_rejected));
  rows.push_back(SingleRow("Отметок участников (check-in)", Int(reach.checkins)));
  rows.push_back(SingleRow("Уникальных участников, точно", Int(reach.distinct)));
  const double error = reach.estimate_error * reach.estimate;
  rows.push_back(
      Row({Cell::Text("Уникальных участников, оценка HyperLogLog (±" +
                      Percent(2 * reach.estimate_error) + " с вероятностью 95%)"),
           Int(std::llround(reach.estimate)), Int(std::llround(reach.estimate - 2 * error)),
           Int(std::llround(reach.estimate + 2 * error))}));
  rows.push_back(SingleRow("Пришли более одного раза", Int(reach.repeaters)));
  rows.push_back(SingleRow("Доля пришедших повторно", Cell::Share(reach.repeat_rate)));
  rows.push_back(SingleRow("Отзывов (вопросы, мнения, предложения)", Int(themes.items)));
  if (support.overall.support) {
    const auto& s = *support.overall.support;
    rows.push_back(Row({Cell::Text("Доля поддерживающих среди отзывов с позицией (n = " +
                                   Grouped(support.overall.n) + ")"),
                        Cell::Share(s.share), Cell::Share(s.low), Cell::Share(s.high)}));
  }
  return table;
}

// What the campaign can say of its totals: each in the strongest words true for every value of
// its range (analytics/claim_words.h), in Russian and Kazakh, beside the ledger's figure.
Table CanSay(const analytics::Totals& totals, const analytics::Reach& reach,
             const analytics::Coverage& coverage) {
  Table table{"can_say",
              "Что можно сказать",
              "Что кампания может сказать",
              "Слова верны для каждого значения диапазона по реестру: «около» — только если весь "
              "диапазон в пределах ±10 % от круглого числа, «более» — только если нижняя граница "
              "выше, иначе сам диапазон. Цифры, ожидающие проверки, не входят.",
              {"Показатель", "По-русски", "Қазақша", "По реестру"},
              {}};
  auto add = [&](const std::string& label, std::int64_t low, std::int64_t high) {
    table.rows.push_back(
        Row({Cell::Text(label),
             Cell::Text(analytics::StateTotal(low, high, analytics::Words::kRussian)),
             Cell::Text(analytics::StateTotal(low, high, analytics::Words::kKazakh)),
             Cell::Text(low == high ? Grouped(low) : Grouped(low) + " – " + Grouped(high))}));
  };
  add("Участников (сумма по мероприятиям)", totals.attendance.low, totals.attendance.high);
  add("Мероприятий проведено", totals.events_held, totals.events_held);
  add("Уникальных участников по отметкам", reach.distinct, reach.distinct);
  std::int64_t regions_visited = 0;
  for (const auto& region : coverage.regions) regions_visited += region.events > 0 ? 1 : 0;
  add("Регионов с мероприятиями", regions_visited, regions_visited);
  add("Районов с мероприятиями", coverage.districts_visited, coverage.districts_visited);
  return table;
}

Table Regions(const std::vector<analytics::RegionRow>& rows) {
  Table table{"regions",
              "Регионы",
              "Мероприятия и участники по регионам",
              "На 1 000 жителей — где численность населения есть в справочнике мест. Уникальные "
              "участники региона считаются отдельно: человек, побывавший в двух регионах, есть в "
              "обоих.",
              {"Код КАТО", "Регион", "Мероприятий", "Участников", "Нижняя граница",
               "Верхняя граница", "На 1 000 жителей", "Ожидают проверки", "Уникальных участников"},
              {}};
  for (const auto& row : rows) {
    table.rows.push_back(Row({Cell::Text(row.totals.key), Cell::Text(row.totals.label),
                              Int(row.totals.events), Int(row.totals.attendance.value),
                              Int(row.totals.attendance.low), Int(row.totals.attendance.high),
                              row.per_1000 ? Cell::Decimal(*row.per_1000, 2) : Cell::Empty(),
                              Int(row.totals.events_flagged), Int(row.distinct)}));
  }
  return table;
}

Table Districts(const analytics::Coverage& coverage) {
  Table table{"coverage",
              "Охват районов",
              "Охват районов и городов областного значения",
              "Дней с последнего визита — на " + coverage.as_of.ToString() + ".",
              {"Код КАТО", "Район", "Регион", "Мероприятий", "Последний визит", "Дней с визита",
               "Участников", "На 1 000 жителей"},
              {}};
  for (const auto& district : coverage.districts) {
    table.rows.push_back(
        Row({Cell::Text(district.code), Cell::Text(district.name_ru),
             Cell::Text(district.region_code), Int(district.events),
             Cell::Text(district.last_visit ? district.last_visit->ToString() : ""),
             district.days_since_last_visit ? Int(*district.days_since_last_visit) : Cell::Empty(),
             Int(district.attendance.value),
             district.per_1000 ? Cell::Decimal(district.per_1000->value, 2) : Cell::Empty()}));
  }
  return table;
}

Table Unvisited(const std::string& name, const std::string& sheet, const std::string& title,
                const std::vector<analytics::PlaceRef>& places,
                const std::map<std::string, std::string>& region_names) {
  Table table{name, sheet, title, "", {"Код КАТО", "Название", "Регион"}, {}};
  for (const auto& place : places) {
    auto region = region_names.find(place.region_code);
    table.rows.push_back(
        Row({Cell::Text(place.code), Cell::Text(place.name_ru),
             Cell::Text(region == region_names.end() ? place.region_code : region->second)}));
  }
  return table;
}

Table Breakdown(const std::string& name, const std::string& sheet, const std::string& title,
                const std::string& key, const std::string& note,
                const std::vector<analytics::BreakdownRow>& rows) {
  Table table{
      name,
      sheet,
      title,
      note,
      {key, "Мероприятий", "Участников", "Нижняя граница", "Верхняя граница", "Ожидают проверки"},
      {}};
  for (const auto& row : rows) {
    table.rows.push_back(
        Row({Cell::Text(row.label), Int(row.events), Int(row.attendance.value),
             Int(row.attendance.low), Int(row.attendance.high), Int(row.events_flagged)}));
  }
  return table;
}

Table Themes(const analytics::Themes& themes) {
  Table table{"themes",
              "Темы",
              "Темы вопросов и предложений",
              "Темы найдены автоматически: слова приведены к основам (стемминг Snowball, "
              "казахская морфология), взвешены TF-IDF и сгруппированы кластеризацией; название "
              "темы — самая частая в её отзывах фраза из её самых весомых слов. Без темы: " +
                  Grouped(themes.unthemed) + " отзывов.",
              {"Тема", "Отзывов", "Доля", "Регионы", "Примеры"},
              {}};
  for (const auto& theme : themes.themes) {
    std::string regions, examples;
    for (std::size_t i = 0; i < theme.regions.size() && i < 3; ++i) {
      regions += (regions.empty() ? "" : "; ") + theme.regions[i].name_ru + " (" +
                 Grouped(theme.regions[i].items) + ")";
    }
    for (const auto& example : theme.examples) {
      if (!example.text.empty()) examples += (examples.empty() ? "«" : " «") + example.text + "»";
    }
    table.rows.push_back(Row({Cell::Text(theme.name), Int(theme.size), Cell::Share(theme.share),
                              Cell::Text(regions), Cell::Text(examples)}));
  }
  return table;
}

Table Provisions(const analytics::Themes& themes) {
  Table table{"provisions",
              "Положения",
              "Отзывы по положениям проекта",
              "",
              {"Код", "Положение", "Отзывов"},
              {}};
  for (const auto& provision : themes.provisions) {
    table.rows.push_back(
        Row({Cell::Text(provision.code), Cell::Text(provision.title_ru), Int(provision.items)}));
  }
  return table;
}

std::vector<Cell> SupportRow(const std::string& slice, const analytics::SupportRow& row) {
  const auto& s = row.stances;
  auto share = [&](double analytics::Interval::*field) {
    return row.support ? Cell::Share((*row.support).*field) : Cell::Empty();
  };
  return Row({Cell::Text(slice), Int(s[0]), Int(s[1]), Int(s[2]), Int(s[3]), Int(row.n),
              share(&analytics::Interval::share), share(&analytics::Interval::low),
              share(&analytics::Interval::high)});
}

Table Support(const analytics::Support& support) {
  Table table{"support",
              "Поддержка",
              "Поддержка положений по отзывам",
              std::string(analytics::kSupportCaveatRu) +
                  " Доля — поддерживающие среди отзывов с позицией (поддерживают, нейтрально, "
                  "против); 95% доверительный интервал Вильсона; n — размер этой выборки.",
              {"Срез", "Поддерживают", "Нейтрально", "Против", "Позиция неясна", "n", "Доля",
               "95% от", "95% до"},
              {}};
  table.rows.push_back(SupportRow("Всего", support.overall));
  for (const auto& row : support.by_region) table.rows.push_back(SupportRow(row.label, row));
  for (const auto& row : support.by_segment) {
    table.rows.push_back(SupportRow("Сегмент: " + row.label, row));
  }
  return table;
}

Table Coalition(const analytics::Attribution& attribution) {
  const auto& composition = attribution.composition;
  Table table{"coalition",
              "Коалиция",
              "Состав коалиции",
              "Подсчитано по реестру организаций, а не введено вручную.",
              {"Вид организаций", "Членов коалиции", "Заявленная численность"},
              {}};
  for (const auto& kind : composition.by_kind) {
    table.rows.push_back(
        Row({Cell::Text(KindName(kind.kind)), Int(kind.members), Int(kind.claimed_members)}));
  }
  table.rows.push_back(
      Row({Cell::Text("Всего"), Int(composition.members), Int(composition.claimed_members)}));
  return table;
}

Table Members(const analytics::Attribution& attribution) {
  Table table{
      "members",
      "Участники коалиции",
      "Вклад участников коалиции",
      "Мероприятие, которое организовали двое, засчитано каждому; в строке «Коалиция» — "
      "один раз, и человек, до которого дошли двое, тоже считается один раз (сумма "
      "уникальных по участникам: " +
          Grouped(attribution.reach_summed_over_members) + ").",
      {"Организация", "Вид", "Мероприятий", "Участников", "Уникальных участников", "Отзывов"},
      {}};
  for (const auto& member : attribution.members) {
    table.rows.push_back(
        Row({Cell::Text(member.name), Cell::Text(KindName(member.kind)), Int(member.events),
             Int(member.attendance.value), Int(member.reach), Int(member.feedback)}));
  }
  const auto& all = attribution.coalition;
  table.rows.push_back(Row({Cell::Text("Коалиция"), Cell::Empty(), Int(all.events),
                            Int(all.attendance.value), Int(all.reach), Int(all.feedback)}));
  return table;
}

Table Flagged(const std::vector<analytics::FlaggedFigure>& figures) {
  Table table{"flagged",
              "На проверке",
              "Неправдоподобные цифры",
              "Цифры, превышающие численность организации, вместимость площадки или население, "
              "или повторяющие тот же коллектив в течение нескольких дней. Пока не подтверждены, "
              "в итог не входят.",
              {"Дата", "Мероприятие", "Место (КАТО)", "Численность", "Причины", "Решение"},
              {}};
  for (const auto& figure : figures) {
    std::string reasons;
    for (const auto& reason : figure.reasons) {
      reasons += (reasons.empty() ? "" : "; ") + reason.message;
    }
    const char* state = figure.state == analytics::FigureState::kConfirmed ? "подтверждено"
                        : figure.state == analytics::FigureState::kRejected ? "отклонено"
                                                                            : "ожидает проверки";
    table.rows.push_back(Row({Cell::Text(figure.date.ToString()), Int(figure.event_id),
                              Cell::Text(figure.place_code), Cell::Text(figure.attendance.text),
                              Cell::Text(reasons), Cell::Text(state)}));
  }
  return table;
}

// A share as a cell, empty where there is none.
Cell ShareOrEmpty(const std::optional<double>& share) {
  return share ? Cell::Share(*share) : Cell::Empty();
}

std::vector<Cell> AfterVoteRow(const analytics::AfterVoteRow& row) {
  const auto& rate = row.attendance_per_1000_eligible;
  std::string as_of;
  std::string source;
  if (row.result) {
    as_of = row.result->as_of;
    source = row.result->source;
  }
  return Row({Cell::Text(row.code), Cell::Text(row.name_ru), Int(row.events),
              row.events_per_10k ? Cell::Decimal(*row.events_per_10k, 2) : Cell::Empty(),
              Int(row.attendance.value), Int(row.attendance.low), Int(row.attendance.high),
              rate ? Cell::Decimal(rate->value, 2) : Cell::Empty(), Int(row.distinct),
              Int(row.feedback), row.support ? Cell::Share(row.support->share) : Cell::Empty(),
              row.support ? Cell::Share(row.support->low) : Cell::Empty(),
              row.support ? Cell::Share(row.support->high) : Cell::Empty(),
              ShareOrEmpty(row.turnout), ShareOrEmpty(row.for_share),
              row.gap ? Cell::Decimal(100 * *row.gap, 1) : Cell::Empty(), Cell::Text(as_of),
              Cell::Text(source)});
}

// The official results beside the campaign, region by region and for the districts with results.
Table AfterVote(const analytics::AfterVote& after) {
  Table table{
      "after_vote",
      "После голосования",
      "Кампания и итоги референдума по регионам",
      "Итоги — как их опубликовала комиссия, с датой и источником; пусто, где цифра не "
      "опубликована. Явка — доля проголосовавших, «за» — доля от проголосовавших. "
      "Разница — доля поддержки в отзывах минус доля «за», в процентных пунктах.",
      {"Код КАТО", "Место", "Мероприятий", "На 10 000 жителей", "Участников", "Нижняя граница",
       "Верхняя граница", "Участников на 1 000 избирателей", "Уникальных участников",
       "Отзывов с позицией", "Поддержка в отзывах", "Поддержка, 95% от", "Поддержка, 95% до",
       "Явка", "За", "Разница, п.п.", "Данные на", "Источник"},
      {}};
  for (const auto& row : after.regions) table.rows.push_back(AfterVoteRow(row));
  for (const auto& row : after.districts) table.rows.push_back(AfterVoteRow(row));
  return table;
}

// What the comparison says: the rank correlation and the calibration, each with its interval.
Table AfterVoteSummary(const analytics::AfterVote& after) {
  const analytics::RankCorrelation& r = after.intensity_turnout;
  const analytics::Calibration& c = after.calibration;
  Table table{"after_vote_summary",
              "После голосования, итог",
              "Связь кампании с явкой и точность её оценки поддержки",
              std::string(analytics::kAssociationCaveatRu) + " " + analytics::kSupportCaveatRu,
              {"Показатель", "Значение", "Нижняя граница", "Верхняя граница"},
              {}};
  auto& rows = table.rows;
  rows.push_back(SingleRow("Регионов с мероприятиями кампании",
                           Cell::Text(Grouped(after.regions_with_events) + " из " +
                                      Grouped(static_cast<std::int64_t>(after.regions.size())))));
  rows.push_back(SingleRow("Регионов с опубликованными итогами", Int(after.regions_with_results)));
  if (r.rho) {
    rows.push_back(
        Row({Cell::Text("Ранговая корреляция Спирмена: мероприятий на 10 000 жителей и "
                        "явка (регионов: " +
                        Grouped(r.n) + "; бутстреп, " + Grouped(r.resamples) + " выборок, 95%)"),
             Cell::Decimal(*r.rho, 2), r.low ? Cell::Decimal(*r.low, 2) : Cell::Empty(),
             r.high ? Cell::Decimal(*r.high, 2) : Cell::Empty()}));
  } else {
    rows.push_back(SingleRow("Ранговая корреляция Спирмена: мероприятий на 10 000 жителей и явка",
                             Cell::Text("не считается: регионов с обеими цифрами " + Grouped(r.n) +
                                        ", нужно не меньше 3")));
  }
  if (after.turnout) rows.push_back(SingleRow("Явка по стране", Cell::Share(*after.turnout)));
  if (c.support) {
    rows.push_back(Row({Cell::Text("Поддержка в отзывах со встреч"), Cell::Share(c.support->share),
                        Cell::Share(c.support->low), Cell::Share(c.support->high)}));
  }
  if (c.for_share) rows.push_back(SingleRow("«За» на референдуме", Cell::Share(*c.for_share)));
  if (c.gap) {
    rows.push_back(SingleRow(
        std::string("Разница поддержки и «за», п.п. (") +
            (c.inside ? "«за» внутри интервала поддержки" : "«за» вне интервала поддержки") + ")",
        Cell::Decimal(100 * *c.gap, 1)));
  }
  if (c.mean_abs_gap) {
    rows.push_back(SingleRow(
        "Средняя разница по регионам по модулю, п.п. (регионов: " + Grouped(c.regions) + ")",
        Cell::Decimal(100 * *c.mean_abs_gap, 1)));
  }
  return table;
}

std::string Scope(const analytics::FilterNames& names, const Filter& filter) {
  std::string scope;
  auto add = [&](const std::string& part) { scope += (scope.empty() ? "" : ", ") + part; };
  if (!filter.region_code.empty()) add(names.region);
  if (!filter.segment.empty()) add("аудитория: " + names.segment);
  if (filter.from) add("с " + filter.from->ToString());
  if (filter.to) add("по " + filter.to->ToString());
  return scope.empty() ? "вся кампания" : scope;
}

}  // namespace

Cell Cell::Text(std::string text) { return {Kind::kText, std::move(text), 0}; }
Cell Cell::Integer(std::int64_t value) {
  return {Kind::kInteger, Grouped(value), static_cast<double>(value)};
}
Cell Cell::Share(double value) { return {Kind::kShare, Percent(value), value}; }
Cell Cell::Decimal(double value, int decimals) {
  return {Kind::kDecimal, report::Decimal(value, decimals), value};
}

const Table* Report::Find(std::string_view name) const {
  for (const Table& table : tables) {
    if (table.name == name) return &table;
  }
  return nullptr;
}

Result<Report> BuildReport(analytics::Analytics& analytics, const Filter& filter, Date as_of) {
  KENES_ASSIGN(analytics::Dashboard dashboard, analytics.ComputeDashboard(filter, as_of));
  KENES_ASSIGN(auto regions, analytics.ComputeRegionRows(filter));
  KENES_ASSIGN(auto segments, analytics.Breakdown(filter, analytics::Dimension::kSegment));
  KENES_ASSIGN(auto attribution, analytics.ComputeAttribution(filter));
  KENES_ASSIGN(auto flagged, analytics.ListFlagged(filter));
  KENES_ASSIGN(auto names, analytics.NamesOf(filter));
  KENES_ASSIGN(auto after, analytics.ComputeAfterVote(filter));

  Report report;
  report.title = "Итоги разъяснительной кампании";
  report.campaign = names.campaign;
  report.scope = Scope(names, filter);
  report.as_of = as_of.ToString();
  const auto& totals = dashboard.totals;
  report.headlines.push_back({"мероприятий проведено", Grouped(totals.events_held)});
  report.headlines.push_back({"участников (сумма, с диапазоном)", Range(totals.attendance)});
  report.headlines.push_back({"уникальных участников по отметкам",
                              Grouped(dashboard.reach.distinct) + " (HyperLogLog: " +
                                  Grouped(std::llround(dashboard.reach.estimate)) + ")"});
  if (dashboard.support.overall.support) {
    const auto& s = *dashboard.support.overall.support;
    report.headlines.push_back({"поддерживают положения, среди отзывов с позицией",
                                Percent(s.share) + " (95%: " + Percent(s.low) + " – " +
                                    Percent(s.high) +
                                    "; n = " + Grouped(dashboard.support.overall.n) + ")"});
  }
  report.headlines.push_back(
      {"районов посещено",
       Grouped(dashboard.coverage.districts_visited) + " из " +
           Grouped(static_cast<std::int64_t>(dashboard.coverage.districts.size()))});
  report.notes.push_back(analytics::kSupportCaveatRu);
  if (totals.events_flagged) {
    report.notes.push_back("Цифры " + Grouped(totals.events_flagged) +
                           " мероприятий ожидают проверки и в сумму участников не входят: " +
                           Range(totals.attendance_flagged) + ".");
  }

  std::map<std::string, std::string> region_names;
  for (const auto& row : regions) region_names[row.totals.key] = row.totals.label;
  for (const auto& region : dashboard.coverage.regions) region_names[region.code] = region.name_ru;

  report.tables.push_back(Totals(totals, dashboard.reach, dashboard.support, dashboard.themes));
  report.tables.push_back(CanSay(totals, dashboard.reach, dashboard.coverage));
  report.tables.push_back(Regions(regions));
  report.tables.push_back(Districts(dashboard.coverage));
  report.tables.push_back(Unvisited("unvisited_districts", "Непосещённые районы",
                                    "Районы, где ещё не было мероприятий",
                                    dashboard.coverage.unvisited_districts, region_names));
  report.tables.push_back(Unvisited("unvisited_towns", "Непосещённые города",
                                    "Города и посёлки справочника без мероприятий",
                                    dashboard.coverage.unvisited_towns, region_names));
  report.tables.push_back(Breakdown("segments", "Аудитории", "Аудитории мероприятий", "Аудитория",
                                    "Мероприятие с несколькими аудиториями учтено в каждой.",
                                    segments));
  report.tables.push_back(Themes(dashboard.themes));
  report.tables.push_back(Provisions(dashboard.themes));
  report.tables.push_back(Support(dashboard.support));
  report.tables.push_back(Coalition(attribution));
  report.tables.push_back(Members(attribution));
  report.tables.push_back(
      Breakdown("days", "По дням", "Мероприятия по дням", "Дата", "", dashboard.by_day));
  report.tables.push_back(Flagged(flagged));
  report.tables.push_back(AfterVote(after));
  report.tables.push_back(AfterVoteSummary(after));
  return report;
}

}  // namespace kenes::report
