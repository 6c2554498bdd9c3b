// After the vote: the official results beside the campaign. Per region (and per district where
// results were published): events per 10 000 inhabitants, attendance per 1 000 eligible voters,
// people reached, the meetings' support share, next to turnout and the "for" share; intensity
// against turnout as a labelled scatter with Spearman's rho and its bootstrap interval; how far
// the campaign's reading was from the vote. Every figure of the vote names its source and as-of
// time. The caveats are the catalog's, in the chosen language, not the API's English.
import {get, query} from '../lib/api.js';
import {scatter} from '../lib/charts.js';
import {h} from '../lib/dom.js';
import {analyticsFilter, filterBar} from '../lib/filters.js';
import {day, decimal, name, number, percent, t} from '../lib/i18n.js';
import {placesOf, reference, regionOf} from '../lib/reference.js';

export async function render(main, {params}) {
  const ref = await reference();
  const data = await get('/analytics/after-vote' + query(analyticsFilter(params)));
  // The rows carry Russian and Kazakh names; English ones come from the gazetteer's places.
  const districts = await placesOf(data.districts.map(d => d.code));
  const placeName = row => name({...(regionOf(ref, row.code) || districts.get(row.code)), ...row});
  const sources = sourceList([data.country.result, ...data.regions.map(r => r.result),
                              ...data.districts.map(r => r.result)]);

  main.replaceChildren(
      h('h1', {}, t('after.title')),
      filterBar(ref, params),
      h('p', {class: 'lead', id: 'after-summary'},
        t('after.summary', {with: number(data.regions_with_events),
                            total: number(data.regions_total),
                            results: number(data.regions_with_results)})),
      countryLine(data.country, sources),
      h('div', {class: 'grid'},
        h('section', {class: 'card wide', id: 'after-correlation'},
          h('h2', {}, t('after.correlation_title')),
          chart(data.regions, placeName),
          correlationText(data.correlation),
          h('p', {class: 'note', id: 'after-caveat'}, t('after.caveat'))),
        h('section', {class: 'card wide', id: 'after-calibration'},
          h('h2', {}, t('after.calibration_title')),
          calibrationText(data.calibration),
          h('p', {class: 'note'}, t('after.calibration_caveat'))),
        h('section', {class: 'card wide'},
          h('h2', {}, t('after.by_region')),
          h('div', {class: 'scroll'}, table('after-regions', t('col.region'), data.regions,
                                            placeName, sources))),
        data.districts.length
          ? h('section', {class: 'card wide'},
              h('h2', {}, t('after.by_district')),
              h('div', {class: 'scroll'}, table('after-districts', t('after.col_district'),
                                                data.districts, placeName, sources)))
          : null,
        h('section', {class: 'card wide', id: 'after-sources'},
          h('h2', {}, t('after.sources')),
          sources.list.length
            ? h('ol', {class: 'sources'}, sources.list.map((s, i) => h('li', {id: sourceId(i)},
                link(s.source), ' — ', t('after.as_of', {time: asOf(s.as_of)}), ' · ',
                t('after.places', {n: number(s.places)}))))
            : h('p', {class: 'muted'}, t('after.no_results')))));
}

// The distinct (source, as of) pairs of the results, in order of first appearance, and the index
// of each result's pair, so a row can point at its entry.
function sourceList(results) {
  const list = [];
  const index = new Map();
  for (const result of results) {
    if (!result) continue;
    const key = result.source + '\n' + result.as_of;
    if (!index.has(key)) {
      index.set(key, list.length);
      list.push({source: result.source, as_of: result.as_of, places: 0});
    }
    list[index.get(key)].places += 1;
  }
  return {list, of: result => (result ? index.get(result.source + '\n' + result.as_of) : null)};
}

const sourceId = i => 'after-source-' + (i + 1);

// A source that is a web address becomes a link; anything else (a gazette's reference) stays text.
const link = source => (/^https?:\/\//.test(source)
  ? h('a', {href: source, rel: 'noopener noreferrer', target: '_blank'}, source) : source);

// "15 мар. 2026 г., 20:00": the day and, when published, the time as printed (never shifted).
function asOf(text) {
  if (!text) return '—';
  const clock = /T(\d{2}:\d{2})/.exec(text);
  return day(text.slice(0, 10)) + (clock ? ', ' + clock[1] : '');
}

const sourceTitle = result =>
  result ? `${result.source} — ${t('after.as_of', {time: asOf(result.as_of)})}` : null;

// The footnote mark pointing at a result's source: "[2]", its title the source and time.
function sourceMark(result, sources) {
  const i = sources.of(result);
  if (i === null || i === undefined) return '—';
  return h('a', {href: '#' + sourceId(i), class: 'source-mark', title: sourceTitle(result),
                 onclick: e => {
                   // The hash is the router's: scroll to the entry instead of navigating.
                   e.preventDefault();
                   document.getElementById(sourceId(i))?.scrollIntoView({block: 'center'});
                 }}, `[${i + 1}]`);
}

// Shares of the vote as published: two decimals of a percent ("73,12 %").
const share = value => percent(value, 2);

