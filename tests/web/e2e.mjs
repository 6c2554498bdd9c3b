// The web interface end to end, as campaign staff use it, in Debian's headless Chromium against
// a real `kenes demo` server (tests/web/web_e2e_test.cc starts it and passes its address and
// the demo accounts' passwords in the environment). Each scenario asserts what a person would
// see on the screen. Screenshots of every page, at desktop and phone width, go to
// $KENES_WEB_SHOTS.
import {chromium} from 'playwright-core';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {mkdtempSync, mkdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const base = process.env.KENES_URL;
const password = process.env.KENES_ADMIN_PASSWORD;
const shots = process.env.KENES_WEB_SHOTS;
const pressRelease = readFileSync(process.env.KENES_PRESS_RELEASE, 'utf8');
assert.ok(base && password && shots, 'KENES_URL, KENES_ADMIN_PASSWORD and KENES_WEB_SHOTS are needed');
mkdirSync(shots, {recursive: true});

const DESKTOP = {width: 1280, height: 800};
// A real kind of name: long, without a space to break at for a while.
const LONG_KAZAKH_NAME = 'Астана металл конструкциялары және құрылыс материалдары зауыты ' +
    'жауапкершілігі шектеулі серіктестігі';
const PHONE = {width: 375, height: 740};
// Russian groups thousands with a no-break space; compare text with plain spaces.
const plain = text => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

// The browser keeps its profile (cookies, service worker, IndexedDB) in a folder of its own, so
// it can be closed and opened again as a phone's browser is restarted.
const profile = mkdtempSync(join(tmpdir(), 'kenes-chromium-'));
const problems = [];
async function openBrowser() {
  const opened = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.KENES_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: DESKTOP,
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Generous limits: CI machines are small and busy (the test suite runs two at a time); a slow
  // answer is not what these scenarios test, a wrong one is.
  opened.setDefaultTimeout(60000);
  opened.setDefaultNavigationTimeout(60000);
  opened.on('weberror', e => problems.push('page error: ' + e.error().message));
  return opened;
}
let context = await openBrowser();

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    console.log(`FAIL ${name}`);
    throw error;
  }
}

