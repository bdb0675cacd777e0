// The lists that scale, in a real browser: the auditor searches the books
// by account and amount, opens the verification and pages through the
// search; the administrator corrects a decision and finds the change in
// the audit log by its filters, in local time; the registrar and the board
// are refused the books and the log. Every page passes axe-core and fits
// a phone, the pages with form errors included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { YEAR, login, pagePasses, startBrowser, status, stopBrowser } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

const text = async (page, sel) => (await page.textContent(sel)).replace(/\s+/g, ' ').trim();

test('the auditor reads the accounts, finds a verification by account and amount and pages through', async () => {
	const { context, page, errors } = await login('auditor');
	await page.click('nav >> text=Bokföring');
	assert.equal(new URL(page.url()).pathname, '/bokforing');
	assert.equal(await page.locator('h1').count(), 1);
	const row = page.locator('#accounts tr', { hasText: 'Leverantörsskulder' });
	assert.deepEqual((await row.locator('td').allTextContents()).map(s => s.replace(/\s+/g, ' ').trim()),
			 ['2440', 'Leverantörsskulder', '-281 666,68', '-146 666,66', '-428 333,34'],
			 'opening balance, turnover and closing balance of 2440');
	await pagePasses(page, 'the accounts', 'bokforing.png');

	// The account's link leads to its verifications; then the amount narrows them.
	await Promise.all([page.waitForNavigation(), row.locator('a', { hasText: '2440' }).click()]);
	assert.equal(await page.inputValue('#account'), '2440');
	await page.fill('#amount', '281 666,68');
	await Promise.all([page.waitForNavigation(), page.click('#search-submit')]);
	assert.equal(await text(page, '#hits'), '1 verifikation.');
	await pagePasses(page, 'the search with a hit', 'bokforing-sok.png');
	await Promise.all([page.waitForNavigation(), page.click('#verifications a >> text=A 1')]);
	assert.equal(await text(page, 'h1'), 'Verifikation A 1');
	const lines = await page.locator('#transactions tbody tr').allTextContents();
	assert.ok(lines.some(l => l.includes('2440') && l.includes('281 666,68')), 'the debit on 2440');
	assert.ok(lines.some(l => l.includes('1930') && l.includes('281 666,68')), 'the credit on 1930');
	await pagePasses(page, 'one verification', 'bokforing-ver.png');

	// Every verification of the year, 50 a page.
	await Promise.all([page.waitForNavigation(), page.click('#back')]);
	assert.equal(await text(page, '#hits'), '54 verifikationer, sida 1 av 2.');
	assert.equal(await page.locator('#verifications tbody tr').count(), 50);
	await Promise.all([page.waitForNavigation(), page.click('#next-page')]);
	assert.equal(await text(page, '#hits'), '54 verifikationer, sida 2 av 2.');
	assert.equal(await page.locator('#verifications tbody tr').count(), 4);
	assert.equal(await page.locator('#next-page').count(), 0, 'no page after the last');
	await Promise.all([page.waitForNavigation(), page.click('#prev-page')]);
	assert.equal(await text(page, '#hits'), '54 verifikationer, sida 1 av 2.');

	// A wrong date: the message beside the field and in the summary.
	await page.goto(`/bokforing/verifikationer?year=${YEAR}&from=2025-02-30&amount=mycket`);
	assert.ok(await page.isVisible('#error-summary'));
	assert.equal(await page.getAttribute('#from', 'aria-invalid'), 'true');
	assert.match(await text(page, '#from-error'), /ÅÅÅÅ-MM-DD/);
	await pagePasses(page, 'the search with an error', 'bokforing-fel.png');
	assert.deepEqual(errors, []);
	await context.close();
});

