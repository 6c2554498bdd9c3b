// A day typed and shown as the chosen language writes it (ru, kk 02.03.2026; en 02/03/2026),
// with a calendar button that opens the browser's own picker. A plain <input type=date> would
// show the browser's language, not the interface's: mm/dd/yyyy in a Russian form. The field's
// value() is the day as the API takes it (YYYY-MM-DD), '' when empty, null when not a day.
import {h, svg} from './dom.js';
import {lang, t} from './i18n.js';

const SEPARATOR = {ru: '.', kk: '.', en: '/'};

const pad = n => String(n).padStart(2, '0');

export function formatDay(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  const s = SEPARATOR[lang()] || '.';
  return d + s + m + s + y;
}

// "2.3.2026", "02/03/2026", "2026-03-02" → "2026-03-02"; null when it is no day of the calendar.
export function parseDay(text) {
  const parts = text.trim().split(/[./\-\s]+/).filter(Boolean);
  if (parts.length !== 3 || !parts.every(p => /^\d+$/.test(p))) return null;
  let [d, m, y] = parts.map(Number);
  if (parts[0].length === 4) [y, m, d] = parts.map(Number);
  if (y < 100) y += 2000;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${y}-${pad(m)}-${pad(d)}`;
}

// Drawn rather than an emoji: the machines staff use do not all have an emoji font.
const calendarIcon = () => svg('svg', {viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true'},
    svg('rect', {x: 1.5, y: 3, width: 13, height: 11.5, rx: 1.5, fill: 'none', stroke: 'currentColor'}),
    svg('path', {d: 'M1.5 6.5h13M5 1.5v3M11 1.5v3', stroke: 'currentColor'}),
    svg('rect', {x: 4, y: 9, width: 2.5, height: 2.5, fill: 'currentColor'}));

export function dateField({id, name, value, min, max, label, onChange}) {
  const input = h('input', {id, name, type: 'text', inputmode: 'numeric', autocomplete: 'off',
                            value: formatDay(value), placeholder: t('date.placeholder'),
                            'aria-label': label || null, 'aria-describedby': id ? id + '-error' : null});
  const native = h('input', {type: 'date', tabindex: '-1', 'aria-hidden': 'true',
                             class: 'native-date', min, max, value: value || ''});
  const error = h('small', {class: 'error', id: id ? id + '-error' : null, role: 'alert'});
  let current = value || '';
  const settle = iso => {
    current = iso;
    input.value = formatDay(iso);
    native.value = iso;
    error.textContent = '';
    onChange?.(iso);
  };
  const check = () => {
    const text = input.value.trim();
    if (!text) { if (current !== '') settle(''); return; }
    const iso = parseDay(text);
    if (!iso) { error.textContent = t('date.invalid', {example: formatDay('2026-03-02')}); return; }
    if ((min && iso < min) || (max && iso > max)) {
      error.textContent = t('date.outside', {from: formatDay(min), to: formatDay(max)});
      return;
    }
    if (iso !== current) settle(iso); else { input.value = formatDay(iso); error.textContent = ''; }
  };
  input.addEventListener('change', check);
  input.addEventListener('keydown', e => { if (e.key === 'Enter') check(); });
  native.addEventListener('change', () => native.value && settle(native.value));
  const button = h('button', {type: 'button', class: 'calendar', 'aria-label': t('date.pick'),
                              title: t('date.pick'), onclick: () => {
                                try { native.showPicker(); } catch { native.focus(); }
                              }}, calendarIcon());
  const wrapper = h('span', {class: 'date-field'}, input, button, native, error);
  wrapper.value = () => {
    const text = input.value.trim();
    return text ? parseDay(text) : '';
  };
  return wrapper;
}
