// The governing documents in a real browser: the director adds one (a
// refused form names its field and keeps what was typed), records a
// revision and corrects it; the board and the auditor read the page and
// change nothing; the registrar is refused. Each page passes axe-core and
// fits a phone, the form with an error too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { login, pagePasses, startBrowser, status, stopBrowser, tableProblems } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

async function submit(page, selector) {
	const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
	return response.status();
}

// The text of the first row of the documents' table whose first cell is name.
async function row(page, name) {
	return page.evaluate(n => {
		for (const tr of document.querySelectorAll('#policy-list tr')) {
			const cell = tr.querySelector('th, td');
			if (cell && cell.innerText.trim() === n)
				return tr.innerText.replace(/\s+/g, ' ').trim();
		}
		return null;
	}, name);
}

test('the director adds a governing document, revises it and corrects it', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto('/styrdokument');
	assert.match(await row(page, 'Internkontrollplan') ?? '', /2024-11-20 2025-11-20 2026-11-30/);
	assert.deepEqual(await tableProblems(page), [], 'tables rendered from the documents');
	await pagePasses(page, 'the governing documents', 'styrdokument.png');

	await page.fill('#name', 'Informationssäkerhetspolicy');
	await page.fill('#adopted', '2024-05-02');
	await page.fill('#revise_by', '2026-01-31');
	assert.equal(await submit(page, '#policy-submit'), 400);
	assert.ok(await page.isVisible('#error-summary'));
	assert.ok(await page.isVisible('#kind-error'), 'no kind is chosen for the user');
	assert.equal(await page.inputValue('#name'), 'Informationssäkerhetspolicy', 'what was typed stays');
	await pagePasses(page, 'the governing documents with an error', 'styrdokument-fel.png');
	await page.selectOption('#kind', 'other');
	assert.equal(await submit(page, '#policy-submit'), 200);
	assert.match(await row(page, 'Informationssäkerhetspolicy') ?? '', /2024-05-02 2026-01-31 ja, revidera/,
		     'past its revise-by date');
	assert.ok(await page.isVisible('#overdue'), 'the page says some are late');

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Revidera Informationssäkerhetspolicy")')]);
	await pagePasses(page, 'the revision form', 'styrdokument-revidera.png');
	await page.fill('#date', '2026-02-12');
	await page.fill('#revise_by', '2098-01-31');
	await page.fill('#note', '§ 9');
	assert.equal(await submit(page, '#policy-revise-submit'), 200);
	assert.match(await row(page, 'Informationssäkerhetspolicy') ?? '', /2024-05-02 2026-02-12 2098-01-31 nej/,
		     'the revision counts');

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ändra Informationssäkerhetspolicy")')]);
	await pagePasses(page, 'the governing document\'s form', 'styrdokument-andra.png');
	await page.fill('#name', 'Informationssäkerhetspolicyn');
	assert.equal(await submit(page, '#policy-edit-submit'), 200);
	assert.ok(await row(page, 'Informationssäkerhetspolicyn'));
	assert.deepEqual(errors, []);
	await context.close();
});

test('the board and the auditor read the governing documents; the registrar is refused', async () => {
	for (const role of ['board', 'auditor']) {
		const { context, page, errors } = await login(role);
		assert.equal(await status(page, '/styrdokument'), 200);
		assert.ok(await row(page, 'Förbundsordning'));
		assert.equal(await page.$('main form[method="post"]'), null, 'no form of a change');
		await pagePasses(page, `the governing documents for the ${role}`, null);
		assert.equal(await status(page, '/styrdokument/1/revidera'), 403);
		assert.deepEqual(errors, []);
		await context.close();
	}
	const { context, page } = await login('registrar');
	assert.equal(await status(page, '/styrdokument'), 403);
	await context.close();
});
