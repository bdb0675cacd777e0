// The internal control plan in a real browser: the director reads the
// demo's plan with its risk matrix, adds a risk to an empty year (a refused
// form names its field and keeps what was typed), a control action under
// it, records a follow-up of the action (a meeting before the period is
// refused beside the meeting) and the plan's adoption; the board and the
// auditor read the plan and a risk and change nothing; the registrar is
// refused. Each page passes axe-core and fits a phone, the forms with an
// error too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { login, pagePasses, startBrowser, status, stopBrowser, tableProblems } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

async function submit(page, selector) {
	const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
	return response.status();
}

test('the director reads the plan and adds a risk, an action, a follow-up and the adoption', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto('/intern-kontroll?year=2025');
	assert.match(await page.textContent('#control-plan'), /Planen antogs vid sammanträdet 2025-02-13/);
	assert.ok(await page.isVisible('#control-plan svg'), 'the risk matrix is drawn');
	assert.deepEqual(await tableProblems(page), [], 'tables rendered from the documents');
	await pagePasses(page, 'the plan', 'intern-kontroll.png');

	await page.goto('/intern-kontroll?year=2026');
	assert.match(await page.textContent('#control-plan'), /Riskanalysen har inga risker/);
	assert.ok(await page.isVisible('#copy-form'), 'an empty year may take last year\'s analysis');
	await page.fill('#area', 'Ekonomi');
	await page.fill('#text', 'Felaktiga utbetalningar');
	await page.selectOption('#consequence', '4');
	assert.equal(await submit(page, '#risk-submit'), 400);
	assert.ok(await page.isVisible('#error-summary'));
	assert.ok(await page.isVisible('#probability-error'), 'no probability is chosen for the user');
	assert.equal(await page.inputValue('#text'), 'Felaktiga utbetalningar', 'what was typed stays');
	assert.equal(await page.inputValue('#consequence'), '4', 'the choice stays');
	await pagePasses(page, 'the plan with an error', 'intern-kontroll-fel.png');
	await page.selectOption('#probability', '3');
	assert.equal(await submit(page, '#risk-submit'), 200);
	assert.match(await page.textContent('h1'), /Risk 1 i riskanalysen 2026/);

	await page.fill('#what', 'Stickprov på utbetalningar');
	await page.selectOption('#frequency', 'quarterly');
	await page.fill('#owner', 'Ekonom');
	assert.equal(await submit(page, '#action-submit'), 200);
	assert.deepEqual(await tableProblems(page), []);
	await pagePasses(page, 'a risk', 'intern-kontroll-risk.png');

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Stickprov på utbetalningar")')]);
	await page.selectOption('#meeting', { label: '2026-02-12, Styrelsen, protokoll 2026:1' });
	await page.selectOption('#period', '3');
	await page.selectOption('#result', 'deviation');
	await page.fill('#comment', 'Två fakturor saknade attest');
	assert.equal(await submit(page, '#followup-submit'), 400);
	assert.ok(await page.isVisible('#meeting-error'), 'a meeting before the period is refused beside it');
	assert.equal(await page.inputValue('#comment'), 'Två fakturor saknade attest');
	await pagePasses(page, 'an action with an error', 'kontrollmoment-fel.png');
	await page.selectOption('#period', '1');
	assert.equal(await submit(page, '#followup-submit'), 200);
	assert.match(await page.textContent('#followup-list'), /Avvikelse/);
	assert.deepEqual(await tableProblems(page), []);
	await pagePasses(page, 'an action', 'kontrollmoment.png');

	await page.goto('/intern-kontroll?year=2026');
	await page.selectOption('#meeting', { label: '2026-02-12, Styrelsen, protokoll 2026:1' });
	assert.equal(await submit(page, '#adopt-submit'), 200);
	assert.match(await page.textContent('#control-plan'), /Planen antogs vid sammanträdet 2026-02-12/);
	assert.deepEqual(errors, []);
	await context.close();
});

test('the board and the auditor read the plan; the registrar is refused', async () => {
	for (const role of ['board', 'auditor']) {
		const { context, page, errors } = await login(role);
		assert.equal(await status(page, '/intern-kontroll?year=2025'), 200);
		assert.ok(await page.isVisible('#control-plan svg'));
		assert.equal(await page.$('main form[method="post"]'), null, 'no form of a change');
		await pagePasses(page, `the plan for the ${role}`, null);
		assert.equal(await status(page, '/intern-kontroll/risk/1'), 200);
		assert.match(await page.textContent('main'), /Stickprov på tio utbetalningar/);
		assert.equal(await page.$('main form[method="post"]'), null, 'no form of a change');
		await pagePasses(page, `a risk for the ${role}`, null);
		assert.equal(await status(page, '/intern-kontroll/risk/1/andra'), 403);
		assert.deepEqual(errors, []);
		await context.close();
	}
	const { context, page } = await login('registrar');
	assert.equal(await status(page, '/intern-kontroll'), 403);
	await context.close();
});
