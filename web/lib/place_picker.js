// A place picked by typing its name in Russian or Kazakh, in any case form ("Осакаровке",
// "Қарағанды облысы"): the gazetteer answers as one types, and a choice is made by tap, click or
// the arrow keys and Enter. The input keeps the chosen place's code.
import {get, NetworkError, query} from './api.js';
import {debounce, h} from './dom.js';
import {name, t} from './i18n.js';
import {place as placeByCode, searchOffline} from './reference.js';

const LEVEL_ORDER = ['settlement', 'district', 'region'];

// onChange(place) when a place is chosen (or null when the text is changed after a choice).
export function placePicker({id, code, onChange}) {
  let chosen = null;
  let options = [];
  let active = -1;
  const input = h('input', {id, type: 'text', autocomplete: 'off', role: 'combobox',
                            'aria-expanded': 'false', 'aria-autocomplete': 'list',
                            'aria-controls': id + '-list', placeholder: t('place.placeholder')});
  const list = h('ul', {class: 'suggestions', id: id + '-list', role: 'listbox', hidden: true});
  const note = h('small', {class: 'muted', id: id + '-chosen'});
  const wrapper = h('div', {class: 'picker'}, input, list, note);

  const describe = async p => {
    const parent = p.parent_code ? await placeByCode(p.parent_code) : null;
    return [t('level.' + p.level), parent ? name(parent) : null].filter(Boolean).join(', ');
  };
  const choose = async p => {
    chosen = p;
    input.value = name(p);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    note.textContent = '✓ ' + (await describe(p)) + ' · ' + p.code;
    onChange?.(p);
  };
  const drawOptions = async () => {
    const described = await Promise.all(options.map(describe));
    list.replaceChildren(...options.map((p, i) => h('li', {
      role: 'option', id: `${id}-opt-${i}`, 'aria-selected': String(i === active),
      class: i === active ? 'active' : '', onmousedown: e => { e.preventDefault(); choose(p); }},
      h('b', {}, name(p)), h('small', {}, described[i]))));
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };
  const search = debounce(async () => {
    const text = input.value.trim();
    if (text.length < 2) { options = []; return drawOptions(); }
    // Without a connection, the snapshot of every place is searched instead.
    const found = await get('/places' + query({q: text, limit: 8}))
        .catch(failure => (failure instanceof NetworkError ? searchOffline(text) : []));
    if (input.value.trim() !== text) return;  // typed on meanwhile
    options = found;
    active = found.length ? 0 : -1;
    drawOptions();
  }, 150);
  input.addEventListener('input', () => {
    if (chosen) { chosen = null; note.textContent = ''; onChange?.(null); }
    search();
  });
  input.addEventListener('keydown', e => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      drawOptions();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape') {
      list.hidden = true;
    }
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
  if (code) placeByCode(code).then(p => p && choose(p));
  wrapper.value = () => chosen?.code || null;
  wrapper.label = () => (chosen ? name(chosen) : null);
  return wrapper;
}

export {LEVEL_ORDER};
