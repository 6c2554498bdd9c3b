// The 20 top-level units (17 regions and Astana, Almaty, Shymkent) as a tile map: one square
// each, placed roughly where it lies, since no boundary data ships with kenes. Colour says
// coverage (the share of its districts visited), the label the events held.
import {svg} from './dom.js';
import {name, number, percent, t} from './i18n.js';

// KATO code -> [column, row]; west to east, north to south.
const TILES = {
  '270000000': [0, 0], '390000000': [2, 0], '590000000': [3, 0], '550000000': [4, 0],
  '630000000': [5, 0],
  '230000000': [0, 1], '150000000': [1, 1], '620000000': [2, 1], '110000000': [3, 1],
  '710000000': [4, 1], '100000000': [5, 1],
  '470000000': [0, 2], '430000000': [1, 2], '350000000': [3, 2], '330000000': [5, 2],
  '610000000': [2, 3], '310000000': [3, 3], '190000000': [4, 3],
  '790000000': [2, 4], '750000000': [4, 4],
};

// Short labels that fit a tile; the full name is in the tooltip.
function short(region) {
  const text = name(region);
  return text.replace(/ (область|облысы)$/, '').replace(/^область /, '')
      .replace('Западно-Казахстанская', 'ЗКО').replace('Северо-Казахстанская', 'СКО')
      .replace('Восточно-Казахстанская', 'ВКО').replace('Батыс Қазақстан', 'БҚО')
      .replace('Солтүстік Қазақстан', 'СҚО').replace('Шығыс Қазақстан', 'ШҚО');
}

export function coverageColour(share) {
  if (share === null || share === undefined) return '#eef0f4';
  // From pale to the campaign's blue as more of the region's districts are visited.
  const light = 94 - 58 * Math.min(1, share);
  return `hsl(213 62% ${light}%)`;
}

// regions: [{code, name_ru, name_kk, events, share}] (share of districts visited, or null);
// onPick(code) when a tile is clicked or chosen by keyboard.
export function regionMap(regions, {selected, onPick}) {
  const size = 92;
  const gap = 6;
  const map = svg('svg', {viewBox: `0 0 ${6 * (size + gap)} ${5 * (size + gap)}`, class: 'tilemap',
                          role: 'group', 'aria-label': t('dash.map')});
  for (const region of regions) {
    const [col, row] = TILES[region.code] || [];
    if (col === undefined) continue;
    const x = col * (size + gap);
    const y = row * (size + gap);
    const dark = (region.share ?? 0) > 0.45;
    const label = `${name(region)}: ${t('dash.events_n', {n: number(region.events)})}, ` +
        `${t('dash.districts_visited')} ${percent(region.share)}`;
    const tile = svg('g', {class: 'tile' + (selected === region.code ? ' selected' : ''),
                           tabindex: 0, role: 'button', 'aria-label': label,
                           'data-code': region.code},
        svg('title', {}, label),
        svg('rect', {x, y, width: size, height: size, rx: 8, fill: coverageColour(region.share)}),
        svg('text', {x: x + 6, y: y + 18, class: 'tile-name' + (dark ? ' on-dark' : '')},
            short(region).slice(0, 14)),
        svg('text', {x: x + 6, y: y + size - 12, class: 'tile-value' + (dark ? ' on-dark' : '')},
            number(region.events)));
    tile.addEventListener('click', () => onPick(region.code));
    tile.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(region.code); }
    });
    map.append(tile);
  }
  return map;
}