// A difference of two shares in percentage points, signed: "+3,1 п.п.".
function points(gap, signed = true) {
  if (gap === null || gap === undefined) return '—';
  const sign = !signed ? '' : gap > 0 ? '+' : gap < 0 ? '−' : '';
  return t('after.pp', {n: sign + decimal(Math.abs(gap) * 100, 1)});
}

function interval(s) {
  return s ? `${percent(s.share, 1)} (${percent(s.low, 1)}–${percent(s.high, 1)})` : '—';
}

function countryLine(country, sources) {
  return h('p', {id: 'after-country'},
      t('after.country', {turnout: share(country.turnout), for: share(country.for_share)}),
      country.result ? [' ', sourceMark(country.result, sources)] : null);
}

function chart(regions, placeName) {
  const rows = regions.filter(r => r.events_per_10k !== null && r.turnout !== null);
  // "Карагандинская обл.", "Қарағанды обл.": the labels crowd, the tooltip has the full name.
  const short = row => placeName(row).replace(/(^|\s)(область|облысы)(?=\s|$)/u, '$1обл.');
  return h('figure', {class: 'scatter-box'},
      rows.length
        ? h('div', {class: 'scroll'}, scatter(rows, {
            x: r => r.events_per_10k, y: r => r.turnout, label: short, code: r => r.code,
            tip: r => t('after.dot', {place: placeName(r), rate: decimal(r.events_per_10k, 3),
                                      turnout: share(r.turnout)}),
            xTitle: t('after.axis_x'), yTitle: t('after.axis_y'),
            xTick: v => decimal(v, 3), yTick: v => number(Math.round(v * 1000) / 10)}))
        : h('p', {class: 'muted'}, t('after.no_points')),
      h('figcaption', {class: 'muted'}, t('after.points', {n: number(rows.length)})));
}

function correlationText(c) {
  if (c.rho === null || c.rho === undefined) {
    return h('p', {id: 'after-rho'}, t('after.rho_none', {n: number(c.n)}));
  }
  return h('p', {id: 'after-rho'}, t('after.rho', {
    rho: decimal(c.rho, 2), low: decimal(c.low, 2), high: decimal(c.high, 2), n: number(c.n),
    resamples: number(c.resamples)}));
}

function calibrationText(c) {
  const lines = [];
  if (c.support && c.for_share !== null && c.for_share !== undefined) {
    lines.push(t('after.calibration', {support: interval(c.support), for: share(c.for_share),
                                       gap: points(c.gap)}),
               ' ', c.inside ? t('after.inside') : t('after.outside'));
  } else {
    lines.push(c.support ? t('after.support_only', {support: interval(c.support)})
                         : t('after.no_support'),
               ' ', c.for_share !== null && c.for_share !== undefined
                 ? t('after.for_only', {for: share(c.for_share)}) : t('after.no_for'));
  }
  return [
    h('p', {id: 'after-calibration-overall'}, lines),
    h('p', {id: 'after-calibration-regions'}, c.regions
      ? t('after.calibration_regions', {n: number(c.regions), gap: points(c.mean_abs_gap, false)})
      : t('after.calibration_no_regions')),
  ];
}

function table(id, placeHeading, rows, placeName, sources) {
  const columns = [t('col.events'), t('after.col_per_10k'), t('col.attendance'),
                   t('after.col_per_1000'), t('after.col_distinct'), t('after.col_support'),
                   t('after.col_turnout'), t('after.col_for'), t('after.col_gap')];
  return h('table', {class: 'table after-vote', id},
      h('thead', {}, h('tr', {}, h('th', {}, placeHeading),
                       columns.map(c => h('th', {class: 'n'}, c)),
                       h('th', {}, t('after.col_source')))),
      h('tbody', {}, rows.map(r => {
        const rate = r.attendance_per_1000_eligible;
        return h('tr', {'data-code': r.code, title: sourceTitle(r.result)},
            h('td', {class: 'name'}, placeName(r)),
            h('td', {class: 'n'}, number(r.events)),
            h('td', {class: 'n'}, decimal(r.events_per_10k, 3)),
            h('td', {class: 'n'}, number(r.attendance.value),
              h('small', {}, ` ${number(r.attendance.low)}–${number(r.attendance.high)}`)),
            h('td', {class: 'n'}, rate ? [decimal(rate.value, 1),
                                          h('small', {}, ` ${decimal(rate.low, 1)}–${decimal(rate.high, 1)}`)]
                                       : '—'),
            h('td', {class: 'n'}, number(r.distinct)),
            h('td', {class: 'n'}, r.support
              ? [percent(r.support.share, 1),
                 h('small', {}, ` ${percent(r.support.low, 1)}–${percent(r.support.high, 1)}` +
                                ` (n=${number(r.feedback)})`)]
              : '—'),
            h('td', {class: 'n'}, share(r.turnout)),
            h('td', {class: 'n'}, share(r.for_share)),
            h('td', {class: 'n'}, points(r.gap)),
            h('td', {class: 'source'}, r.result ? [sourceMark(r.result, sources), ' ',
                                    h('small', {}, asOf(r.result.as_of))] : '—'));
      })));
}