test('a correction is found in the log by user, kind and text, in local time', async () => {
	const admin = await login('admin');
	const { page } = admin;
	await page.goto('/insatser/2');
	await page.fill('#date', `${YEAR}-11-20`);
	await page.fill('#amount', '1 234');
	await page.fill('#years', `${YEAR + 1}`);
	await page.fill('#note', 'Loggsökning');
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.equal(await text(page, '#notice'), 'Beslutet är sparat.');
	await admin.context.close();

	const { context, page: p, errors } = await login('auditor');
	await p.click('nav >> text=Logg');
	await pagePasses(p, 'the log', 'logg.png');
	assert.match(await text(p, '#hits'), /^\d+ rader, sida 1 av \d+\.$/);
	await p.selectOption('#user', 'anna');
	await p.selectOption('#kind', 'decision');
	await p.fill('#q', 'loggsökning');
	await Promise.all([p.waitForNavigation(), p.click('#log-submit')]);
	assert.equal(await text(p, '#hits'), '1 rad.');
	const cells = (await p.locator('#log tbody tr td').allTextContents()).map(s => s.trim());
	assert.match(cells[0], /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'local time to the minute');
	assert.equal(cells[1], 'anna');
	assert.equal(cells[2], 'lägg till beslut');
	assert.match(cells[4], /Loggsökning/);
	await pagePasses(p, 'the filtered log', 'logg-filter.png');
	await p.goto('/logg?from=igår');
	assert.equal(await p.getAttribute('#from', 'aria-invalid'), 'true');
	await pagePasses(p, 'the log with an error', 'logg-fel.png');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the registrar and the board are refused the books and the log', async () => {
	for (const role of ['registrar', 'board']) {
		const { context, page } = await login(role);
		assert.equal(await page.locator('nav a', { hasText: 'Bokföring' }).count(), 0, `${role}: no menu word`);
		for (const path of ['/bokforing', `/bokforing/verifikationer?year=${YEAR}`, '/bokforing/ver/1', '/logg'])
			assert.equal(await status(page, path), 403, `${role} ${path}`);
		await context.close();
	}
	const { context, page } = await login('admin');
	assert.equal(await status(page, '/bokforing'), 200, 'the administrator may');
	await context.close();
});

test('the registrar searches her participants and pages through; the board filters the interventions', async () => {
	const { context, page, errors } = await login('registrar');
	await page.click('nav >> text=Deltagare');
	await pagePasses(page, 'the participant list', 'deltagare-lista.png');
	assert.match(await text(page, '#hits'), /^74 deltagare, sida 1 av 2\.$/);
	assert.equal(await page.locator('#participant-list tbody tr').count(), 50);
	assert.equal(await page.locator('#insats option').count(), 2, 'only her own intervention to choose');
	await Promise.all([page.waitForNavigation(), page.click('#next-page')]);
	assert.equal(await page.locator('#participant-list tbody tr').count(), 24);
	await page.selectOption('#state', 'avslutade');
	await page.fill('#year', '2025');
	await page.selectOption('#sort', 'senaste');
	await Promise.all([page.waitForNavigation(), page.click('#participant-search-submit')]);
	assert.equal(await text(page, '#hits'), '26 deltagare.');
	assert.equal(await text(page, '#participant-list tbody tr:first-child td:first-child'), 'N105');
	await Promise.all([page.waitForNavigation(), page.click('#participant-list a >> text=N105')]);
	assert.equal(new URL(page.url()).pathname, '/deltagare/N105');
	await page.goto('/deltagare?year=tjugo');
	assert.equal(await page.getAttribute('#year', 'aria-invalid'), 'true');
	await pagePasses(page, 'the participant list with an error', 'deltagare-fel.png');
	assert.deepEqual(errors, []);
	await context.close();

	const board = await login('board');
	const p = board.page;
	await p.click('nav >> text=Insatser');
	await pagePasses(p, 'the intervention list', 'insatser-lista.png');
	assert.equal(await text(p, '#hits'), '4 insatser.');
	await p.fill('#q', 'unga');
	await Promise.all([p.waitForNavigation(), p.click('#insats-search-submit')]);
	assert.equal(await text(p, '#hits'), '1 insats.');
	await Promise.all([p.waitForNavigation(), p.click('#insats-list a >> text=Unga i arbete')]);
	assert.equal(new URL(p.url()).pathname, '/insatser/2');
	await p.goto('/insatser?year=x');
	await pagePasses(p, 'the intervention list with an error', 'insatser-fel.png');
	assert.deepEqual(board.errors, []);
	await board.context.close();
});
