#include "server/landing_page.h"

namespace kenes::http {

std::string_view LandingPageHtml() {
  return R"html(<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kenes — итоги кампании</title>
<style>
  body { font: 16px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 960px; padding: 16px;
         color: #1d2330; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  .muted { color: #5b6475; }
  .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px;
           margin: 16px 0; }
  .card { border: 1px solid #d9dde5; border-radius: 8px; padding: 12px; }
  .card b { display: block; font-size: 26px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e9ef; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  a { color: #1f5fbf; }
  form { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 16px 0; }
  input, button { font: inherit; padding: 6px 8px; }
  #error { color: #b3261e; }
  [hidden] { display: none !important; }
</style>
</head>
<body>
<h1>kenes</h1>
<div class="muted" id="campaign">Разъяснительная кампания</div>
<form id="login" hidden>
  <input id="name" autocomplete="username" placeholder="Имя пользователя" required>
  <input id="password" type="password" autocomplete="current-password" placeholder="Пароль" required>
  <button>Войти</button> <span id="error"></span>
</form>
<div class="muted" id="who" hidden><span id="me"></span> · <a href="#" id="logout">выйти</a></div>
<div id="totals" hidden>
<div class="cards">
  <div class="card">Мероприятий проведено<b id="events">…</b><span class="muted" id="planned"></span></div>
  <div class="card">Участников (сумма по мероприятиям)<b id="attendance">…</b><span class="muted" id="range"></span></div>
  <div class="card">Разных людей по регистрации<b id="distinct">…</b><span class="muted" id="checkins"></span></div>
  <div class="card">Коалиция<b id="members">…</b><span class="muted" id="coalition"></span></div>
</div>
<table>
  <thead><tr><th>Регион</th><th class="n">Мероприятий</th><th class="n">Участников (диапазон)</th></tr></thead>
  <tbody id="regions"></tbody>
</table>
</div>
<p class="muted">Данные: <a href="/api/v1/stats">/api/v1/stats</a>, <a href="/api/v1/events">/api/v1/events</a>,
описание API: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
<script>
const n = v => new Intl.NumberFormat('ru-RU').format(v);
const range = a => n(a.low) + '–' + n(a.high);
const $ = id => document.getElementById(id);
// The session cookie is HttpOnly; the CSRF token comes back as a readable cookie and goes with
// every request that changes something.
const csrf = () => (document.cookie.match(/(?:^|; )kenes_csrf=([^;]*)/) || [])[1] || '';
function signedOut() {
  $('login').hidden = false; $('who').hidden = true; $('totals').hidden = true;
}
$('login').addEventListener('submit', async e => {
  e.preventDefault();
  const r = await fetch('/api/v1/login', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({name: $('name').value, password: $('password').value})});
  $('password').value = '';
  if (!r.ok) { $('error').textContent = (await r.json()).error.message; return; }
  $('error').textContent = '';
  load();
});
$('logout').addEventListener('click', async e => {
  e.preventDefault();
  await fetch('/api/v1/logout', {method: 'POST', headers: {'X-CSRF-Token': csrf()}});
  signedOut();
});
async function load() {
  const me = await fetch('/api/v1/me');
  if (me.status === 401) return signedOut();
  const who = await me.json();
  $('me').textContent = who.name + ' (' + who.role + ')';
  $('login').hidden = true; $('who').hidden = false; $('totals').hidden = false;
  const [stats, campaigns] = await Promise.all([
    fetch('/api/v1/stats').then(r => r.json()), fetch('/api/v1/campaigns').then(r => r.json())]);
  if (campaigns.length) document.getElementById('campaign').textContent = campaigns[0].name;
  document.getElementById('events').textContent = n(stats.events);
  document.getElementById('planned').textContent = 'запланировано ещё ' + n(stats.events_planned);
  document.getElementById('attendance').textContent = n(stats.attendance.value);
  document.getElementById('range').textContent = 'диапазон ' + range(stats.attendance) +
      '; цифру сообщили ' + n(stats.events_with_figure) + ' из ' + n(stats.events);
  document.getElementById('distinct').textContent = n(stats.distinct_participants);
  document.getElementById('checkins').textContent = 'регистраций: ' + n(stats.checkins);
  document.getElementById('members').textContent = n(stats.coalition.members);
  document.getElementById('coalition').textContent = 'партий: ' + n(stats.coalition.parties) +
      ', заявлено членов: ' + n(stats.coalition.claimed_members);
  const body = document.getElementById('regions');
  body.replaceChildren(...stats.by_region.map(r => {
    const row = document.createElement('tr');
    for (const [text, numeric] of [[r.name_ru, false], [n(r.events), true],
                                   [n(r.attendance.value) + ' (' + range(r.attendance) + ')', true]]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      if (numeric) cell.className = 'n';
      row.append(cell);
    }
    return row;
  }));
}
load();
setInterval(load, 15000);
</script>
</body>
</html>
)html";
}

}  // namespace kenes::http