// page.waitForFunction evaluates its predicate with eval, which the app's Content-Security-Policy
// forbids (rightly): poll with evaluate instead, which the policy does not govern.
async function waitUntil(page, predicate, arg, {timeout = 60000} = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(predicate, arg).catch(error => {
      // A navigation meanwhile destroys the context: try again in the new one.
      if (/context was destroyed|navigat/i.test(error.message)) return false;
      throw error;
    });
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting for ' + predicate.toString().slice(0, 200));
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

const text = async (page, selector) => plain(await page.locator(selector).first().innerText());

async function shot(page, name) {
  // A tab in the background is not painted: bring it forward first.
  await page.bringToFront();
  await page.waitForLoadState('networkidle');
  await page.screenshot({path: join(shots, name + '.png'), fullPage: true});
}

async function statValue(page, id) {
  return plain(await page.locator(`#${id} .big`).innerText());
}

try {
  const desk = context.pages()[0] || await context.newPage();
  // The expected failures: before signing in, GET /api/v1/me answers 401; a person checked in
  // twice gets 409 (the check-in step asserts the message the page shows for it); a busy server
  // answers 503, which the page waits out (the after-vote step asserts it does). A step that
  // provokes a 400 on purpose (a blank imprint field) says so in expectedRefusals.
  let expectedRefusals = 0;
  desk.on('console', m => {
    if (m.type() !== 'error') return;
    if (expectedRefusals > 0 && /status of 400/.test(m.text())) { expectedRefusals--; return; }
    if (!/status of (40[19]|503)/.test(m.text())) problems.push('console: ' + m.text());
  });
  // Without a connection every request the page makes fails, and the server's refusals of queued
  // entries are what the offline scenarios assert: those console lines are expected there.
  const expectedOffline = text => /net::ERR_|status of 4\d\d|Failed to fetch/.test(text);

  await step('a new user opens the dashboard and sees the sample campaign', async () => {
    await desk.goto(base + '/');
    await desk.getByLabel('Имя пользователя').fill('admin');
    await desk.getByLabel('Пароль').fill(password);
    await shot(desk, 'signin-desktop');
    await desk.getByRole('button', {name: 'Войти'}).click();
    await desk.locator('#total-events .big').waitFor();
    assert.equal(await text(desk, 'h1'), 'Сводка кампании');
    // The sample campaign: ten meetings, three with a figure summing to 901 (851–1 050).
    assert.equal(await statValue(desk, 'total-events'), '10');
    assert.equal(await statValue(desk, 'total-attendance'), '901');
    assert.match(await text(desk, '#total-attendance'), /диапазон 851–1 050/);
    assert.match(await text(desk, '#total-attendance'), /цифру сообщили 3 из 10/);
    assert.match(await text(desk, '#total-support'), /n = \d+/);
    // The map has every one of the 20 regions; Karaganda's tile shows its 9 events.
    assert.equal(await desk.locator('.tile').count(), 20);
    assert.match(await desk.locator('.tile[data-code="350000000"]').textContent(), /9/);
    assert.match(await text(desk, '#dashboard'), /Карагандинская область/);
    await shot(desk, 'dashboard-desktop');
  });

  await step('the dashboard headline says the total in words, in the chosen language', async () => {
    // 851–1 050: no round figure ± 10 % holds it (1 000 ± 100 starts at 900, 950 ± 95 at 855);
    // 850 lies below it and 1 050 is within "более 850", which reads up to 5/4 of 850 (1 063).
    assert.equal(await text(desk, '#attendance-words'), 'Можно сказать: «более 850»');
    await desk.locator('#lang').selectOption('kk');
    await desk.locator('#attendance-words', {hasText: 'Айтуға болады'}).waitFor();
    assert.equal(await text(desk, '#attendance-words'), 'Айтуға болады: «850-ден астам»');
    // English words are not made: the range itself.
    await desk.locator('#lang').selectOption('en');
    await desk.locator('#attendance-words', {hasText: 'Safe to say'}).waitFor();
    assert.equal(await text(desk, '#attendance-words'), 'Safe to say: 851–1,050');
    await desk.locator('#lang').selectOption('ru');
    await desk.locator('#attendance-words', {hasText: 'Можно сказать'}).waitFor();
    assert.equal(await statValue(desk, 'total-attendance'), '901');
  });

  const phone = await context.newPage();
  await phone.setViewportSize(PHONE);
  await step('on a phone, an event with "около 300" is added and the totals change', async () => {
    await phone.goto(base + '/#/events/new');
    // The day as Russian writes it, not as the browser's own date input would want it.
    await phone.locator('#event-date').fill('02.03.2026');
    await phone.locator('#event-place').pressSequentially('Осакаровк', {delay: 20});
    await phone.locator('#event-place-list').getByRole('option', {name: /Осакаровка/}).first().click();
    await phone.locator('#event-place-chosen', {hasText: '355630100'}).waitFor();
    assert.match(await text(phone, '#event-place-chosen'), /355630100/);
    await phone.locator('#event-venue').fill('Дом культуры');
    await phone.locator('#event-attendance').fill('около 300');
    // Read back before saving: the value and the range kenes will store.
    await phone.locator('#event-attendance-reading.ok').waitFor();
    const reading = await text(phone, '#event-attendance-reading');
    assert.match(reading, /значение 300/);
    assert.match(reading, /диапазон 270–330/);
    // A Kazakh figure is read back the same way before saving.
    await phone.locator('#event-attendance').fill('300-ге жуық');
    await waitUntil(phone,
        () => /значение 299/.test(document.querySelector('#event-attendance-reading.ok')?.textContent));
    assert.match(await text(phone, '#event-attendance-reading'), /диапазон 270–299/);
    await phone.locator('#event-attendance').fill('около 300');
    await waitUntil(phone,
        () => /значение 300/.test(document.querySelector('#event-attendance-reading.ok')?.textContent));
    await phone.getByText('сельхозтоваропроизводители и фермеры').click();
    await shot(phone, 'event-form-phone');
    // Nothing on the phone is wider than the phone.
    assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 375 + 1),
              'the form scrolls sideways at 375 px');
    await phone.locator('#event-save').click();
    await phone.waitForURL(/#\/events\/\d+$/);
    assert.match(await text(phone, '.facts'), /около 300 → 300 \(270–330\)/);
    await shot(phone, 'event-page-phone');
    // The desktop dashboard, left open, follows without a reload.
    await waitUntil(desk,
        () => document.querySelector('#total-events .big')?.textContent === '11', null,
        {timeout: 60000});
    assert.equal(await statValue(desk, 'total-attendance'), '1 201');
    assert.match(await text(desk, '#total-attendance'), /диапазон 1 121–1 380/);
  });

  await step('a pasted press release becomes drafts; one is corrected and confirmed', async () => {
    await desk.goto(base + '/#/intake');
    await desk.locator('#intake-text').fill(pressRelease);
    await desk.locator('#intake-read').click();
    await desk.waitForURL(/#\/intake\/\d+$/);
    await desk.locator('article.draft').first().waitFor();
    // The words the facts came from are marked in the text.
    const marks = await desk.locator('#document-text mark').allInnerTexts();
    assert.ok(marks.some(m => plain(m).startsWith('более тысячи')), 'the figure is highlighted: ' + marks);
    assert.ok(marks.some(m => m.includes('Шымкент')), 'the place is highlighted: ' + marks);
    await shot(desk, 'intake-document-desktop');
    const draft = desk.locator('article.draft').first();
    const id = await draft.getAttribute('data-id');
    await desk.locator(`#draft-${id}-venue`).fill('Южно-Казахстанский университет, актовый зал');
    await desk.locator(`#draft-${id}-save`).click();
    await desk.getByText('Правки сохранены').waitFor();
    await desk.locator(`#draft-${id}-confirm`).click();
    await desk.locator(`#draft-${id} .badge.draft-confirmed`).waitFor();
    assert.match(await text(desk, `#draft-${id}`), /актовый зал/);
    await desk.locator(`#draft-${id} a[href^="#/events/"]`).click();
    // The draft's card has facts of its own: wait for the event page to replace it.
    await desk.waitForURL(/#\/events\/\d+$/);
    const facts = desk.locator('dl.facts').filter({hasText: '→'});
    await facts.first().waitFor();
    assert.match(plain(await facts.first().innerText()), /более тысячи → 1 001 \(1 001–1 250\)/);
    assert.match(plain(await facts.first().innerText()), /актовый зал/);
    await desk.goto(base + '/#/');
    await waitUntil(desk, () => document.querySelector('#total-events .big')?.textContent === '12');
  });

  await step('a pasted release\'s claims are checked and each is marked with its verdict', async () => {
    await desk.goto(base + '/#/intake');
    // Twelve events are held now: "более 10 тысяч" is not true of them, "более 5" is, and the
    // president's support is nothing kenes counts.
    await desk.locator('#intake-text').fill(
        'Итоги недели. Проведено более 10 тысяч встреч. Проведено более 5 встреч с жителями ' +
        'области. Граждане поддерживают Президента.');
    await desk.locator('#intake-read').click();
    await desk.waitForURL(/#\/intake\/\d+$/);
    await desk.locator('#claim-list li').first().waitFor();
    const claim = words => desk.locator('#claim-list li', {hasText: words});
    assert.equal(await claim('более 10 тысяч встреч').getAttribute('data-verdict'), 'not_supported');
    assert.match(plain(await claim('более 10 тысяч встреч').innerText()),
                 /✗ не подтверждено.*По реестру проведено мероприятий: 12.*не меньше 10 001/);
    assert.equal(await claim('более 5 встреч').getAttribute('data-verdict'), 'supported');
    assert.match(plain(await claim('более 5 встреч').innerText()), /✓ подтверждено/);
    assert.equal(await claim('Президента').getAttribute('data-verdict'), 'not_checkable');
    assert.match(await text(desk, '#claims-summary'), /подтверждено: 1, не подтверждено: 1, не проверить: 1/);
    // In the text, each claim's own words (byte offsets read as the page's characters), then its
    // number and verdict in words.
    const marked = async verdict => plain((await desk.locator(`#document-text .claim.v-${verdict}`)
                                                     .allInnerTexts()).join(''));
    assert.equal(await marked('not_supported'), 'более 10 тысяч встреч');
    assert.equal(await marked('supported'), 'более 5 встреч');
    assert.equal(await marked('not_checkable'), 'Граждане поддерживают Президента.');
    const labels = (await desk.locator('#document-text .claim-label').allInnerTexts()).map(plain);
    assert.deepEqual(labels, ['[1 ✗ не подтверждено]', '[2 ✓ подтверждено]', '[3 ? не проверить]']);
    await shot(desk, 'claims-desktop');
    // The verdicts in the chosen language; the ledger's figure and why stay the server's words.
    await desk.locator('#lang').selectOption('kk');
    await desk.locator('#claim-list', {hasText: 'расталмады'}).waitFor();
    assert.match(plain(await claim('более 10 тысяч встреч').innerText()), /✗ расталмады.*проведено мероприятий: 12/);
    await desk.locator('#lang').selectOption('ru');
    await desk.locator('#claim-list', {hasText: 'не подтверждено'}).waitFor();
  });

  await step('a Kazakh release in Latin script is read: its language, drafts and marks', async () => {
    await desk.goto(base + '/#/intake');
    await desk.locator('#intake-text').fill(
        'Koalisiä müşelerı Nūra kentınde şarualarmen kezdesu ötkızdı. ' +
        'Kezdesuge 200-ge juyq adam qatysty.');
    await desk.locator('#intake-read').click();
    await desk.waitForURL(/#\/intake\/\d+$/);
    await desk.locator('article.draft').first().waitFor();
    assert.equal(await desk.locator('#document-language').getAttribute('data-language'), 'kk');
    assert.match(await text(desk, '#document-language'), /казахский/);
    // The facts are marked in the Latin letters as typed.
    const marks = await desk.locator('#document-text mark').allInnerTexts();
    assert.ok(marks.some(m => plain(m).startsWith('200-ge juyq')), 'the figure is marked: ' + marks);
    assert.ok(marks.some(m => m.includes('Nūra')), 'the place is marked: ' + marks);
    await shot(desk, 'intake-document-latin-kazakh');
    // Drafts are no events until confirmed: the dashboard has not changed.
    await desk.goto(base + '/#/');
    await waitUntil(desk, () => document.querySelector('#total-events .big')?.textContent === '12');
  });

  await step('switching to Kazakh changes every label and keeps the figures', async () => {
    await desk.locator('#lang').selectOption('kk');
    await waitUntil(desk, () => document.querySelector('h1')?.textContent === 'Науқан жиынтығы');
    assert.equal(await desk.getAttribute('html', 'lang'), 'kk');
    assert.match(await text(desk, '#nav'), /Іс-шаралар/);
    assert.match(await text(desk, '#total-attendance'), /ауқымы/);
    assert.equal(await statValue(desk, 'total-events'), '12');
    // Numbers grouped as Kazakhstan writes them: 901 + 300 + 1 001.
    assert.equal(await statValue(desk, 'total-attendance'), '2 202');
    assert.match(await text(desk, '#dashboard'), /Қарағанды облысы/);
    await shot(desk, 'dashboard-kk-desktop');
    await phone.reload();
    await phone.goto(base + '/#/');
    await phone.locator('#total-events .big').waitFor();
    assert.equal(await text(phone, 'h1'), 'Науқан жиынтығы');
    await shot(phone, 'dashboard-kk-phone');
    await desk.locator('#lang').selectOption('ru');
    await waitUntil(desk, () => document.querySelector('h1')?.textContent === 'Сводка кампании');
  });

  await step('the XLSX and PDF reports download', async () => {
    await desk.goto(base + '/#/reports');
    const fetchReport = async (format, magic, least) => {
      const [download] = await Promise.all([desk.waitForEvent('download'),
                                            desk.locator('#report-' + format).click()]);
      assert.match(download.suggestedFilename(),
                   new RegExp(`^kenes-report-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      const path = join(shots, download.suggestedFilename());
      await download.saveAs(path);
      assert.equal(readFileSync(path).subarray(0, magic.length).toString(), magic);
      assert.ok(statSync(path).size > least, `${format}: ${statSync(path).size} bytes`);
    };
    await fetchReport('xlsx', 'PK', 4000);  // an XLSX is a zip
    await fetchReport('pdf', '%PDF', 10000);
  });

  await step('an organization with a long Kazakh name and its director join the registry', async () => {
    await desk.goto(base + '/#/coalition');
    await desk.locator('#org-new').click();
    await desk.waitForURL(/#\/coalition\/organizations\/new$/);
    await desk.locator('#org-name').fill('ТОО «Астанинский завод металлоконструкций»');
    await desk.locator('#org-name-kk').fill(LONG_KAZAKH_NAME);
    await desk.locator('#org-kind').selectOption('company');
    await desk.locator('#org-region').selectOption('710000000');
    await desk.locator('#org-headcount').fill('250');
    await shot(desk, 'organization-form-desktop');
    await desk.locator('#org-save').click();
    await desk.waitForURL(/#\/coalition$/);
    await desk.getByText('Астанинский завод металлоконструкций').first().waitFor();
    assert.match(await text(desk, 'main'), /250 по списку/);
    await desk.locator('#person-new').click();
    await desk.locator('#person-name').fill('Сейткали Нурлан Ерланович');
    await desk.locator('#person-title-0').fill('директор');
    await desk.locator('#person-org-0').selectOption({label: 'ТОО «Астанинский завод металлоконструкций»'});
    await desk.locator('#person-save').click();
    await desk.waitForURL(/#\/coalition$/);
    await desk.getByText('Сейткали Нурлан Ерланович').waitFor();
    assert.match(await text(desk, 'main'), /директор, ТОО «Астанинский завод металлоконструкций»/);
  });

  let flaggedEvent = null;
  await step('a figure above the host\'s headcount waits for review and counts once confirmed', async () => {
    await desk.goto(base + '/#/events/new');
    await desk.locator('#event-date').fill('05.03.2026');
    await desk.locator('#event-place').pressSequentially('Астан', {delay: 20});
    await desk.locator('#event-place-list').getByRole('option', {name: /Астана/}).first().click();
    await desk.locator('#event-place-chosen', {hasText: '710000000'}).waitFor();
    await desk.locator('#event-host').selectOption({label: 'ТОО «Астанинский завод металлоконструкций»'});
    await desk.locator('#event-attendance').fill('более 400');
    await desk.locator('#event-attendance-reading.ok').waitFor();
    await desk.locator('#event-save').click();
    await desk.waitForURL(/#\/events\/\d+$/);
    flaggedEvent = Number(desk.url().match(/(\d+)$/)[1]);
    // Held back: the total stays, the figure is shown apart.
    await desk.goto(base + '/#/');
    await waitUntil(desk, () => document.querySelector('#total-events .big')?.textContent === '13');
    assert.equal(await statValue(desk, 'total-attendance'), '2 202');
    assert.match(await text(desk, '#total-attendance'), /401/);
    await desk.goto(base + '/#/review');
    const card = desk.locator('#review-' + flaggedEvent);
    await card.waitFor();
    assert.match(plain(await card.innerText()), /не меньше 401 человек, а в организации по списку 250/);
    assert.match(plain(await card.innerText()), /ждёт проверки/);
    await shot(desk, 'review-desktop');
    await desk.locator(`#review-${flaggedEvent}-note`).fill('списочный состав с подрядчиками');
    await desk.locator(`#review-${flaggedEvent}-confirm`).click();
    await desk.locator(`#review-${flaggedEvent} .badge.figure-confirmed`).waitFor();
    await desk.goto(base + '/#/');
    await waitUntil(desk,
        () => document.querySelector('#total-attendance .big')?.textContent.replace(/\s/g, '') === '2603');
  });

  await step('people are checked in at the door and from a pasted list', async () => {
    await desk.goto(base + '/#/events/' + flaggedEvent);
    await desk.locator('#checkin-count').waitFor();
    assert.equal(await text(desk, '#checkin-count'), '0');
    await desk.locator('#checkin-person').fill('+7 701 555 00 01');
    await desk.locator('#checkin-add').click();
    await desk.locator('#checkin-status.ok').waitFor();
    await waitUntil(desk, () => document.querySelector('#checkin-count')?.textContent === '1');
    await desk.getByText('Вставить список').click();
    // The second line is the first person again, written as people write phones.
    await desk.locator('#checkin-list').fill('+7 701 555 00 02\n8 (701) 555-00-01\n+7 701 555 00 03\n');
    await desk.locator('#checkin-import').click();
    await desk.locator('#checkin-report', {hasText: 'Зарегистрировано: 2, не принято: 1'}).waitFor();
    assert.match(await text(desk, '#checkin-report'), /строка 2: 8 \(701\) 555-00-01 — уже зарегистрирован/);
    assert.equal(await desk.locator('#checkin-list').inputValue(), '8 (701) 555-00-01');
    await waitUntil(desk, () => document.querySelector('#checkin-count')?.textContent === '3');
    await shot(desk, 'checkins-desktop');
  });

  await step('feedback is browsed by theme', async () => {
    await desk.goto(base + '/#/feedback');
    const chip = desk.locator('.chips .chip').first();
    await chip.waitFor();
    const size = (await chip.innerText()).match(/\((\d+)\)$/)[1];
    await chip.click();
    await desk.waitForURL(/theme=\d+/);
    await desk.locator('#feedback-count', {hasText: 'Тема'}).waitFor();
    assert.match(await text(desk, '#feedback-count'), new RegExp(`: ${size}$`));
    assert.equal(await desk.locator('#feedback-list article').count(), Number(size));
  });

  await step('English shows places and dates in English', async () => {
    await desk.goto(base + '/#/');
    await desk.locator('#lang').selectOption('en');
    await waitUntil(desk, () => document.querySelector('h1')?.textContent === 'Campaign dashboard');
    await desk.locator('#dashboard', {hasText: 'Karaganda Region'}).waitFor();
    assert.equal(await desk.locator('#filter-from').getAttribute('placeholder'), 'DD/MM/YYYY');
    await desk.locator('#filter-from').fill('01/03/2026');
    await desk.locator('#filter-from').press('Enter');
    await desk.waitForURL(/from=2026-03-01/);
    await shot(desk, 'dashboard-en-desktop');
    await desk.goto(base + '/#/');
    await desk.locator('#lang').selectOption('ru');
    await waitUntil(desk, () => document.querySelector('h1')?.textContent === 'Сводка кампании');
  });

  await step('after the vote: the results beside the campaign, in Russian and in Kazakh', async () => {
    // The server has no room for the page's first request (the same account's previous pages
    // still being computed): the page waits the second it is told and asks again.
    let refused = 0;
    await desk.route('**/api/v1/analytics/after-vote*', route => (refused++
      ? route.fallback()
      : route.fulfill({status: 503, headers: {'Retry-After': '1'}, contentType: 'application/json',
                       body: JSON.stringify({error: {code: 'unavailable', field: null,
                                                     message: 'busy'}})})));
    await desk.goto(base + '/#/after-vote');
    await desk.locator('#after-regions').waitFor();
    assert.equal(refused, 2, 'refused once, then asked again');
    await desk.unroute('**/api/v1/analytics/after-vote*');
    assert.equal(await text(desk, 'h1'), 'После голосования: официальные итоги и кампания');
    const after = await desk.evaluate(async () => (await fetch('/api/v1/analytics/after-vote')).json());
    // Every region is a row, with or without events; the shipped results give each a turnout.
    assert.equal(after.regions_total, 20);
    const expectations = {
      ru: {summary: `Данные кампании есть по регионам: ${after.regions_with_events} из 20.`,
           rho: after.correlation.rho === null ? /Корреляцию не посчитать/ : /Ранговая корреляция Спирмена: ρ = /,
           caveat: 'По двадцати регионам ранговая корреляция показывает связь, а не влияние: ' +
                   'регионы, где встреч было больше, могут отличаться явкой по своим причинам.',
           karaganda: 'Карагандинская обл.'},
      kk: {summary: `Науқан деректері бар өңірлер: 20 ішінен ${after.regions_with_events}.`,
           rho: after.correlation.rho === null ? /Корреляцияны есептеу мүмкін емес/
                                               : /Спирменнің рангтік корреляциясы: ρ = /,
           caveat: 'Жиырмаға жуық өңір бойынша рангтік корреляция әсерді емес, тек байланысты ' +
                   'көрсетеді: кездесулер көп өткен өңірлердің қатысуы өз себептерімен өзгеше ' +
                   'болуы мүмкін.',
           karaganda: 'Қарағанды обл.'},
    };
    // One dot per region that has both an intensity (a population on record) and a turnout.
    const dots = after.regions.filter(r => r.events_per_10k !== null && r.turnout !== null);
    assert.ok(after.regions.every(r => r.turnout !== null), 'the demo has a turnout for every region');
    assert.ok(dots.length >= 3, `${dots.length} regions with an intensity and a turnout`);
    for (const language of ['ru', 'kk']) {
      const expected = expectations[language];
      if (language !== 'ru') {
        await desk.locator('#lang').selectOption(language);
        await waitUntil(desk, () => document.querySelector('h1')?.textContent ===
                                         'Дауыс беруден кейін: ресми нәтижелер және науқан');
        await desk.locator('#after-regions').waitFor();
      }
      assert.equal(await desk.locator('#after-regions tbody tr').count(), 20);
      assert.match(await text(desk, '#after-summary'), new RegExp('^' + expected.summary));
      assert.equal(await desk.locator('.scatter .point').count(), dots.length);
      const labels = await desk.locator('.scatter .dot-label').allTextContents();
      assert.equal(labels.length, dots.length);
      assert.ok(labels.every(label => label.trim()), 'every dot has its label: ' + labels);
      assert.equal(plain(await desk.locator('.point[data-code="350000000"] .dot-label').textContent()),
                   expected.karaganda);
      assert.match(await text(desk, '#after-rho'), expected.rho);
      assert.equal(await text(desk, '#after-caveat'), expected.caveat);
      // Karaganda's row: its events as the campaign counts them, the vote's source on the row.
      const karaganda = after.regions.find(r => r.code === '350000000');
      const row = desk.locator('#after-regions tr[data-code="350000000"]');
      assert.equal(await row.locator('td').nth(1).innerText(), String(karaganda.events));
      assert.ok((await row.getAttribute('title')).startsWith(karaganda.result.source),
                'the row names its source');
      assert.ok(await desk.locator('#after-sources li').count() >= 1);
      await shot(desk, `after-vote-${language}-desktop`);
    }
    await desk.locator('#lang').selectOption('ru');
    await waitUntil(desk, () => document.querySelector('h1')?.textContent ===
                                     'После голосования: официальные итоги и кампания');
  });

  let publicationId = null;
  await step('a release is written from two events with its imprint, approved and downloaded', async () => {
    const events = (await desk.evaluate(async () =>
        (await (await fetch('/api/v1/events?status=held&limit=1000')).json()).items));
    const osakarovka = events.find(e => e.venue === 'Дом культуры поселка Осакаровка');
    const karaganda = events.find(e => e.date === '2026-02-24' && e.attendance?.text === 'около 300');
    assert.ok(osakarovka && karaganda, 'the demo\'s two meetings with a figure');
    const before = await desk.evaluate(async () =>
        (await (await fetch('/api/v1/publications?limit=1000')).json()).items.length);
    await desk.goto(base + '/#/publications');
    await desk.locator('#publication-new').click();
    await desk.waitForURL(/#\/publications\/new$/);
    await desk.locator('#publication-events[data-loaded][data-from=""]').waitFor();
    // The demo's day in Karaganda region, picked by the filters (each change draws the page
    // again: wait for the list of the filter set before the next).
    await desk.locator('#filter-from').fill('24.02.2026');
    await desk.locator('#filter-from').press('Enter');
    await desk.locator('#publication-events[data-from="2026-02-24"]').waitFor();
    await desk.locator('select[name=region]').selectOption('350000000');
    await desk.locator('#publication-events[data-from="2026-02-24"][data-region="350000000"]').waitFor();
    await desk.locator('#pick-' + osakarovka.id).check();
    await desk.locator('#pick-' + karaganda.id).check();
    await desk.locator('#publication-chosen', {hasText: 'Выбрано мероприятий: 2'}).waitFor();
    await desk.locator('#imprint-made_by').fill('ТОО «Медиа Орталық»');
    await desk.locator('#imprint-ordered_by').fill('Оспанов М.Ж.');
    await desk.locator('#imprint-paid_by').fill('   ');
    expectedRefusals = 1;
    await desk.locator('#publication-write').click();
    // Refused, and said under the field it names; nothing written.
    const paidError = desk.locator('.field:has(#imprint-paid_by) .error');
    await paidError.waitFor();
    assert.ok((await paidError.innerText()).trim(), 'the refusal under "paid by"');
    assert.equal(await desk.locator('.field:has(#imprint-made_by) .error').innerText(), '');
    assert.equal(await desk.locator('#error-general').innerText(), '');
    assert.equal(await desk.evaluate(async () =>
        (await (await fetch('/api/v1/publications?limit=1000')).json()).items.length), before);
    await shot(desk, 'publication-form-refused');
    await desk.locator('#imprint-paid_by').fill('ОО «Партия «AMANAT»»');
    await desk.locator('#publication-write').click();
    await desk.waitForURL(/#\/publications\/\d+$/);
    publicationId = Number(desk.url().match(/(\d+)$/)[1]);
    await desk.locator('#publication-text').waitFor();
    assert.match(await text(desk, '#publication-facts'), /черновик/);
    assert.match(await text(desk, '#publication-facts'), new RegExp(`#${osakarovka.id}.*#${karaganda.id}|#${karaganda.id}.*#${osakarovka.id}`));
    assert.match(await text(desk, '#publication-text'), /Осакаровк/);
    assert.match(await text(desk, '#publication-imprint'), /Заказчик Оспанов М\.Ж\./);
    // A draft's title is changed in place.
    await desk.locator('#publication-edit-title').fill('Встречи в Карагандинской области');
    await desk.locator('#publication-save').click();
    await desk.locator('#publication-title', {hasText: 'Встречи в Карагандинской области'}).waitFor();
    // Approved with the SHA-256 of the text as downloaded.
    await desk.locator('#publication-approve').click();
    await desk.locator('#publication-sha256').waitFor();
    assert.match(await text(desk, '#publication-facts'), /одобрено/);
    const sha = await text(desk, '#publication-sha256');
    assert.match(sha, /^[0-9a-f]{64}$/);
    assert.equal(await text(desk, '#publication-versions tbody td:nth-child(2)'), sha);
    const [download] = await Promise.all([desk.waitForEvent('download'),
                                          desk.locator('#publication-download-txt').click()]);
    const path = join(shots, download.suggestedFilename());
    await download.saveAs(path);
    const txt = readFileSync(path);
    assert.match(txt.toString(), /^Встречи в Карагандинской области/);
    assert.ok(txt.toString().includes('Изготовлено: ТОО «Медиа Орталық»\nЗаказчик: Оспанов М.Ж.\n' +
                                      'Оплачено из средств ОО «Партия «AMANAT»»'), txt.toString());
    assert.equal(createHash('sha256').update(txt).digest('hex'), sha, 'what was approved is what downloads');
    await shot(desk, 'publication-desktop');
    await desk.locator('#publication-publish').click();
    await desk.locator('#publication-facts', {hasText: 'опубликовано'}).waitFor();
    // The register, by status.
    await desk.goto(base + '/#/publications?status=published');
    await desk.locator(`#publication-list [data-id="${publicationId}"]`).waitFor();
    await desk.goto(base + '/#/publications?status=draft');
    await waitUntil(desk, () =>
        document.querySelector('#publication-status [aria-current=page]')?.textContent === 'черновик' &&
        document.querySelector('#publication-list')?.children.length > 0);
    assert.equal(await desk.locator(`#publication-list [data-id="${publicationId}"]`).count(), 0);
  });

  await step('every page at desktop and phone width', async () => {
    // Ids as the store gave them (PostgreSQL's sequences may skip numbers).
    const first = path => desk.evaluate(
        async p => (await (await fetch('/api/v1/' + p)).json()).items[0].id, path);
    const event = await first('events?limit=1');
    const document_ = await first('documents?limit=1');
    const pages = [['dashboard', '#/'], ['events', '#/events'], ['event', '#/events/' + event],
                   ['event-form', '#/events/new'], ['intake', '#/intake'],
                   ['document', '#/intake/' + document_], ['feedback', '#/feedback'],
                   ['coalition', '#/coalition'], ['coverage', '#/coverage'],
                   ['after-vote', '#/after-vote'],
                   ['reports', '#/reports'], ['review', '#/review'],
                   ['organization-form', '#/coalition/organizations/new'],
                   ['person-form', '#/coalition/people/new'], ['flagged-event', '#/events/' + flaggedEvent],
                   ['publications', '#/publications'], ['publication', '#/publications/' + publicationId],
                   ['publication-form', '#/publications/new']];
    for (const [page, viewport, suffix] of [[desk, DESKTOP, 'desktop'], [phone, PHONE, 'phone']]) {
      await page.setViewportSize(viewport);
      for (const [name, hash] of pages) {
        await page.goto(base + '/' + hash);
        await page.locator('main h1').first().waitFor();
        await page.waitForTimeout(150);
        if (suffix === 'phone') {
          const wide = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(wide <= 376, `${name} is ${wide} px wide on a 375 px phone`);
        }
        await shot(page, `${name}-${suffix}`);
      }
    }
  });

  await step('the keyboard reaches the navigation and the map', async () => {
    await desk.goto(base + '/#/');
    await desk.locator('.tile').first().waitFor();
    await desk.locator('.tile[data-code="350000000"]').focus();
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/region=350000000/);
    // Karaganda alone: its 9 sample meetings and the one added on the phone.
    await waitUntil(desk,
        () => document.querySelector('#total-events .big')?.textContent === '10');
    assert.equal(await desk.locator('select[name=region]').inputValue(), '350000000');
  });


  // Offline use (docs/web.md): the app opens without a connection, entries wait in a queue in
  // IndexedDB across a closed page, and are sent in order, each exactly once, when it returns.
  const api = (page, path) => page.evaluate(async p => (await fetch('/api/v1/' + p)).json(), path);
  const watchConsole = page => page.on('console', m => {
    if (m.type() === 'error' && !expectedOffline(m.text())) problems.push('console: ' + m.text());
  });
  // The pages left open would poll the server while the network is cut.
  await desk.goto('about:blank');
  await phone.goto('about:blank');
  let field = await context.newPage();
  watchConsole(field);
  // Meetings queued offline are checked against those stored (POST /events?check_duplicate=true):
  // each of these, a day from the next at one place, has a venue of its own.
  const venues = ['Дом культуры Садовое', 'Школа Молодёжное', 'Библиотека Шахтёров'];
  const countEvents = async page => (await api(page, 'events?limit=1000')).items.length;
  let eventsBefore = 0;
  await step('signed in once, the app opens with no connection at all', async () => {
    await field.goto(base + '/#/');
    await field.locator('#total-events .big').waitFor();
    eventsBefore = await countEvents(field);
    // The worker controls the page and holds the shell and the reference snapshot.
    await waitUntil(field, async () => {
      if (!navigator.serviceWorker.controller) return false;
      const snapshot = await caches.open('kenes-api');
      return !!(await snapshot.match('/api/v1/me')) && !!(await snapshot.match('/api/v1/places?all=true')) &&
             !!(await snapshot.match('/api/v1/organizations?limit=1000')) &&
             !!(await snapshot.match('/api/v1/campaigns'));
    });
    // Nothing but the snapshot is kept of the API.
    const kept = await field.evaluate(async () =>
        (await (await caches.open('kenes-api')).keys()).map(r => new URL(r.url).pathname));
    assert.ok(kept.every(p => /^\/api\/v1\/(me|places(\/\d+)?|segments|provisions|campaigns|organizations)$/.test(p)), kept.join(' '));
    await context.setOffline(true);
    await field.reload();
    await field.locator('#top').waitFor();
    await field.locator('#net', {hasText: 'Нет связи'}).waitFor();
    await field.locator('main h1').first().waitFor();
    assert.match(await text(field, '#who'), /admin/);
  });

  await step('three meetings and twenty check-ins entered offline wait in the queue', async () => {
    for (const [i, venue] of venues.entries()) {
      await field.goto(base + '/#/events/new');
      await field.locator('#event-date').fill(`0${3 + i}.03.2026`);
      // The place picker searches the snapshot.
      await field.locator('#event-place').pressSequentially('Осакаровк', {delay: 20});
      await field.locator('#event-place-list').getByRole('option', {name: /Осакаровка/}).first().click();
      await field.locator('#event-place-chosen', {hasText: '355630100'}).waitFor();
      await field.locator('#event-venue').fill(venue);
      await field.locator('#event-attendance').fill('около 50');
      await field.locator('#event-save').click();
      await field.waitForURL(/#\/outbox$/);
      await field.locator('.outbox-entry[data-kind=event]').nth(i).waitFor();
    }
    const first = field.locator('.outbox-entry[data-kind=event]').first();
    await first.locator('details.queued-event summary').click();
    const phones = Array.from({length: 20}, (_, i) => `+7 702 600 00 ${String(i).padStart(2, '0')}`);
    await first.locator('#checkins details summary').click();
    await first.locator('#checkin-list').fill(phones.join('\n') + '\n');
    await first.locator('#checkin-import').click();
    await field.locator('#checkin-report', {hasText: 'Без связи в очереди: 20'}).waitFor();
    await field.locator('#outbox-badge', {hasText: 'Не отправлено: 23'}).waitFor();
    await shot(field, 'outbox-offline');
  });

  await step('the page closed and opened again offline still has the queue', async () => {
    await field.close();
    field = await context.newPage();
    watchConsole(field);
    await field.goto(base + '/#/outbox');
    await field.locator('#outbox-badge', {hasText: 'Не отправлено: 23'}).waitFor();
    // The badge counts the queue at once; the list is drawn after it.
    await field.locator('.outbox-entry').nth(22).waitFor();
    assert.equal(await field.locator('.outbox-entry').count(), 23);
    assert.equal(await field.locator('.outbox-entry[data-state=waiting]').count(), 23);
  });

  await step('back online, everything arrives exactly once', async () => {
    // The places may have changed since the snapshot was taken: it is read again before sending.
    const sent = [];
    const record = request => sent.push(request.method() + ' ' + new URL(request.url()).pathname +
                                        new URL(request.url()).search);
    field.on('request', record);
    await context.setOffline(false);
    await field.locator('#outbox-empty').waitFor({timeout: 120000});
    field.off('request', record);
    const firstWrite = sent.findIndex(r => r.startsWith('POST /api/v1/events'));
    const snapshot = sent.findIndex(r => r === 'GET /api/v1/places?all=true');
    assert.ok(firstWrite >= 0, 'the queued meetings were sent');
    assert.ok(snapshot >= 0 && snapshot < firstWrite,
              'the reference snapshot is read again before the queue is sent: ' + sent.join(', '));
    await field.locator('#outbox-badge').waitFor({state: 'hidden'});
    assert.equal(await countEvents(field), eventsBefore + 3);
    const events = (await api(field, 'events?limit=1000')).items;
    for (const venue of venues) {
      assert.equal(events.filter(e => e.venue === venue).length, 1, venue + ' stored once');
    }
    const withCheckIns = events.find(e => e.venue === venues[0]);
    const checkins = await api(field, `checkins?event=${withCheckIns.id}&limit=1000`);
    assert.equal(checkins.items.length, 20);
  });

  await step('a meeting whose answer was lost is sent again under its key and stored once', async () => {
    // The server stores the meeting, but its answer never reaches the page: the page keeps the
    // entry with the key it sent, and sending it again is answered from what the server kept.
    let lost = 0;
    await field.route('**/api/v1/events', async route => {
      if (route.request().method() !== 'POST' || lost++) return route.fallback();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await field.goto(base + '/#/events/new');
    await field.locator('#event-date').fill('06.03.2026');
    await field.locator('#event-place').pressSequentially('Осакаровк', {delay: 20});
    await field.locator('#event-place-list').getByRole('option', {name: /Осакаровка/}).first().click();
    await field.locator('#event-place-chosen', {hasText: '355630100'}).waitFor();
    await field.locator('#event-venue').fill('Клуб без ответа');
    await field.locator('#event-save').click();
    await field.waitForURL(/#\/outbox$/);
    assert.equal(lost, 1, 'the first answer was lost');
    await field.unroute('**/api/v1/events');
    await field.locator('#outbox-send').click();
    await field.locator('#outbox-empty').waitFor({timeout: 60000});
    const events = (await api(field, 'events?limit=1000')).items;
    assert.equal(events.filter(e => e.venue === 'Клуб без ответа').length, 1, 'stored once');
  });

  await step('a refused entry is shown with its reason, corrected and sent again', async () => {
    await context.setOffline(true);
    await field.goto(base + '/#/events/new');
    await field.locator('#event-date').fill('06.03.2026');
    await field.locator('#event-place').pressSequentially('Осакаровк', {delay: 20});
    await field.locator('#event-place-list').getByRole('option', {name: /Осакаровка/}).first().click();
    await field.locator('#event-venue').fill('Спортзал Горняк');
    await field.locator('#event-attendance').fill('500000');
    await field.locator('#event-save').click();
    await field.waitForURL(/#\/outbox$/);
    await context.setOffline(false);
    const refused = field.locator('.outbox-entry[data-state=refused]');
    await refused.waitFor({timeout: 60000});
    assert.match(await text(field, '.outbox-entry[data-state=refused] .reason'), /attendance/);
    await shot(field, 'outbox-refused');
    await refused.locator('[data-action=correct]').click();
    await field.locator('#event-refusal').waitFor();
    assert.equal(await field.locator('#event-venue').inputValue(), 'Спортзал Горняк');
    await field.locator('#event-attendance').fill('около 500');
    await field.locator('#event-save').click();
    await field.waitForURL(/#\/outbox$/);
    await field.locator('#outbox-empty').waitFor({timeout: 60000});
    const events = (await api(field, 'events?limit=1000')).items;
    assert.equal(events.filter(e => e.venue === 'Спортзал Горняк').length, 1);
  });

  await step('an answer written offline over a changed item shows both versions', async () => {
    const item = (await api(field, 'feedback?limit=1')).items[0];
    await field.goto(base + '/#/feedback');
    const card = field.locator('#feedback-list article').first();
    await card.waitFor();
    assert.equal(plain(await card.locator('p').first().innerText()), plain(item.text));
    await context.setOffline(true);
    await card.getByRole('button', {name: 'Ответить'}).click();
    await card.locator('textarea').fill('Ответ, написанный без связи');
    await card.getByRole('button', {name: 'Сохранить'}).click();
    await field.locator('#outbox-badge', {hasText: 'Не отправлено: 1'}).waitFor();
    // Meanwhile someone else answers the same item (through the API, past the cut network).
    const csrf = (await context.cookies()).find(c => c.name === 'kenes_csrf').value;
    const changed = await context.request.patch(`${base}/api/v1/feedback/${item.id}`, {
      data: {status: 'answered', answer: 'Ответ из штаба', version: item.version},
      headers: {'X-CSRF-Token': csrf}});
    assert.equal(changed.status(), 200, await changed.text());
    await field.goto(base + '/#/outbox');
    await context.setOffline(false);
    const conflict = field.locator('.outbox-entry[data-state=conflict]');
    await conflict.waitFor({timeout: 60000});
    assert.match(await text(field, '.outbox-entry[data-state=conflict] table.versions'),
                 /Ответ, написанный без связи.*Ответ из штаба/);
    await shot(field, 'outbox-conflict');
    // Discarded on purpose, and only so.
    await conflict.locator('[data-action=discard]').click();
    await conflict.locator('[data-action=discard-yes]').click();
    await field.locator('#outbox-empty').waitFor();
  });

  await step('signing out with an entry queued asks first and keeps it', async () => {
    await context.setOffline(true);
    await field.goto(base + '/#/events/new');
    await field.locator('#event-date').fill('07.03.2026');
    await field.locator('#event-place').pressSequentially('Осакаровк', {delay: 20});
    await field.locator('#event-place-list').getByRole('option', {name: /Осакаровка/}).first().click();
    await field.locator('#event-venue').fill('Актовый зал Восток');
    await field.locator('#event-save').click();
    await field.waitForURL(/#\/outbox$/);
    await field.locator('#logout').click();
    await field.locator('dialog#ask').waitFor();
    await field.locator('dialog#ask [data-choice=cancel]').click();
    await field.locator('.outbox-entry').first().waitFor();
    assert.equal(await field.locator('.outbox-entry').count(), 1);
    await context.setOffline(false);
    await field.locator('#outbox-empty').waitFor({timeout: 60000});
  });

  await step('a session expired before sending asks to sign in again and keeps the queue', async () => {
    await context.setOffline(true);
    await field.goto(base + '/#/events/new');
    await field.locator('#event-date').fill('08.03.2026');
    await field.locator('#event-place').pressSequentially('Осакаровк', {delay: 20});
    await field.locator('#event-place-list').getByRole('option', {name: /Осакаровка/}).first().click();
    await field.locator('#event-venue').fill('Красный уголок фермы');
    await field.locator('#event-save').click();
    await field.waitForURL(/#\/outbox$/);
    await context.clearCookies();  // the session is gone
    await context.setOffline(false);
    await field.locator('form.signin .error', {hasText: 'ждут отправки записи: 1'}).waitFor({timeout: 60000});
    await field.getByLabel('Имя пользователя').fill('admin');
    await field.getByLabel('Пароль').fill(password);
    await field.getByRole('button', {name: 'Войти'}).click();
    await field.locator('#outbox-empty').waitFor({timeout: 60000});
    const events = (await api(field, 'events?limit=1000')).items;
    assert.equal(events.filter(e => e.venue === 'Красный уголок фермы').length, 1);
  });

  // A meeting typed offline, at the place and day given: it goes to the queue.
  const queueMeeting = async ({date, search, option, venue, attendance}) => {
    await field.goto(base + '/#/events/new');
    await field.locator('#event-date').fill(date);
    await field.locator('#event-place').pressSequentially(search, {delay: 20});
    await field.locator('#event-place-list').getByRole('option', {name: option}).first().click();
    await field.locator('#event-venue').fill(venue);
    if (attendance) await field.locator('#event-attendance').fill(attendance);
    await field.locator('#event-save').click();
    await field.waitForURL(/#\/outbox$/);
  };
  const csrf = async () => (await context.cookies()).find(c => c.name === 'kenes_csrf').value;
  const stored = async venue => (await api(field, 'events?limit=1000')).items.filter(e => e.venue === venue);

  await step('a queued meeting stored meanwhile is shown beside the stored one and merged into it', async () => {
    await context.setOffline(true);
    await queueMeeting({date: '09.03.2026', search: 'Осакаровк', option: /Осакаровка/,
                        venue: 'Клуб дубль', attendance: 'около 80'});
    const entry = field.locator('.outbox-entry[data-kind=event]');
    await entry.locator('details.queued-event summary').click();
    await entry.locator('#checkins details summary').click();
    await entry.locator('#checkin-list').fill('+7 702 600 01 01\n+7 702 600 01 02\n');
    await entry.locator('#checkin-import').click();
    await field.locator('#outbox-badge', {hasText: 'Не отправлено: 3'}).waitFor();
    // Meanwhile someone else reports the same meeting, without a figure (past the cut network).
    const other = await context.request.post(`${base}/api/v1/events`, {
      data: {date: '2026-03-09', place_code: '355630100', venue: 'Клуб дубль'},
      headers: {'X-CSRF-Token': await csrf()}});
    assert.equal(other.status(), 201, await other.text());
    const storedId = (await other.json()).id;
    await context.setOffline(false);
    const duplicate = field.locator('.outbox-entry[data-state=duplicate]');
    await duplicate.waitFor({timeout: 60000});
    // The queued meeting beside the stored one: date, place, venue and figure of each.
    const table = await text(field, `.outbox-entry[data-state=duplicate] table.versions`);
    assert.match(table, new RegExp(`событие ${storedId}`));
    assert.match(table, /Дата.*9 мар.*2026.*9 мар.*2026/);
    assert.match(table, /Населённый пункт или район.*Осакаровка.*Осакаровка/);
    assert.match(table, /Площадка.*Клуб дубль.*Клуб дубль/);
    assert.match(table, /около 80/);
    // The check-ins at it wait for it; nothing was stored twice.
    await field.locator('.outbox-entry[data-kind=checkin][data-state=waiting]').nth(1).waitFor();
    assert.equal(await field.locator('.outbox-entry[data-kind=checkin][data-state=waiting]').count(), 2);
    assert.equal((await stored('Клуб дубль')).length, 1);
    await shot(field, 'outbox-duplicate');
    await duplicate.locator('[data-action=merge]').click();
    await field.locator('#outbox-empty').waitFor({timeout: 60000});
    const [merged] = await stored('Клуб дубль');
    assert.equal((await stored('Клуб дубль')).length, 1, 'stored once');
    assert.equal(merged.id, storedId);
    assert.equal(merged.attendance?.text, 'около 80', 'the figure added to the stored meeting');
    const checkins = await api(field, `checkins?event=${storedId}&limit=1000`);
    assert.equal(checkins.items.length, 2, 'the check-ins went to the stored meeting');
  });

  await step('queue entries an older version of the app left are sent, or refused with the reason', async () => {
    await context.setOffline(true);
    await field.goto(base + '/#/');
    await field.locator('#top').waitFor();
    // Written straight into IndexedDB as version 1 of the app wrote them (web/lib/queue.js).
    await field.evaluate(() => new Promise((resolve, reject) => {
      const opening = indexedDB.open('kenes-offline', 1);
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const tx = opening.result.transaction('queue', 'readwrite');
        const queue = tx.objectStore('queue');
        queue.put({format: 1, account: 'admin', kind: 'event', method: 'POST', path: '/events',
                   body: {date: '2026-03-10', place_code: '355630100', kind: 'meeting', audience: [],
                          provisions: [], venue: 'Клуб старой версии'},
                   key: crypto.randomUUID(), label: 'старая запись', queued_at: new Date().toISOString(),
                   state: 'waiting', error: null, theirs: null, after: null});
        // Older still, with no format, and lacking what a request needs.
        queue.put({account: 'admin', kind: 'checkin', label: 'без формата', state: 'waiting',
                   queued_at: new Date().toISOString()});
        tx.oncomplete = () => { opening.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await field.goto(base + '/#/outbox');
    await field.locator('.outbox-entry').nth(1).waitFor();
    await context.setOffline(false);
    const refused = field.locator('.outbox-entry[data-state=refused]');
    await refused.waitFor({timeout: 60000});
    await field.locator('.outbox-entry[data-kind=event]').waitFor({state: 'detached', timeout: 60000});
    assert.equal(await field.locator('.outbox-entry').count(), 1);
    assert.match(await text(field, '.outbox-entry[data-state=refused] .reason'),
                 /прежней версией приложения.*method, path, body/);
    assert.match(await text(field, '.outbox-entry[data-state=refused] .old-format'), /прежней версией/);
    assert.equal((await stored('Клуб старой версии')).length, 1, 'the old entry stored once');
    await shot(field, 'outbox-old-format');
    await refused.locator('[data-action=discard]').click();
    await refused.locator('[data-action=discard-yes]').click();
    await field.locator('#outbox-empty').waitFor();
  });

  await step('the queue survives closing the browser and opening it again', async () => {
    await context.setOffline(true);
    await queueMeeting({date: '11.03.2026', search: 'Осакаровк', option: /Осакаровка/,
                        venue: 'Клуб после перезапуска'});
    await field.locator('#outbox-badge', {hasText: 'Не отправлено: 1'}).waitFor();
    await context.close();
    context = await openBrowser();
    await context.setOffline(true);
    field = context.pages()[0] || await context.newPage();
    watchConsole(field);
    await field.goto(base + '/#/outbox');
    await field.locator('#outbox-badge', {hasText: 'Не отправлено: 1'}).waitFor();
    await field.locator('.outbox-entry[data-state=waiting]').first().waitFor();
    assert.equal(await field.locator('.outbox-entry[data-state=waiting]').count(), 1);
    await context.setOffline(false);
    await field.locator('#outbox-empty').waitFor({timeout: 60000});
    assert.equal((await stored('Клуб после перезапуска')).length, 1);
  });

  await step('a coordinator\'s meeting outside its region is refused with the reason and corrected', async () => {
    await field.locator('#logout').click();
    await field.getByLabel('Имя пользователя').fill('coordinator');
    await field.getByLabel('Пароль').fill(process.env.KENES_COORDINATOR_PASSWORD);
    await field.getByRole('button', {name: 'Войти'}).click();
    await field.locator('#who', {hasText: 'coordinator'}).waitFor();
    await waitUntil(field, async () =>
        !!(await (await caches.open('kenes-api')).match('/api/v1/places?all=true')));
    await context.setOffline(true);
    await queueMeeting({date: '12.03.2026', search: 'Астан', option: /Астана/,
                        venue: 'Клуб чужой области'});
    await context.setOffline(false);
    const refused = field.locator('.outbox-entry[data-state=refused]');
    await refused.waitFor({timeout: 60000});
    const reason = await text(field, '.outbox-entry[data-state=refused] .reason');
    assert.match(reason, /350000000/);
    assert.match(reason, /\(place_code\)/);
    await shot(field, 'outbox-outside-region');
    await refused.locator('[data-action=correct]').click();
    await field.locator('#event-refusal').waitFor();
    await field.locator('#event-place').fill('');
    await field.locator('#event-place').pressSequentially('Осакаровк', {delay: 20});
    await field.locator('#event-place-list').getByRole('option', {name: /Осакаровка/}).first().click();
    await field.locator('#event-place-chosen', {hasText: '355630100'}).waitFor();
    await field.locator('#event-save').click();
    await field.waitForURL(/#\/outbox$/);
    await field.locator('#outbox-empty').waitFor({timeout: 60000});
    const [corrected, ...more] = await stored('Клуб чужой области');
    assert.equal(more.length, 0, 'stored once');
    assert.equal(corrected.place_code, '355630100');
  });

  assert.deepEqual(problems, [], 'no script errors on any page');
} finally {
  await context.close();
  rmSync(profile, {recursive: true, force: true});
}
console.log('all web scenarios passed; screenshots in ' + shots);
