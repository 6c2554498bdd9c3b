// Events: filters, a search over what is on the page, pages of 100, and the way to a new event.
import {get, query} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {filterBar} from '../lib/filters.js';
import {day, name, t} from '../lib/i18n.js';
import {attendanceText, badge} from '../lib/labels.js';
import {placesOf, reference, regionOf} from '../lib/reference.js';
import {canWrite} from '../lib/session.js';

export async function render(main, {params}) {
  const ref = await reference();
  const statuses = ['planned', 'held', 'cancelled'].map(s => [s, t('status.' + s)]);
  const list = h('div', {class: 'list', id: 'event-list'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, t('more'));
  const search = h('input', {type: 'search', placeholder: t('events.search'),
                             'aria-label': t('events.search'), value: params.q || ''});
  main.replaceChildren(
      h('div', {class: 'page-head'}, h('h1', {}, t('nav.events')),
        canWrite() ? h('a', {class: 'button primary', href: '#/events/new'}, t('events.new')) : null),
      filterBar(ref, params, [{key: 'status', label: t('filter.status'), options: statuses}]),
      search, list, more);

  const shown = [];
  let places = new Map();
  const draw = () => {
    const words = search.value.trim().toLowerCase();
    const rows = shown.filter(e => !words || text(e, places).toLowerCase().includes(words));
    list.replaceChildren(...(rows.length ? rows.map(e => row(ref, e, places))
                                         : [h('p', {class: 'muted'}, t('empty'))]));
  };
  let after = null;
  const load = async () => {
    const page = await get('/events' + query({region: params.region, from: params.from,
                                              to: params.to, segment: params.segment,
                                              status: params.status, after, limit: 100}));
    shown.push(...page.items);
    places = await placesOf(shown.map(e => e.place_code));
    after = page.next_after;
    more.hidden = !after;
    draw();
  };
  search.addEventListener('input', draw);
  more.addEventListener('click', load);
  await load();
}

function text(event, places) {
  const place = places.get(event.place_code);
  return [event.title, event.venue, place?.name_ru, place?.name_kk, event.attendance?.text,
          event.date].filter(Boolean).join(' ');
}

function row(ref, event, places) {
  const place = places.get(event.place_code);
  const region = regionOf(ref, event.region_code);
  return h('a', {class: 'row card', href: '#/events/' + event.id},
      h('div', {class: 'row-main'},
        h('b', {}, event.title || event.venue || t('kind.' + event.kind)),
        h('span', {class: 'muted'}, [name(place), region && region.code !== place?.code ? name(region) : null]
                                        .filter(Boolean).join(', '))),
      h('div', {class: 'row-side'},
        h('span', {}, day(event.date)),
        h('span', {class: 'figure'}, attendanceText(event.attendance)),
        badge('status', event.status)));
}
