// The year in the web as the user guide (docs/anvandarhandledning.md,
// "Webbsidorna") tells it, role by role on the demo förbund: the
// director's overview, the plan and the budget, a goal, a text with its
// preview, the year cycle, a decision; the registrar enrolling and ending a
// participant and marking her figures ready; the books and a survey read
// in; a forecast and the interim report; a goal assessed, the auditor's
// checks, books, log and internal control plan, the annual report, the
// board's overview and goals, the meeting that adopted the annual report
// recorded, and the year closed. Each step asserts what it should show and is kept as
// a screenshot in $ARTIFACTS/guide (1280×800, a few at 390 px), which
// `make guide-images` copies into docs/bilder. The last test holds the
// guide to the screenshots: every image the guide shows is one this run
// took, every image taken is shown, and every committed image is in use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ARTIFACTS, YEAR, anonymous, login, startBrowser, stopBrowser } from './lib.mjs';

const GUIDE = join(ARTIFACTS, 'guide');
const source = path => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const taken = new Set();

before(async () => {
	// Only this run's screenshots count.
	rmSync(GUIDE, { recursive: true, force: true });
	mkdirSync(GUIDE, { recursive: true });
	await startBrowser();
});
after(stopBrowser);

// Logged in as role at the desk's width.
async function desk(role) {
	const session = await login(role);
	await session.page.setViewportSize(DESK);
	return session;
}

// The screenshot NAME of the viewport, scrolled so that `at` (a selector or
// a locator) is near the top, or to the top of the page without one. No
// field has the focus, so that none is drawn with its frame.
async function shot(page, name, at) {
	await page.evaluate(() => document.activeElement?.blur());
	if (at)
		await (typeof at === 'string' ? page.locator(at).first() : at).evaluate(e =>
			window.scrollTo(0, Math.max(0, e.getBoundingClientRect().top + window.scrollY - 16)));
	else
		await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: join(GUIDE, `${name}.png`) });
	taken.add(`${name}.png`);
}

// The same at a phone's width; the page must not scroll sideways there.
async function phoneShot(page, name, at) {
	await page.setViewportSize(PHONE);
	const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
	assert.ok(scroll <= inner, `${name}: scroll width ${scroll} > ${inner}`);
	await shot(page, name, at);
	await page.setViewportSize(DESK);
}

async function submit(page, selector) {
	const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
	return response.status();
}

async function notice(page) {
	return (await page.textContent('#notice')).trim();
}

test('January: the director logs in and sees what needs doing first', async () => {
	const { context, page } = await anonymous();
	await page.setViewportSize(DESK);
	await page.goto('/login');
	await page.fill('#user', 'anna');
	assert.ok(await page.isVisible('#password') && await page.isVisible('#login-button'));
	await shot(page, 'inloggning');
	await context.close();

	const admin = await desk('admin');
	await admin.page.goto(`/?year=${YEAR}`);
	const overview = await admin.page.textContent('#role-overview');
	assert.ok(overview.includes('Kontroller') && overview.includes('Inte klarmarkerade'), overview);
	assert.ok(await admin.page.isVisible('#equity') && await admin.page.isVisible('#next'));
	await shot(admin.page, 'oversikt');
	await phoneShot(admin.page, 'oversikt-mobil');
	assert.deepEqual(admin.errors, []);
	await admin.context.close();
});

