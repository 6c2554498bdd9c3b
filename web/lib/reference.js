// Reference data the pages share, read once a session: regions, segments, provisions, the
// campaign; and place names by code, fetched as needed.
import {get} from './api.js';

let cache = null;
const places = new Map();

export async function reference() {
  if (!cache) {
    const [regions, segments, provisions, campaigns] = await Promise.all([
      get('/places'), get('/segments'), get('/provisions'), get('/campaigns')]);
    for (const region of regions) places.set(region.code, region);
    cache = {regions, segments, provisions, campaign: campaigns[0] || null};
  }
  return cache;
}

export function forget() { cache = null; }

export async function place(code) {
  if (!code) return null;
  if (!places.has(code)) {
    places.set(code, get('/places/' + code).catch(() => ({code, name_ru: code})));
  }
  return places.get(code);
}

// Places of many records at once, in parallel.
export async function placesOf(codes) {
  const unique = [...new Set(codes.filter(Boolean))];
  const found = await Promise.all(unique.map(place));
  return new Map(unique.map((code, i) => [code, found[i]]));
}

export const segmentOf = (ref, code) => ref.segments.find(s => s.code === code);
export const provisionOf = (ref, code) => ref.provisions.find(p => p.code === code);
export const regionOf = (ref, code) => ref.regions.find(r => r.code === code);
