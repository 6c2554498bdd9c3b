// Coverage: where delegations have not been yet. Regions with their share of districts visited,
// then every unvisited district by region, longest-neglected first for visited ones.
import {get, query} from '../lib/api.js';
import {h} from '../lib/dom.js';
import {analyticsFilter, filterBar} from '../lib/filters.js';
import {day, name, number, percent, t} from '../lib/i18n.js';
import {reference} from '../lib/reference.js';

export async function render(main, {params}) {
  const ref = await reference();
  const coverage = await get('/analytics/coverage' + query(analyticsFilter(params)));
  const groups = ref.regions.map(region => {
    const districts = coverage.by_district.filter(d => d.region_code === region.code);
    const visited = districts.filter(d => d.events > 0);
    return {region, districts, visited, unvisited: districts.filter(d => d.events === 0)};
  }).filter(g => !params.region || g.region.code === params.region);
  groups.sort((a, b) => (a.visited.length / (a.districts.length || 1)) -
                        (b.visited.length / (b.districts.length || 1)));
  const total = coverage.by_district.length;
  const seen = coverage.by_district.filter(d => d.events > 0).length;
  main.replaceChildren(
      h('h1', {}, t('nav.coverage')),
      filterBar(ref, params),
      h('p', {class: 'lead', id: 'coverage-summary'},
        t('coverage.summary', {visited: number(seen), total: number(total),
                               share: percent(total ? seen / total : 0)})),
      h('div', {class: 'list'}, groups.map(g => h('details', {class: 'card', open: g.visited.length > 0},
        h('summary', {}, h('b', {class: 'name'}, name(g.region)), ' ',
          h('span', {class: 'muted'}, t('coverage.region', {visited: number(g.visited.length),
                                                            total: number(g.districts.length)}))),
        g.visited.length ? h('p', {}, h('b', {}, t('coverage.visited') + ': '),
          g.visited.map(d => `${name(d)} (${day(d.last_visit, 'short')}, ` +
                             `${t('dash.events_n', {n: number(d.events)})})`).join('; ')) : null,
        g.unvisited.length ? h('p', {}, h('b', {}, t('coverage.unvisited') + ': '),
          g.unvisited.map(d => name(d)).join(', ')) : h('p', {class: 'muted'}, t('coverage.all'))))));
}