test('the plan and the budget: a budget line, a goal, the vision with its preview, the year cycle', async () => {
	const { context, page, errors } = await desk('admin');
	await page.goto(`/budget/rader?year=${YEAR}`);
	assert.match(await page.textContent('#version'), /\(gällande\)/);
	await page.selectOption('#type', 'kostnad');
	await page.fill('#group', 'Kansli och administration');
	await page.fill('#name', 'Utbildningsdag för handläggare');
	await page.fill('#amount', '45 000');
	await shot(page, 'budgetrad', '#add-line');
	assert.equal(await submit(page, '#line-submit'), 200);
	assert.equal(await notice(page), 'Budgetraden är tillagd.');
	assert.match(await page.textContent('main'), /Utbildningsdag för handläggare\s*Kostnad: Kansli och administration[^]*?45 000/);

	await page.goto(`/mal/hantera?year=${YEAR}`);
	await page.fill('#title', 'Samverkan i Norrdalen');
	await page.selectOption('#area', 'structural');
	await submit(page, '#goal-submit');
	assert.equal(await notice(page), 'Målet är sparat.');
	await page.selectOption('#goal', { label: 'Samverkan i Norrdalen' });
	await page.fill('#text', 'Utvecklingsgruppen träffas varje kvartal');
	await page.selectOption('#indicator', 'manual');
	await page.fill('#target', '4');
	await page.fill('#unit', 'träffar');
	await submit(page, '#result-submit');
	assert.equal(await notice(page), 'Resultatmålet är sparat.');
	const goal = 'section.goal:has-text("Samverkan i Norrdalen")';
	assert.ok((await page.textContent(goal)).includes('Utvecklingsgruppen träffas varje kvartal'));
	await shot(page, 'mal', goal);

	await page.goto(`/texter?year=${YEAR}`);
	await submit(page, '#edit-vision');
	await page.fill('#markdown', '## Vision\n\nAlla i Norrdalen som behöver stöd från flera myndigheter får det ' +
			'samordnat.\n\n- Ett gemensamt arbetssätt\n- Insatser som leder till arbete');
	await submit(page, '#preview-submit');
	const preview = await page.textContent('#preview');
	assert.ok(preview.includes('får det samordnat') && preview.includes('– Ett gemensamt arbetssätt'), preview);
	await shot(page, 'text-forhandsgranska');
	await submit(page, '#text-submit');
	assert.equal(await notice(page), 'Texten är sparad.');
	await page.goto(`/rapporter/verksamhetsplan/${YEAR}`);
	assert.ok((await page.textContent('main')).includes('får det samordnat'), 'the plan shows the vision');

	await page.goto(`/arshjul?year=${YEAR}`);
	await page.fill('#date', `${YEAR}-10-16`);
	await page.selectOption('#kind', 'styrelse');
	await page.fill('#title', `Styrelsen antar verksamhetsplanen ${YEAR + 1}`);
	assert.equal(await submit(page, '#event-submit'), 200);
	assert.equal(await notice(page), 'Händelsen är tillagd.');
	assert.ok((await page.textContent('main')).includes(`Styrelsen antar verksamhetsplanen ${YEAR + 1}`));
	await shot(page, 'arshjul');
	assert.deepEqual(errors, []);
	await context.close();
});

test("the board's decision on an intervention", async () => {
	const { context, page, errors } = await desk('admin');
	await page.goto('/insatser');
	await submit(page, '#insats-list a >> text=Unga i arbete');
	await page.fill('#date', `${YEAR}-11-20`);
	await page.fill('#amount', '1 200 000');
	await page.fill('#years', `${YEAR + 1}`);
	await page.fill('#note', `Förlängning ${YEAR + 1}`);
	await shot(page, 'beslut', 'h2:has-text("Nytt beslut")');
	await submit(page, '#decision-submit');
	assert.equal(await notice(page), 'Beslutet är sparat.');
	assert.match(await page.textContent('#decision-list'), new RegExp(`${YEAR}-11-20.*1 200 000.*Förlängning`, 's'));
	assert.deepEqual(errors, []);
	await context.close();
});

