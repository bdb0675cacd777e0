// The meetings in a real browser: the director records a board meeting,
// ticking who of the year's board attended (a refused form names its
// field and keeps what was typed), records a decision, sees the quorum and
// corrects the meeting; the board and the auditor read the meetings and
// change nothing; the registrar is refused. The year cycle marks the
// meetings held. Each page passes axe-core and fits a phone, the forms with
// an error too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { login, pagePasses, startBrowser, status, stopBrowser, tableProblems } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

async function submit(page, selector) {
	const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
	return response.status();
}

// The text of the row of the meetings' table whose date is day.
async function row(page, day) {
	return page.evaluate(d => {
		for (const tr of document.querySelectorAll('#meeting-list tr'))
			if (tr.innerText.includes(d))
				return tr.innerText.replace(/\s+/g, ' ').trim();
		return null;
	}, day);
}

test('the director records a meeting, its decision, and corrects it', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto('/sammantraden?year=2025');
	assert.match(await row(page, '2025-11-20') ?? '', /Styrelsen 2025:5 5 3 ja/);
	assert.deepEqual(await tableProblems(page), [], 'tables rendered from the documents');
	await pagePasses(page, 'the meetings', 'sammantraden.png');

	await page.fill('#date', '2025-12-04');
	await page.fill('#protocol', '2025:6');
	await page.check('input[name="attended"][value="Eva Lind"]');
	assert.equal(await submit(page, '#meeting-submit'), 400);
	assert.ok(await page.isVisible('#error-summary'));
	assert.ok(await page.isVisible('#body-error'), 'no body is chosen for the user');
	assert.equal(await page.inputValue('#protocol'), '2025:6', 'what was typed stays');
	assert.ok(await page.isChecked('input[name="attended"][value="Eva Lind"]'), 'the ticks stay');
	await pagePasses(page, 'the meetings with an error', 'sammantraden-fel.png');
	await page.selectOption('#body', 'board');
	assert.equal(await submit(page, '#meeting-submit'), 200);
	assert.match(await page.textContent('h1'), /Sammanträde 2025-12-04: Styrelsen/);
	assert.match(await page.textContent('main'), /Beslutsför: nej, 1 av 4/);

	await page.selectOption('#kind', 'other');
	await page.fill('#text', 'Sammanträdesplan för 2026 fastställs');
	assert.equal(await submit(page, '#decision-submit'), 200);
	assert.ok(await page.isVisible('a:has-text("Sammanträdesplan för 2026 fastställs")'));
	assert.deepEqual(await tableProblems(page), []);
	await pagePasses(page, 'a meeting', 'sammantrade.png');

	await Promise.all([page.waitForNavigation(), page.click('#edit-meeting')]);
	await page.check('input[name="attended"][value="Per Holm"]');
	await page.check('input[name="attended"][value="Jonas Berg"]');
	await pagePasses(page, 'the meeting\'s form', 'sammantrade-andra.png');
	assert.equal(await submit(page, '#meeting-edit-submit'), 200);
	assert.match(await page.textContent('main'), /Beslutsför: ja, 3 av 4/);

	await page.goto('/arshjul?year=2025');
	assert.match(await page.textContent('#event-list'), /hållet/, 'the year cycle marks the meetings held');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the board and the auditor read the meetings; the registrar is refused', async () => {
	for (const role of ['board', 'auditor']) {
		const { context, page, errors } = await login(role);
		assert.equal(await status(page, '/sammantraden?year=2025'), 200);
		assert.ok(await row(page, '2025-02-13'));
		assert.equal(await page.$('main form[method="post"]'), null, 'no form of a change');
		await pagePasses(page, `the meetings for the ${role}`, null);
		assert.equal(await status(page, '/sammantraden/5'), 200);
		assert.match(await page.textContent('main'), /Steget vidare: 700 000 kr för 2026/);
		assert.equal(await page.$('main form[method="post"]'), null, 'no form of a change');
		await pagePasses(page, `a meeting for the ${role}`, null);
		assert.equal(await status(page, '/sammantraden/5/andra'), 403);
		assert.deepEqual(errors, []);
		await context.close();
	}
	const { context, page } = await login('registrar');
	assert.equal(await status(page, '/sammantraden'), 403);
	await context.close();
});
