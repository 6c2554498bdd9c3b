// Feedback: what people asked, proposed and worried about, by theme, provision, region, stance
// and status; an item can be answered or forwarded where it stands.
import {get, query} from '../lib/api.js';
import * as queue from '../lib/queue.js';
import {h, toast} from '../lib/dom.js';
import {filterBar, setParams} from '../lib/filters.js';
import {day, name, number, t, title} from '../lib/i18n.js';
import {badge} from '../lib/labels.js';
import {provisionOf, reference, regionOf} from '../lib/reference.js';
import {canWrite} from '../lib/session.js';

// The filters the feedback list takes beside the analytics ones.
const ITEM_FILTERS = ['provision', 'stance', 'status', 'kind'];

// An item passes the page's own filters (a theme's list comes from analytics, which filters only
// by campaign, dates, region and segment).
const passes = (item, params) =>
  (!params.provision || item.provisions.includes(params.provision)) &&
  ITEM_FILTERS.slice(1).every(key => !params[key] || item[key] === params[key]);

export async function render(main, {params}) {
  const ref = await reference();
  const where = {region: params.region, from: params.from, to: params.to, segment: params.segment};
  const themes = await get('/analytics/themes' + query(where));
  const theme = params.theme !== undefined && params.theme !== ''
    ? themes.themes.find(x => String(x.id) === params.theme) : null;
  // A theme's items come from analytics, nearest the theme's centre first; the rest of the
  // filters then apply to them here.
  const page = theme
    ? await get(`/analytics/themes/${theme.id}/feedback` + query({...where, limit: 1000}))
    : await get('/feedback' + query({...where, ...Object.fromEntries(
          ITEM_FILTERS.map(key => [key, params[key]])), limit: 1000}));
  const items = theme ? page.items.filter(item => passes(item, params)) : page.items;
  const more = theme ? page.total > page.items.length : Boolean(page.next_after);
  const options = (key, values) => values.map(v => [v, t(key + '.' + v)]);
  main.replaceChildren(
      h('h1', {}, t('nav.feedback')),
      filterBar(ref, params, [
        {key: 'provision', label: t('filter.provision'),
         options: ref.provisions.map(p => [p.code, title(p)])},
        {key: 'stance', label: t('filter.stance'),
         options: options('stance', ['supports', 'neutral', 'opposes', 'unclear'])},
        {key: 'status', label: t('filter.status'),
         options: options('fbstatus', ['open', 'answered', 'forwarded', 'accepted'])},
        {key: 'kind', label: t('filter.kind'),
         options: options('fbkind', ['question', 'opinion', 'proposal', 'concern'])},
      ]),
      h('div', {class: 'chips', role: 'group', 'aria-label': t('feedback.themes')},
        h('span', {class: 'muted'}, t('feedback.themes') + ':'),
        themes.themes.map(x => h('button', {
          type: 'button', class: 'chip', 'aria-pressed': String(theme?.id === x.id),
          onclick: () => setParams({...params, theme: theme?.id === x.id ? '' : String(x.id)})},
          (x.name || x.terms.slice(0, 3).join(', ')) + ` (${number(x.size)})`))),
      h('p', {class: 'muted', id: 'feedback-count'},
        theme ? t('feedback.theme_count', {n: number(items.length), terms: theme.name || theme.terms.slice(0, 3).join(', ')})
              : t('feedback.count', {n: number(items.length)}),
        more ? ' ' + t('feedback.first_only') : ''),
      h('div', {class: 'list', id: 'feedback-list'},
        items.length ? items.map(item => feedbackCard(ref, item))
                     : h('p', {class: 'muted'}, t('empty'))));
}

function feedbackCard(ref, item) {
  const actions = h('div', {class: 'actions'});
  const card = h('article', {class: 'card feedback'},
      h('header', {}, badge('fbkind', item.kind), ' ', badge('stance', item.stance), ' ',
        badge('fbstatus', item.status), ' ',
        h('span', {class: 'muted'}, [day(item.date), name(regionOf(ref, item.region_code))]
                                      .filter(Boolean).join(' · '))),
      h('p', {}, item.text),
      item.provisions.length
        ? h('p', {class: 'muted small'}, item.provisions.map(c => title(provisionOf(ref, c))).join('; '))
        : null,
      item.answer ? h('p', {class: 'answer'}, h('b', {}, t('feedback.answer') + ': '), item.answer) : null,
      item.forwarded_to
        ? h('p', {class: 'answer'}, h('b', {}, t('feedback.forwarded_to') + ': '), item.forwarded_to)
        : null,
      item.event_id ? h('a', {href: '#/events/' + item.event_id}, t('feedback.event')) : null,
      actions);
  if (!canWrite()) return card;
  const open = (label, fieldName, status) => {
    const input = h('textarea', {rows: 3, 'aria-label': label});
    const error = h('p', {class: 'error', role: 'alert'});
    actions.replaceChildren(input, error, h('div', {class: 'actions'},
        h('button', {type: 'button', class: 'primary', onclick: async () => {
          try {
            // Conditional on the version read; without a connection it waits in the queue, and
            // a change made meanwhile by someone else is shown beside it when it is sent.
            const sent = await queue.submit({
              kind: 'feedback_change', method: 'PATCH', path: '/feedback/' + item.id,
              body: {status, [fieldName]: input.value.trim(), version: item.version},
              label: item.text.slice(0, 80)});
            if (sent.queued) {
              toast(t('outbox.queued'));
              reset();
            } else {
              toast(t('feedback.saved'));
              card.replaceWith(feedbackCard(ref, sent.data));
            }
          } catch (failure) { error.textContent = failure.message; }
        }}, t('save')),
        h('button', {type: 'button', class: 'secondary', onclick: () => reset()}, t('cancel'))));
    input.focus();
  };
  const reset = () => actions.replaceChildren(
      h('button', {type: 'button', class: 'secondary', onclick: () =>
        open(t('feedback.answer'), 'answer', 'answered')}, t('feedback.do_answer')),
      h('button', {type: 'button', class: 'secondary', onclick: () =>
        open(t('feedback.forwarded_to'), 'forwarded_to', 'forwarded')}, t('feedback.do_forward')));
  reset();
  return card;
}
