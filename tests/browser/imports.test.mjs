// The three CSV uploads (a participant list, survey answers, a budget) in
// a real browser, each with more bad rows than the command line's message
// lists: the page lists every bad row with its line under a summary that
// takes the focus, stores nothing, and passes axe-core and the phone
// widths with the long list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { login, pagePasses, startBrowser, stopBrowser } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

async function submit(page, selector) {
	const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
	return response.status();
}

function csv(header, rows) {
	return { name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n') + '\r\n') };
}

// The line numbers of the list of errors in `box`, as the page shows them.
async function lines(page, box) {
	const items = await page.locator(`#${box} li`).allTextContents();
	for (const t of items)
		assert.match(t, /^fel\.csv, rad \d+: \S/, t);
	return items.map(t => Number(t.match(/rad (\d+)/)[1]));
}

function range(from, to) {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

test('a participant list, survey answers and a budget with 30 bad rows each list every one and store nothing', async () => {
	const { context, page, errors } = await login('admin');

	const people = [];
	for (let i = 1; i <= 30; i++)
		people.push(`B${100 + i};Unga i arbete;annat;2003;gymnasial;2025-09-01;försörjningsstöd;ingen`);
	people.push('B999;Unga i arbete;man;2004;gymnasial;2025-09-01;försörjningsstöd;ingen');
	await page.goto('/deltagare/import');
	await page.setInputFiles('#file', csv('deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;' +
					      'tid i försörjning', people));
	assert.equal(await submit(page, '#import-submit'), 400);
	assert.deepEqual(await lines(page, 'import-errors'), range(2, 31), 'every bad row of the list');
	assert.ok((await page.textContent('#import-errors h2')).includes('Ingenting sparades'));
	assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-errors', 'the summary has the focus');
	await pagePasses(page, 'the participant list with errors', 'deltagare-import-fel.png');
	assert.equal((await page.goto('/deltagare/B999')).status(), 404, 'not even the good row was stored');

	await page.goto('/enkater?year=2025');
	const stored = await page.textContent('main');
	const answers = [];
	for (let i = 1; i <= 30; i++)
		answers.push(`2025;personal;Q${i};Fråga ${i};kvinna;;0;1;${i % 2 ? '-1' : 'x'};8;6;4`);
	await page.goto('/inlasning');
	await page.setInputFiles('#survey-file', csv('år;grupp;fråga;frågetext;kön;insats;1;2;3;4;5;6', answers));
	assert.equal(await submit(page, '#survey-submit'), 400);
	assert.deepEqual(await lines(page, 'survey-errors'), range(2, 31), 'every bad line of the survey');
	await pagePasses(page, 'the survey answers with errors', 'enkat-import-fel.png');
	await page.goto('/enkater?year=2025');
	assert.equal(await page.textContent('main'), stored, 'no answers stored');

	const budget = ['2026;kostnad;Insatser;Steget vidare;700 000'];
	for (let i = 1; i <= 30; i++)
		budget.push(`2026;kostnad;Insatser;Rad ${i};${i} kronor`);
	await page.goto('/budget/import');
	await page.setInputFiles('#file', csv('år;typ;grupp;rad;belopp', budget));
	assert.equal(await submit(page, '#budget-import-submit'), 400);
	assert.deepEqual(await lines(page, 'import-errors'), range(3, 32), 'every bad row of the budget');
	await pagePasses(page, 'the budget with errors', 'budget-import-30-fel.png');
	await page.goto('/budget/rader?year=2026');
	assert.ok(await page.isVisible('#no-budget'), 'no budget stored');

	assert.deepEqual(errors, []);
	await context.close();
});
