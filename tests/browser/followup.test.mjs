// The national follow-up of Finsam under Rapporter: the administrator, the
// board and the auditor reach it from the list of reports, see its four
// tables (rendered from the document, each framed and named) and its
// downloads, each of which answers with its own type; a registrar neither
// sees it in the list nor reaches its address. Kept as screenshots at desk
// and phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, YEAR, docTable, login, pagePasses, startBrowser, status, stopBrowser, tableProblems } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

const SLUG = 'uppfoljning-finsam';
const TITLE = 'Nationell uppföljning av Finsam (skyddad)';
const types = {
	pdf: 'application/pdf',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	html: 'text/html',
};

// The tables of the follow-up: each section's heading, which names its
// frame, and its columns.
const tables = [
	['avsnitt-1', 'Deltagare per insats',
	 ['Insats', ...['Inskrivna', 'Nya', 'Avslutade', 'Anonyma'].flatMap(m => ['kvinnor', 'män', 'totalt'].map(s => `${m} ${s}`))]],
	['avsnitt-2', 'Insatsernas budget och kostnad', ['Insats', 'Budget', 'Kostnad']],
	['avsnitt-3', 'Medlemmarnas driftbidrag', ['Medlem', 'Driftbidrag']],
	['avsnitt-4', 'Eget kapital', ['Belopp i kr', 'Belopp']],
];

// The first cell of each row of the table in the box id.
async function firstColumn(page, id) {
	return page.$$eval(`#${id} tbody tr`, rows => rows.map(r => r.querySelector('th, td').textContent.trim()));
}

for (const role of ['admin', 'board', 'auditor']) {
	test(`the ${role} reaches the national follow-up from Rapporter`, async () => {
		const { context, page, errors } = await login(role);
		await page.goto(`/rapporter?year=${YEAR}`);
		const row = page.locator('#report-list tr', { hasText: TITLE });
		assert.equal(await row.count(), 1, 'one row in the list of reports');
		const links = await row.locator('a').evaluateAll(as => as.map(a => a.getAttribute('href')));
		assert.deepEqual(links, [`/rapporter/${SLUG}/${YEAR}`, ...Object.keys(types).map(f => `/rapporter/${SLUG}/${YEAR}.${f}`)],
				 'the page and its downloads');
		await Promise.all([page.waitForURL(`**/rapporter/${SLUG}/${YEAR}`),
				   row.locator(`a[href="/rapporter/${SLUG}/${YEAR}"]`).click()]);

		assert.equal((await page.textContent('h1')).trim(), TITLE);
		assert.equal((await page.textContent('.finsam-doc h2')).trim(), `Uppföljning Finsam ${YEAR}`);
		assert.deepEqual(await tableProblems(page), [], 'every table rendered from the document');
		for (const [id, name, headers] of tables) {
			const t = await docTable(page, id);
			assert.equal(t.name, name, `#${id}: the frame's name`);
			assert.deepEqual(t.headers, headers, `#${id}: the columns`);
		}
		// The demo's interventions with participants, its members, the sums.
		assert.deepEqual(await firstColumn(page, 'avsnitt-1'), ['Steget vidare', 'Unga i arbete', 'Summa']);
		assert.deepEqual(await firstColumn(page, 'avsnitt-2'),
				 ['Steget vidare', 'Unga i arbete', 'Kompetensdag Norrdalen', 'Vägen in', 'Summa']);
		assert.equal((await firstColumn(page, 'avsnitt-3')).at(-1), 'Summa');
		assert.equal((await firstColumn(page, 'avsnitt-4')).at(-1), 'Eget kapital / driftbidrag');
		assert.match(await page.textContent('#avsnitt-1'), /färre än 5 personer visas som <5/,
			     'the page says how small groups are hidden');

		// The downloads the page offers: each answers 200 with its type,
		// and with the follow-up's own content.
		const offered = await page.$$eval('ul.downloads a', as => as.map(a => [a.id, a.getAttribute('href')]));
		assert.deepEqual(offered, Object.keys(types).map(f => [`download-${f}`, `/rapporter/${SLUG}/${YEAR}.${f}`]));
		for (const [f, type] of Object.entries(types)) {
			const r = await context.request.get(`/rapporter/${SLUG}/${YEAR}.${f}`);
			assert.equal(r.status(), 200, `${f}: 200`);
			assert.equal(r.headers()['content-type'].split(';')[0], type, `${f}: its content type`);
			const body = await r.body();
			if (f === 'pdf')
				assert.equal(body.subarray(0, 5).toString(), '%PDF-', 'a PDF');
			else if (f === 'xlsx')
				assert.equal(body.subarray(0, 2).toString(), 'PK', 'a zip archive');
			else
				assert.match(body.toString(), new RegExp(`Uppföljning Finsam ${YEAR}`), 'the HTML document');
		}
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-xlsx')]);
		assert.equal(download.suggestedFilename(), `${SLUG}-${YEAR}.xlsx`, 'the download is named after the report');
		await download.cancel();

		await page.setViewportSize({ width: 1280, height: 800 });
		await page.screenshot({ path: join(ARTIFACTS, `uppfoljning-${role}.png`), fullPage: true });
		await pagePasses(page, `the follow-up as ${role}`, `uppfoljning-${role}-320.png`);
		assert.deepEqual(errors, [], `${role}: no script errors`);
		await context.close();
	});
}

test('a registrar has no national follow-up', async () => {
	const { context, page, errors } = await login('registrar');
	assert.equal(await status(page, `/rapporter?year=${YEAR}`), 200);
	assert.ok(await page.locator('#report-list').count() === 1, 'the list of reports');
	assert.equal(await page.locator(`#report-list a[href*="${SLUG}"]`).count(), 0, 'not in the list');
	assert.equal(await page.getByText(TITLE).count(), 0, 'not named on the page');
	assert.equal(await status(page, `/rapporter/${SLUG}/${YEAR}`), 404, 'the page is not found');
	assert.equal(await status(page, `/rapporter/${SLUG}/${YEAR - 1}`), 404, 'nor another year');
	for (const f of Object.keys(types))
		assert.equal((await context.request.get(`/rapporter/${SLUG}/${YEAR}.${f}`)).status(), 404, `${f}: not found`);
	assert.deepEqual(errors, []);
	await context.close();
});
