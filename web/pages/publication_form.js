// Writing a publication: held events picked by date, region and audience (the filters live in the
// address, the choice survives changing them), the language, and the imprint the law wants on
// campaign material. The server writes the text (POST /publications); its refusal is shown under
// the field it names (`imprint.paid_by`, `events`, `language`).
import {api, get, newKey, query} from '../lib/api.js';
import {h, toast} from '../lib/dom.js';
import {filterBar} from '../lib/filters.js';
import {day, lang, name, number, t} from '../lib/i18n.js';
import {attendanceText} from '../lib/labels.js';
import {placesOf, reference, regionOf} from '../lib/reference.js';
import {canWrite} from '../lib/session.js';

const IMPRINT = ['made_by', 'ordered_by', 'paid_by'];

// The events chosen, kept while the filters change (each change renders the page again).
const chosen = new Set();
// What was typed into the form, kept likewise.
const typed = {language: null, made_by: '', ordered_by: '', paid_by: ''};

export async function render(main, {params}) {
  const ref = await reference();
  if (!canWrite()) {
    main.replaceChildren(h('h1', {}, t('pub.new')), h('p', {class: 'muted'}, t('readonly')));
    return;
  }
  const errors = {};  // field → the element its refusal is shown in
  const errorFor = field => (errors[field] = h('p', {class: 'error', role: 'alert',
                                                    id: 'error-' + field.replace('.', '-')}));
  const list = h('div', {class: 'list event-picks', id: 'publication-events'});
  const more = h('button', {type: 'button', class: 'secondary', hidden: true}, t('more'));
  const count = h('p', {id: 'publication-chosen', 'aria-live': 'polite'});
  const showCount = () => { count.textContent = t('pub.chosen', {n: number(chosen.size)}); };

  typed.language ??= lang() === 'kk' ? 'kk' : 'ru';
  const language = h('fieldset', {class: 'chips', id: 'publication-language'},
      h('legend', {}, t('pub.language')),
      ['ru', 'kk'].map(code => h('label', {class: 'chip'},
        h('input', {type: 'radio', name: 'language', value: code, checked: typed.language === code,
                    onchange: () => { typed.language = code; }}),
        t('language.' + code))));
  const imprint = IMPRINT.map(part => {
    const input = h('input', {id: 'imprint-' + part, name: part, type: 'text', required: true,
                              'aria-describedby': 'error-imprint-' + part, value: typed[part],
                              oninput: e => { typed[part] = e.target.value; }});
    return h('div', {class: 'field'},
        h('label', {for: 'imprint-' + part}, t('imprint.' + part), ' *'), input,
        h('small', {class: 'muted'}, t('imprint.' + part + '_hint')), errorFor('imprint.' + part));
  });
  const submit = h('button', {class: 'primary', id: 'publication-write'}, t('pub.write'));
  const general = errorFor('general');
  // novalidate: a blank imprint part is the server's to name, under its field, in one place.
  const form = h('form', {class: 'form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    for (const element of Object.values(errors)) element.textContent = '';
    const body = {events: [...chosen], language: typed.language,
                  imprint: Object.fromEntries(IMPRINT.map(part => [part, typed[part].trim()]))};
    submit.disabled = true;
    submit.textContent = t('pub.writing');
    try {
      // Keyed: a retry (a busy server, a lost answer) writes one publication.
      const written = await api('POST', '/publications', body, {key: newKey()});
      chosen.clear();
      toast(t('pub.written'));
      location.hash = '#/publications/' + written.id;
    } catch (failure) {
      const target = errors[failure.field] || errors[failure.field?.split('.')[0]] || general;
      target.textContent = failure.message + (target === general && failure.field ? ` (${failure.field})` : '');
      target.closest('.field, fieldset')?.querySelector('input')?.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t('pub.write');
    }
  }},
  h('fieldset', {class: 'plain-set', id: 'publication-imprint'}, h('legend', {}, t('pub.imprint')),
    h('p', {class: 'muted small'}, t('pub.imprint_hint')), imprint, errorFor('imprint')),
  language, errorFor('language'),
  count, errorFor('events'),
  general, h('div', {class: 'actions'}, submit));

  main.replaceChildren(
      h('p', {}, h('a', {href: '#/publications'}, t('pub.back'))),
      h('h1', {}, t('pub.new')),
      h('p', {class: 'muted'}, t('pub.new_intro')),
      h('section', {class: 'card'}, h('h2', {}, t('pub.pick_events')),
        filterBar(ref, params), list, more),
      h('section', {class: 'card'}, form));

  const shown = [];
  let after = null;
  const load = async () => {
    const page = await get('/events' + query({status: 'held', region: params.region,
                                              from: params.from, to: params.to,
                                              segment: params.segment, after, limit: 100}));
    shown.push(...page.items);
    after = page.next_after;
    more.hidden = !after;
    const places = await placesOf(shown.map(e => e.place_code));
    list.replaceChildren(...(shown.length ? shown.map(e => pick(ref, e, places, showCount))
                                          : [h('p', {class: 'muted'}, t('empty'))]));
    // The filters the list shows, for whoever waits for it (the end-to-end test).
    Object.assign(list.dataset, {from: params.from || '', to: params.to || '',
                                 region: params.region || '', loaded: 'true'});
  };
  more.addEventListener('click', load);
  showCount();
  await load();
}

// A held event with a box to cite it.
function pick(ref, event, places, changed) {
  const place = places.get(event.place_code);
  const region = regionOf(ref, event.region_code);
  return h('label', {class: 'row card pick', dataset: {id: event.id}},
      h('input', {type: 'checkbox', id: 'pick-' + event.id, checked: chosen.has(event.id),
                  onchange: e => {
                    if (e.target.checked) chosen.add(event.id);
                    else chosen.delete(event.id);
                    changed();
                  }}),
      h('span', {class: 'row-main'},
        h('b', {}, event.title || event.venue || t('kind.' + event.kind)),
        h('span', {class: 'muted'}, [day(event.date), name(place),
                                     region && region.code !== place?.code ? name(region) : null]
                                        .filter(Boolean).join(', '))),
      h('span', {class: 'row-side'}, h('span', {class: 'figure'}, attendanceText(event.attendance))));
}
