// The filter bar shared by the dashboard, events, feedback and reports: dates, region, segment.
// Filters live in the page's hash (#/?region=...&from=...), so a filtered view can be bookmarked
// and sent to a colleague.
import {dateField} from './date_field.js';
import {h} from './dom.js';
import {name, t} from './i18n.js';

export function setParams(params) {
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/';
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = '#' + path + (search ? '?' + search : '');
}

// `extra`: more fields, each {key, label, options: [[value, text]]}.
export function filterBar(ref, params, extra = []) {
  const field = (label, control) => h('label', {class: 'field'}, h('span', {}, label), control);
  const change = e => setParams({...params, [e.target.name]: e.target.value});
  const select = (key, options, anyText) => h('select', {name: key, onchange: change},
      h('option', {value: ''}, anyText),
      options.map(([value, text]) => h('option', {value, selected: params[key] === value}, text)));
  const campaign = ref.campaign || {};
  return h('form', {class: 'filters', role: 'search', onsubmit: e => e.preventDefault()},
      ['from', 'to'].map(key => field(t('filter.' + key), dateField({
        name: key, id: 'filter-' + key, value: params[key], min: campaign.starts_on,
        max: campaign.ends_on, onChange: iso => setParams({...params, [key]: iso})}))),
      field(t('filter.region'), select('region', ref.regions.map(r => [r.code, name(r)]),
                                       t('filter.all_regions'))),
      field(t('filter.segment'), select('segment', ref.segments.map(s => [s.code, name(s)]),
                                        t('filter.all_segments'))),
      extra.map(x => field(x.label, select(x.key, x.options, t('filter.any')))),
      Object.values(params).some(Boolean)
        ? h('button', {type: 'button', class: 'link', onclick: () => setParams({})},
            t('filter.reset'))
        : null);
}

// The analytics filters of `params`, for the API.
export const analyticsFilter = params =>
  ({from: params.from, to: params.to, region: params.region, segment: params.segment});
