// Attendance and statuses as people read them.
import {h} from './dom.js';
import {number, range, t} from './i18n.js';

// "около 300 → 300 (270–330)"
export function attendanceText(a) {
  if (!a) return t('event.no_figure');
  if (a.low === a.high) return `${a.text} → ${number(a.value)}`;
  return `${a.text} → ${number(a.value)} (${range(a)})`;
}

export const badge = (kind, value) =>
  h('span', {class: `badge ${kind}-${value}`}, t(kind + '.' + value));
