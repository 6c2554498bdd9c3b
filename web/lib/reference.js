// Reference data the pages share, read once a session: regions, segments, provisions, the
// campaign, organizations; and every place of the gazetteer, so the place picker works offline.
// These are the reference snapshot: the service worker (web/sw.js) keeps their answers, and they
// are read from it when there is no connection.
import {get} from './api.js';

let cache = null;
let gazetteer = null;  // every place, for searching offline
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

// Every place, read once a session (the worker keeps the answer); null when neither the network
// nor the snapshot has it.
export async function allPlaces() {
  if (!gazetteer) {
    gazetteer = get('/places?all=true').then(list => {
      for (const p of list) if (!places.has(p.code)) places.set(p.code, p);
      return list;
    }).catch(() => { gazetteer = null; return null; });
  }
  return gazetteer;
}

// The organizations a form offers (a host); the snapshot keeps them.
export const organizations = () => get('/organizations?limit=1000');

export function forget() { cache = null; gazetteer = null; }

// Reads the snapshot afresh (before a queue is sent: places may have changed since).
export async function renew() {
  forget();
  await Promise.all([reference(), allPlaces(), organizations()]);
}

export async function place(code) {
  if (!code) return null;
  if (!places.has(code)) {
    places.set(code, get('/places/' + code).catch(async () => {
      const list = await allPlaces();
      return list?.find(p => p.code === code) || {code, name_ru: code};
    }));
  }
  return places.get(code);
}

// Places of many records at once, in parallel.
export async function placesOf(codes) {
  const unique = [...new Set(codes.filter(Boolean))];
  const found = await Promise.all(unique.map(place));
  return new Map(unique.map((code, i) => [code, found[i]]));
}

// The places whose Russian or Kazakh name holds what was typed, for the picker without a
// connection: cruder than the server's search (case forms are matched by their stem only), but
// "Осакаровке" still finds Осакаровка.
export async function searchOffline(text, limit = 8) {
  const list = await allPlaces();
  if (!list) return [];
  const words = text.toLocaleLowerCase('ru').split(/[\s,.]+/).filter(w => w.length > 1)
      .map(w => (w.length > 5 ? w.slice(0, -2) : w));
  if (!words.length) return [];
  const rank = {settlement: 0, okrug: 1, district: 2, region: 3};
  return list.filter(p => {
    const names = [p.name_ru, p.name_kk, p.name_en].filter(Boolean).join(' ').toLocaleLowerCase('ru');
    return words.every(w => names.includes(w));
  }).sort((a, b) => (rank[a.level] ?? 4) - (rank[b.level] ?? 4)).slice(0, limit);
}

export const segmentOf = (ref, code) => ref.segments.find(s => s.code === code);
export const provisionOf = (ref, code) => ref.provisions.find(p => p.code === code);
export const regionOf = (ref, code) => ref.regions.find(r => r.code === code);
