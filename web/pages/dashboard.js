// The dashboard: totals with their ranges, reach beside summed attendance, support with its
// interval and sample size, events per day, the region map coloured by coverage, segments,
// themes. It follows new events on its own: every few seconds it asks for the dashboard and
// redraws only when the server's record cursor has moved.
import {get, query} from '../lib/api.js';
import {dayBars, rowBars} from '../lib/charts.js';
import {h} from '../lib/dom.js';
import {analyticsFilter, filterBar, setParams} from '../lib/filters.js';
import {day, lang, name, number, percent, range, shortDay, t, time} from '../lib/i18n.js';
import {reference, regionOf, segmentOf} from '../lib/reference.js';
import {coverageColour, regionMap} from '../lib/region_map.js';

const POLL_MS = 4000;
let timer = 0;
let generation = 0;  // bumped when the page is left, so a poll in flight does not re-arm

export function leave() { generation++; clearTimeout(timer); }

export async function render(main, {params}) {
  const ref = await reference();
  const filter = query(analyticsFilter(params));
  const status = h('span', {class: 'live', id: 'live'});
  const body = h('div', {id: 'dashboard'});
  main.replaceChildren(
      h('div', {class: 'page-head'}, h('h1', {}, t('dash.title')), status),
      filterBar(ref, params), body);
  leave();
  const mine = generation;
  let cursor = null;
  const refresh = async () => {
    if (mine !== generation) return;
    try {
      const dashboard = await get('/dashboard' + filter);
      if (dashboard.cursor !== cursor) {
        const coverage = await get('/analytics/coverage' + filter);
        cursor = dashboard.cursor;
        body.replaceChildren(...draw(ref, params, dashboard, coverage));
      }
      status.textContent = t('dash.live', {time: time(new Date())});
      status.classList.remove('stale');
    } catch (error) {
      if (error.status === 401) return leave();
      status.textContent = t('dash.offline');
      status.classList.add('stale');
    }
    if (mine === generation) timer = setTimeout(refresh, POLL_MS);
  };
  await refresh();
}

function card(id, label, value, ...details) {
  return h('section', {class: 'card stat', id},
      h('h2', {}, label), h('b', {class: 'big'}, value),
      details.filter(Boolean).map(d => h('p', {class: 'muted'}, d)));
}

// The total in the strongest words true for its whole range, as the server says it in Russian
// and Kazakh ("более 850"); English has no such words from the server: the range itself.
function words(d) {
  return d.attendance_words?.[lang()] || range(d.attendance);
}

