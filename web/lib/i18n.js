// Every string the interface shows comes from a message catalog (i18n/{ru,kk,en}.json); numbers
// and dates are formatted for the chosen language. Russian is the default.
const LOCALES = {ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB'};
// Chromium ships ICU data for few locales and has no Kazakh patterns ("2026 М02 12",
// "4,460,000"): numbers in Kazakh are grouped as in Russian (a space, a decimal comma), and dates
// are spelt from the catalog's month names.
const NUMBER_LOCALES = {ru: 'ru-RU', kk: 'ru-RU', en: 'en-GB'};
let language = 'ru';
let messages = {};
let fallback = {};

export async function loadLanguage(wanted) {
  const chosen = LOCALES[wanted] ? wanted : 'ru';
  const fetchCatalog = code => fetch('/web/i18n/' + code + '.json').then(r => r.json());
  if (!Object.keys(fallback).length) fallback = await fetchCatalog('ru');
  messages = chosen === 'ru' ? fallback : await fetchCatalog(chosen);
  language = chosen;
  localStorage.setItem('kenes.lang', chosen);
  document.documentElement.lang = chosen;
}

export const savedLanguage = () => localStorage.getItem('kenes.lang') || 'ru';
export const lang = () => language;
export const locale = () => LOCALES[language];

// t('events.count', {n: 5}): the message with {n} filled in; a missing key shows itself, so a
// gap in a catalog is visible rather than blank.
export function t(key, params = {}) {
  const text = messages[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? params[name] : '{' + name + '}'));
}

const numberLocale = () => NUMBER_LOCALES[language];

export const number = value =>
  value === null || value === undefined ? '—' : new Intl.NumberFormat(numberLocale()).format(value);

export const percent = (share, digits = 0) =>
  share === null || share === undefined ? '—'
    : new Intl.NumberFormat(numberLocale(), {style: 'percent', maximumFractionDigits: digits})
        .format(share);

// A rate or coefficient with at most `digits` decimals: "0,106", "0,41".
export const decimal = (value, digits = 2) =>
  value === null || value === undefined ? '—'
    : new Intl.NumberFormat(numberLocale(), {maximumFractionDigits: digits}).format(value);

// "901 (851–1 050)": a total is a value with its range, never one invented number.
export const range = a => number(a.low) + '–' + number(a.high);

// Dates of the API are YYYY-MM-DD days in Kazakhstan; shown as days, never shifted by time zone.
export function day(text, style = 'medium') {
  if (!text) return '—';
  const [y, m, d] = text.split('-').map(Number);
  if (language === 'kk') {
    return style === 'short' ? `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`
                             : `${y} ж. ${d} ${t('month.' + m)}`;
  }
  return new Intl.DateTimeFormat(locale(), {dateStyle: style, timeZone: 'UTC'})
      .format(new Date(Date.UTC(y, m - 1, d)));
}

export function shortDay(text) {
  const [y, m, d] = text.split('-').map(Number);
  if (language === 'kk') return `${d} ${t('month.' + m).slice(0, 3)}`;
  return new Intl.DateTimeFormat(locale(), {day: 'numeric', month: 'short', timeZone: 'UTC'})
      .format(new Date(Date.UTC(y, m - 1, d)));
}

export const time = date =>
  new Intl.DateTimeFormat(language === 'kk' ? 'ru-RU' : locale(), {timeStyle: 'medium'}).format(date);

// The name of a place, segment or provision in the chosen language, falling back to Russian
// (the gazetteer has no English names).
export function name(record, base = 'name') {
  if (!record) return '—';
  if (language === 'kk' && record[base + '_kk']) return record[base + '_kk'];
  if (language === 'en' && record[base + '_en']) return record[base + '_en'];
  return record[base + '_ru'] ?? record[base] ?? '—';
}

export const title = record => name(record, 'title');
