// Small SVG charts drawn here rather than with a library: bars by day and horizontal bars are all
// the dashboard needs, and they stay crisp at any width.
import {svg, h} from './dom.js';
import {number} from './i18n.js';

// Vertical bars, one per day; `label(row)` under every few bars, the value as a tooltip.
export function dayBars(rows, {value, label, tip}) {
  const width = 640;
  const height = 180;
  const bottom = 22;
  const max = Math.max(1, ...rows.map(value));
  const step = width / Math.max(rows.length, 1);
  const every = Math.ceil(rows.length / 8);
  const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img'});
  rows.forEach((row, i) => {
    const v = value(row);
    const barHeight = ((height - bottom - 14) * v) / max;
    const x = i * step + step * 0.15;
    const bar = svg('rect', {x, y: height - bottom - barHeight, width: Math.max(step * 0.7, 1),
                             height: Math.max(barHeight, v > 0 ? 1 : 0), rx: 2, class: 'bar'},
                    svg('title', {}, tip(row)));
    chart.append(bar);
    if (rows.length <= 12) {
      chart.append(svg('text', {x: x + step * 0.35, y: height - bottom - barHeight - 3,
                                'text-anchor': 'middle', class: 'value'}, number(v)));
    }
    if (i % every === 0) {
      chart.append(svg('text', {x: x + step * 0.35, y: height - 6, 'text-anchor': 'middle',
                                class: 'axis'}, label(row)));
    }
  });
  return chart;
}

// Horizontal bars as an HTML list, so long names wrap instead of being cut.
export function rowBars(rows, {value, label, detail}) {
  const max = Math.max(1, ...rows.map(value));
  return h('ul', {class: 'rowbars'}, rows.map(row => h('li', {},
      h('div', {class: 'rowbar-label'}, h('span', {}, label(row)),
        h('b', {}, detail ? detail(row) : number(value(row)))),
      h('div', {class: 'rowbar-track'},
        h('div', {class: 'rowbar-fill', style: `width:${(100 * value(row)) / max}%`})))));
}