function draw(ref, params, d, coverage) {
  const a = d.attendance;
  const support = d.support;
  const reach = d.reach;
  const districtsByRegion = new Map();
  for (const district of coverage.by_district || []) {
    const row = districtsByRegion.get(district.region_code) || {total: 0, visited: 0};
    row.total += 1;
    if (district.events > 0) row.visited += 1;
    districtsByRegion.set(district.region_code, row);
  }
  const eventsByRegion = new Map(d.by_region.map(r => [r.key, r]));
  const regions = ref.regions.map(region => {
    const districts = districtsByRegion.get(region.code);
    const events = eventsByRegion.get(region.code)?.events || 0;
    // A city without districts on record counts as covered once a meeting was held there.
    const share = districts?.total ? districts.visited / districts.total : (events ? 1 : 0);
    return {...region, events, share};
  });

  const cards = h('div', {class: 'cards'},
      card('total-events', t('dash.events'), number(d.events),
           t('dash.planned', {planned: number(d.events_planned),
                              cancelled: number(d.events_cancelled)})),
      card('total-attendance', t('dash.attendance'), number(a.value),
           h('span', {class: 'words', id: 'attendance-words'}, t('dash.words', {words: words(d)})),
           h('span', {class: 'range'}, t('dash.range', {range: range(a)})),
           t('dash.with_figure', {n: number(d.events_with_figure), of: number(d.events)}),
           d.attendance_awaiting_review.events
             ? t('dash.awaiting', {n: number(d.attendance_awaiting_review.events),
                                   value: number(d.attendance_awaiting_review.value)})
             : null),
      card('total-reach', t('dash.reach'), number(reach.distinct),
           t('dash.reach_beside', {range: range(reach.attendance_at_checked_events),
                                   n: number(reach.events_with_checkins)}),
           t('dash.checkins', {n: number(reach.checkins), rate: percent(reach.repeat_rate)})),
      card('total-support', t('dash.support'), percent(support.share),
           support.share === null ? t('dash.no_stance')
             : t('dash.interval', {low: percent(support.low), high: percent(support.high),
                                   n: number(support.n)}),
           t('dash.feedback', {n: number(d.feedback)})),
      card('total-coverage', t('dash.coverage'),
           number(d.coverage.districts_visited) + ' / ' + number(d.coverage.districts),
           t('dash.towns', {n: number(d.coverage.towns_visited), of: number(d.coverage.towns)})));

  const byDay = d.by_day.length
    ? dayBars(d.by_day, {value: r => r.events, label: r => shortDay(r.key),
                         tip: r => `${day(r.key)}: ${t('dash.events_n', {n: number(r.events)})}, ` +
                                   `${number(r.attendance.value)} (${range(r.attendance)})`})
    : h('p', {class: 'muted'}, t('empty'));

  const map = h('div', {class: 'mapbox'},
      regionMap(regions, {selected: params.region,
                          onPick: code => setParams({...params, region: params.region === code ? '' : code})}),
      h('div', {class: 'legend'}, t('dash.legend'),
        [0, 0.25, 0.5, 1].map(s => h('span', {class: 'swatch', style: `background:${coverageColour(s)}`},
                                     percent(s)))));

  const segments = d.by_segment.length
    ? rowBars([...d.by_segment].sort((x, y) => y.events - x.events),
              {value: r => r.events, label: r => name(segmentOf(ref, r.key) || r),
               detail: r => t('dash.events_n', {n: number(r.events)})})
    : h('p', {class: 'muted'}, t('empty'));

  const themes = d.themes.length
    ? h('ol', {class: 'themes'}, d.themes.slice(0, 8).map(theme => h('li', {},
        h('b', {}, theme.name || theme.terms.slice(0, 4).join(', ')),
        h('span', {class: 'muted'}, ' · ' + t('dash.theme_size', {n: number(theme.size),
                                                                  share: percent(theme.share)})),
        theme.examples[0] ? h('q', {}, theme.examples[0].text) : null)))
    : h('p', {class: 'muted'}, t('dash.no_themes'));

  const regionRows = h('table', {class: 'table'},
      h('thead', {}, h('tr', {}, h('th', {}, t('col.region')), h('th', {class: 'n'}, t('col.events')),
                       h('th', {class: 'n'}, t('col.attendance')), h('th', {class: 'n'}, t('col.support')))),
      h('tbody', {}, d.by_region.map(r => {
        const s = support.by_region?.find(x => x.key === r.key);
        return h('tr', {},
            h('td', {class: 'name'}, name(regionOf(ref, r.key) || r)),
            h('td', {class: 'n'}, number(r.events)),
            h('td', {class: 'n'}, number(r.attendance.value), h('small', {}, ' ' + range(r.attendance))),
            h('td', {class: 'n'}, s && s.share !== null ? `${percent(s.share)} (n=${number(s.n)})` : '—'));
      })));

  return [
    cards,
    h('p', {class: 'note'}, support.note_ru && document.documentElement.lang === 'ru'
      ? support.note_ru : t('dash.support_note')),
    h('div', {class: 'grid'},
      h('section', {class: 'card wide'}, h('h2', {}, t('dash.by_day')), byDay),
      h('section', {class: 'card'}, h('h2', {}, t('dash.map')), map),
      h('section', {class: 'card'}, h('h2', {}, t('dash.by_region')), h('div', {class: 'scroll'}, regionRows)),
      h('section', {class: 'card'}, h('h2', {}, t('dash.segments')), segments),
      h('section', {class: 'card'}, h('h2', {}, t('dash.themes')), themes)),
  ];
}