test('the registrar enrols a participant, ends an enrolment and marks her figures ready', async () => {
	const { context, page, errors } = await desk('registrar');
	await page.goto(`/?year=${YEAR}`);
	assert.ok((await page.textContent('#role-overview')).includes('Deltagare att följa upp'));
	await shot(page, 'oversikt-registrerare');

	await page.goto('/deltagare/ny');
	await page.fill('#code', 'U201');
	await page.selectOption('#sex', 'kvinna');
	await page.fill('#born', '2001');
	await page.selectOption('#education', 'gymnasial');
	await page.selectOption('#insats', { label: 'Unga i arbete' });
	await page.fill('#date', `${YEAR}-03-03`);
	await page.selectOption('#support_before', 'försörjningsstöd');
	await page.selectOption('#time_in_support', 'ingen');
	await shot(page, 'registrera-deltagare', 'main form');
	await phoneShot(page, 'registrera-deltagare-mobil', 'main form');
	await submit(page, '#participant-submit');
	assert.equal(await notice(page), 'Deltagaren är registrerad.');
	assert.ok((await page.textContent('#participant')).includes('U201'));

	// N099 of Unga i arbete is enrolled without an exit (examples/deltagare.csv).
	await page.goto('/deltagare/N099');
	const form = page.locator('form.exit-form').first();
	await form.locator('#exited').fill(`${YEAR}-11-28`);
	await form.locator('#reason').selectOption('arbete');
	await form.locator('#support_after').selectOption('lön');
	await shot(page, 'avsluta', 'form.exit-form');
	await Promise.all([page.waitForNavigation(), form.locator('button').click()]);
	assert.equal(await notice(page), 'Avslutet är sparat.');
	assert.match(await page.textContent('#enrolments'), new RegExp(`${YEAR}-11-28`));

	await page.goto(`/klar?year=${YEAR}`);
	await page.selectOption('#insats', { label: 'Unga i arbete' });
	await page.selectOption('#period', 'Helår');
	await submit(page, '#ready-submit');
	assert.equal(await notice(page), 'Insatsen är klarmarkerad.');
	assert.match(await page.textContent('#ready-list'), /Unga i arbete\s*Helår\s*klar\s*rita/);
	await shot(page, 'klarmarkera');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the books from the accounting program and a survey read in', async () => {
	const { context, page, errors } = await desk('admin');
	await page.goto('/inlasning');
	await page.setInputFiles('#sie-file', source(`examples/norrdalen-${YEAR}.se`));
	await submit(page, '#sie-submit');
	assert.equal(await notice(page), 'Bokföringen är inläst.');
	assert.equal((await page.textContent('#check-summary')).trim(), 'Alla kontroller håller.');
	await shot(page, 'inlasning-bokforing');

	await page.setInputFiles('#survey-file', source('tests/data/web/enkat-personal-2025.csv'));
	await submit(page, '#survey-submit');
	assert.equal(await notice(page), 'Enkätsvaren är inlästa.');
	assert.equal(await page.locator('#survey-list li', { hasText: 'Personal' }).count(), 1);
	await shot(page, 'enkater');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the interim report: a forecast and the report', async () => {
	const { context, page, errors } = await desk('admin');
	await page.goto(`/budget?year=${YEAR}`);
	await page.selectOption('#forecast-form select[name="area"]', 'Insatser');
	await page.fill('#forecast-form input[name="amount"]', '1 500 000');
	await page.fill('#forecast-form input[name="comment"]', 'Fler deltagare än planerat');
	await submit(page, '#forecast-submit');
	assert.equal(await notice(page), 'Prognosen är sparad.');
	await shot(page, 'prognos', '#forecast');

	await page.goto(`/rapporter/delarsrapport/${YEAR}`);
	const text = await page.textContent('main');
	assert.ok(text.includes('Delårsrapport') && text.includes('-1 500 000'), 'the forecast in the interim report');
	assert.ok(await page.isVisible('#download-pdf'));
	await shot(page, 'delarsrapport');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the annual report: a goal assessed, the auditor, the report, the board, the year closed', async () => {
	const admin = await desk('admin');
	await admin.page.goto(`/mal/hantera?year=${YEAR}`);
	await submit(admin.page, 'section.goal:has-text("Samverkan i Norrdalen") a[href*="bedomning"][href*="annual"]');
	await admin.page.selectOption('#status', 'met');
	await admin.page.fill('#value', '4');
	await admin.page.fill('#comment', 'Utvecklingsgruppen träffades fyra gånger.');
	await shot(admin.page, 'bedomning', 'main form');
	await submit(admin.page, '#assess-submit');
	assert.equal(await notice(admin.page), 'Bedömningen är sparad.');

	const auditor = await desk('auditor');
	await auditor.page.goto(`/kontroll?year=${YEAR}`);
	assert.equal((await auditor.page.textContent('#check-summary')).trim(), 'Alla kontroller håller.');
	await shot(auditor.page, 'kontroll');
	await auditor.page.goto(`/bokforing?year=${YEAR}`);
	assert.match(await auditor.page.textContent('main'), /Ingående balans[\s\S]*Utgående balans/);
	await shot(auditor.page, 'bokforing');
	await auditor.page.goto('/logg');
	const log = await auditor.page.textContent('main');
	for (const what of ['lägg till beslut', 'anna', 'rita', 'Förlängning'])
		assert.ok(log.includes(what), `the log has ${what}`);
	await shot(auditor.page, 'logg');
	await auditor.page.goto(`/intern-kontroll?year=${YEAR}`);
	const plan = await auditor.page.textContent('main');
	assert.ok(plan.includes('Planen antogs vid sammanträdet') && plan.includes('Riskmatris'), 'the plan and its matrix');
	assert.ok(await auditor.page.locator('main svg').count() > 0, 'the matrix drawn');
	assert.equal(await auditor.page.locator('main form[method="post"]').count(), 0, 'the auditor reads only');
	await shot(auditor.page, 'intern-kontroll', 'h2:has-text("Risk- och väsentlighetsanalys")');
	assert.deepEqual(auditor.errors, []);
	await auditor.context.close();

	await admin.page.goto(`/rapporter/arsredovisning/${YEAR}`);
	const report = await admin.page.textContent('main');
	assert.ok(report.includes('Samverkan i Norrdalen') && report.includes('Uppfyllt'), 'the goal and its status');
	assert.ok(await admin.page.isVisible('#download-pdf'));
	await shot(admin.page, 'arsredovisning');

	const board = await desk('board');
	await board.page.goto(`/?year=${YEAR}`);
	assert.equal(await board.page.locator('#role-overview').count(), 0, "the board's overview is its figures");
	assert.ok(await board.page.isVisible('#equity') && await board.page.isVisible('#goals'));
	await shot(board.page, 'oversikt-styrelsen');
	await board.page.goto(`/mal?year=${YEAR}`);
	const goals = await board.page.textContent('main');
	assert.ok(goals.includes('Samverkan i Norrdalen') && goals.includes('Uppfyllt'));
	assert.equal(await board.page.locator('#manage-goals').count(), 0, 'the board changes nothing');
	// The annual report's part, after the interim report's.
	await shot(board.page, 'mal-styrelsen', board.page.locator('main h3, main h4', { hasText: 'Mål 5: Samverkan i Norrdalen' }).last());
	assert.deepEqual(board.errors, []);
	await board.context.close();

	// The board adopted the annual report at a meeting: the director records
	// it, with the decision, before closing the year.
	await admin.page.goto(`/sammantraden?year=${YEAR}`);
	assert.match(await admin.page.textContent('#meeting-list'), /Styrelsen/);
	await shot(admin.page, 'sammantraden');
	await admin.page.goto(`/sammantraden?year=${YEAR + 1}`);
	await admin.page.fill('#date', `${YEAR + 1}-03-19`);
	await admin.page.selectOption('#body', 'board');
	await admin.page.fill('#protocol', `${YEAR + 1}:2`);
	assert.equal(await submit(admin.page, '#meeting-submit'), 200);
	await admin.page.selectOption('#kind', 'annual');
	await admin.page.fill('#text', `Årsredovisningen för ${YEAR} fastställs`);
	assert.equal(await submit(admin.page, '#decision-submit'), 200);
	assert.ok(await admin.page.isVisible(`a:has-text("Årsredovisningen för ${YEAR} fastställs")`));

	await admin.page.goto('/rakenskapsar');
	await submit(admin.page, `a:has-text("Stäng året ${YEAR}")`);
	await admin.page.fill('#adopted', `${YEAR + 1}-03-19`);
	await shot(admin.page, 'stang-aret', 'main form');
	await submit(admin.page, '#close-submit');
	assert.equal(await notice(admin.page), 'Året är stängt.', 'the board met that day');
	assert.match(await admin.page.textContent(`#year-${YEAR}`), new RegExp(`stängt \\(fastställt ${YEAR + 1}-03-19\\)`));
	assert.deepEqual(admin.errors, []);
	await admin.context.close();
});

test('the guide shows only images this run took, and every image it took and every committed one', () => {
	const guide = readFileSync(source('docs/anvandarhandledning.md'), 'utf8');
	const shown = new Set([...guide.matchAll(/!\[([^\]]*)\]\(bilder\/([^)]+\.png)\)/g)].map(m => {
		assert.ok(m[1].trim().length >= 10, `${m[2]} has an alt text that describes it`);
		return m[2];
	}));
	const referenced = new Set([...guide.matchAll(/bilder\/([^)\s]+\.png)/g)].map(m => m[1]));
	assert.deepEqual([...referenced].sort(), [...shown].sort(), 'every image is shown with an alt text');
	for (const name of shown)
		assert.ok(existsSync(join(GUIDE, name)), `the guide's ${name} was taken by this run`);
	for (const name of taken)
		assert.ok(shown.has(name), `the guide shows ${name}`);
	const committed = existsSync(source('docs/bilder')) ? readdirSync(source('docs/bilder')) : [];
	for (const name of committed.filter(n => n.endsWith('.png')))
		assert.ok(shown.has(name), `the committed docs/bilder/${name} is in the guide`);
	assert.ok(shown.size > 0, 'the guide shows the web pages');
});
