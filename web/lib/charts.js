// Small SVG charts drawn here rather than with a library: bars by day, horizontal bars and a
// labelled scatter are all the pages need, and they stay crisp at any width.
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

// Ticks at round steps (1, 2, 2.5 or 5 times a power of ten) covering [low, high].
function ticks(low, high, count = 5) {
  const raw = (high - low) / count || 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map(m => m * power).find(s => s >= raw);
  const first = Math.floor(low / step) * step;
  const last = Math.max(Math.ceil(high / step) * step, first + step);
  const values = [];
  for (let v = first; v <= last + step / 2; v += step) values.push(Number(v.toPrecision(12)));
  return values;
}

// One dot per row at (x(row), y(row)), each with its label beside it and `tip(row)` as a
// tooltip; both axes with ticks and a title naming the unit. Labels that would overlap are moved
// down, with a thin line back to their dot, so a cluster (regions without events, all at zero)
// stays readable. Rows without both values are left out by the caller.
export function scatter(rows, {x, y, label, tip, xTitle, yTitle, xTick = number, yTick = number,
                               code = () => null}) {
  const width = 640;
  const height = 420;
  const left = 56;
  const right = 16;
  const top = 12;
  const bottom = 48;
  const xs = ticks(0, Math.max(...rows.map(x), 0));
  const ys = ticks(Math.min(...rows.map(y)), Math.max(...rows.map(y)));
  const [x0, x1, y0, y1] = [xs[0], xs[xs.length - 1], ys[0], ys[ys.length - 1]];
  const px = v => left + ((width - left - right) * (v - x0)) / (x1 - x0 || 1);
  const py = v => height - bottom - ((height - top - bottom) * (v - y0)) / (y1 - y0 || 1);
  const chart = svg('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart scatter', role: 'img',
                            'aria-label': `${yTitle} / ${xTitle}`});
  for (const v of xs) {
    chart.append(svg('line', {x1: px(v), x2: px(v), y1: top, y2: height - bottom, class: 'grid'}),
                 svg('text', {x: px(v), y: height - bottom + 16, 'text-anchor': 'middle',
                              class: 'axis'}, xTick(v)));
  }
  for (const v of ys) {
    chart.append(svg('line', {x1: left, x2: width - right, y1: py(v), y2: py(v), class: 'grid'}),
                 svg('text', {x: left - 6, y: py(v) + 4, 'text-anchor': 'end', class: 'axis'},
                     yTick(v)));
  }
  chart.append(
      svg('line', {x1: left, x2: width - right, y1: height - bottom, y2: height - bottom,
                   class: 'axis-line'}),
      svg('line', {x1: left, x2: left, y1: top, y2: height - bottom, class: 'axis-line'}),
      svg('text', {x: (left + width - right) / 2, y: height - 8, 'text-anchor': 'middle',
                   class: 'axis-title'}, xTitle),
      svg('text', {x: 0, y: 0, transform: `translate(14 ${(top + height - bottom) / 2}) rotate(-90)`,
                   'text-anchor': 'middle', class: 'axis-title'}, yTitle));
  // Labels go right of their dot, or left of it in the right third; an estimated box per label
  // (11 px text is about 6 px a letter) is pushed down below any placed box it would overlap.
  const placed = [];
  const points = rows.map(row => ({row, cx: px(x(row)), cy: py(y(row)), text: label(row)}))
      .sort((a, b) => a.cy - b.cy || a.cx - b.cx);
  for (const point of points) {
    const rightSide = point.cx < left + (width - left - right) * 0.66;
    const w = point.text.length * 6;
    const lx = rightSide ? point.cx + 7 : point.cx - 7 - w;
    let ly = point.cy + 4;
    for (let moved = true, guard = 0; moved && guard < rows.length; guard++) {
      moved = false;
      for (const box of placed) {
        if (lx < box.lx + box.w && box.lx < lx + w && Math.abs(ly - box.ly) < 12) {
          ly = box.ly + 12;
          moved = true;
        }
      }
    }
    placed.push({lx, ly, w});
    const group = svg('g', {class: 'point', 'data-code': code(point.row)},
                      svg('title', {}, tip(point.row)));
    if (Math.abs(ly - (point.cy + 4)) > 2) {
      group.append(svg('line', {x1: point.cx, y1: point.cy, x2: rightSide ? lx - 1 : lx + w + 1,
                                y2: ly - 4, class: 'leader'}));
    }
    group.append(svg('circle', {cx: point.cx, cy: point.cy, r: 4.5, class: 'dot'}),
                 svg('text', {x: rightSide ? lx : lx + w, y: ly, class: 'dot-label',
                              'text-anchor': rightSide ? 'start' : 'end'}, point.text));
    chart.append(group);
  }
  return chart;
}
