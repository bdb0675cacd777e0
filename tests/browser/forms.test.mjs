// Forms that help, in a real browser: an administrator changes a decision
// with the amount and date written as people write them ("1,9 Mkr",
// "20/11/2025") and the annual report follows; a repeated decision is
// refused and accepted with the checkbox that says it is meant; a form's
// errors stand beside their fields and in a summary, at desk and phone
// width, with axe-core; the same with the script turned off; the warning
// before the login ends and its button; and what was typed survives a
// login that ended, never a personal identity number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, BASE, YEAR, login, pagePasses, startBrowser, status, stopBrowser, users } from './lib.mjs';

let browser;
before(async () => { browser = await startBrowser(); });
after(stopBrowser);

// "Beslutad finansiering" of the first intervention in the annual report.
async function decidedFirst(page) {
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	return page.evaluate(() => {
		for (const tr of document.querySelectorAll('tr'))
			if (tr.querySelector('th')?.textContent.trim() === 'Beslutad finansiering')
				return tr.querySelector('td').textContent.trim();
		return null;
	});
}

const kronor = s => Number(s.replace(/\s/g, ''));

// Logs in through the form on the page as it stands (the login page).
async function loginHere(page, role) {
	await page.fill('#user', users[role][0]);
	await page.fill('#password', users[role][1]);
	await Promise.all([page.waitForNavigation(), page.click('#login-button')]);
}

test('an administrator changes a decision written as "1,9 Mkr" on "20/11/2025", and the report follows', async () => {
	const { context, page, errors } = await login('admin');
	const before = kronor(await decidedFirst(page));
	await page.goto('/insatser/1');
	const row = page.locator('#decision-list tr', { hasText: '700 000' });
	await Promise.all([page.waitForNavigation(), row.locator('a', { hasText: 'Ändra' }).click()]);
	assert.equal(await page.inputValue('#amount'), '700 000', 'the form holds the decision');
	assert.equal(await page.inputValue('#date'), `${YEAR}-11-20`);
	await pagePasses(page, 'the change of a decision', 'beslut-andra.png');

	// An amount that cannot be read: beside its field and in the summary.
	await page.fill('#amount', '1,9 Mkrr');
	await page.fill('#date', '20/11/2025');
	await Promise.all([page.waitForNavigation(), page.click('#decision-edit-submit')]);
	assert.ok(await page.isVisible('#error-summary'), 'a summary of the errors');
	assert.ok(await page.isVisible('#amount-error'), 'the message beside the amount');
	assert.equal(await page.getAttribute('#amount', 'aria-invalid'), 'true');
	assert.equal(await page.inputValue('#amount'), '1,9 Mkrr', 'what was typed stays');
	assert.equal(await page.inputValue('#date'), '20/11/2025');
	assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'the summary has the focus');
	await pagePasses(page, 'the change with an error', 'beslut-andra-fel.png');

	await page.fill('#amount', '1,9 Mkr');
	await Promise.all([page.waitForNavigation(), page.click('#decision-edit-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Beslutet är ändrat.');
	assert.ok(await page.locator('#decision-list tr', { hasText: '1 900 000' }).count() > 0, 'listed with the new amount');
	assert.equal(kronor(await decidedFirst(page)), before - 700000 + 1900000, 'Beslutad finansiering follows');
	await page.goto('/logg');
	assert.ok((await page.textContent('body')).includes('ändra beslut'), 'the change is logged');
	assert.deepEqual(errors, []);
	await context.close();
});

test('a repeated decision is refused, then accepted with the checkbox', async () => {
	const { context, page, errors } = await login('admin');
	const before = kronor(await decidedFirst(page));
	await page.goto('/insatser/1');
	// The first decision of the demo again.
	await page.fill('#date', '15/11/2023');
	await page.fill('#amount', '1 280 000 kr');
	await page.fill('#years', '2024–2025');
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.ok((await page.textContent('#error-summary')).includes('Samma beslut finns redan'));
	assert.equal(await page.textContent('h1'), 'Nytt beslut', 'the form alone, with its errors');
	assert.ok(await page.isVisible('#again'), 'a checkbox asks whether it is meant');
	assert.equal(await page.isChecked('#again'), false, 'not ticked for the user');
	assert.equal(await page.inputValue('#amount'), '1 280 000 kr', 'what was typed stays');
	assert.equal(kronor(await page.evaluate(async () => {
		const r = await fetch('/rapporter/arsredovisning/2025');
		const d = new DOMParser().parseFromString(await r.text(), 'text/html');
		for (const tr of d.querySelectorAll('tr'))
			if (tr.querySelector('th')?.textContent.trim() === 'Beslutad finansiering')
				return tr.querySelector('td').textContent.trim();
		return '';
	})), before, 'nothing saved yet');
	await pagePasses(page, 'the decision form with a repetition', 'beslut-upprepat.png');
	await page.check('#again');
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Beslutet är sparat.');
	assert.equal(kronor(await decidedFirst(page)), before + 1280000, 'the repetition counts');

	// A meeting after today: the checkbox for a planned decision.
	const next = new Date().getFullYear() + 1;
	await page.goto('/insatser/1');
	await page.fill('#date', `10/3/${next}`);
	await page.fill('#amount', '250 tkr');
	await page.fill('#years', `${next}`);
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.ok(await page.isVisible('#date-error'), 'the date is named');
	assert.ok(await page.isVisible('#planned'));
	await page.check('#planned');
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Beslutet är sparat.');
	assert.deepEqual(errors, []);
	await context.close();
});

test('only the administrator changes a decision', async () => {
	for (const role of ['registrar', 'board', 'auditor']) {
		const { context, page } = await login(role);
		assert.equal(await status(page, '/insatser/1/beslut/1/andra'), 403, role);
		await context.close();
	}
});

test('without JavaScript: a change refused, confirmed and saved', async () => {
	const context = await browser.newContext({ baseURL: BASE, locale: 'sv-SE', javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/login');
	await loginHere(page, 'admin');
	await page.goto('/insatser/2');
	const row = page.locator('#decision-list tr').nth(1);
	await Promise.all([page.waitForNavigation(), row.locator('a', { hasText: 'Ändra' }).click()]);
	await page.fill('#date', '20/11/2025x');
	await Promise.all([page.waitForNavigation(), page.click('#decision-edit-submit')]);
	assert.ok(await page.isVisible('#date-error'), 'the message beside the date, without a script');
	// Without a script in the page axe-core cannot run there (the same
	// page passed it above, with the script); the phone width is measured
	// from outside the page.
	await page.setViewportSize({ width: 320, height: 640 });
	await page.screenshot({ path: join(ARTIFACTS, 'beslut-andra-fel-utan-js.png'), fullPage: true });
	for (const el of await page.locator('main, main input, main button, main label, #error-summary').all()) {
		const box = await el.boundingBox();
		assert.ok(!box || box.x + box.width <= 320, `no script, 320 px: ${JSON.stringify(box)}`);
	}
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.fill('#date', '2/1/2025');
	await page.fill('#note', 'Rättat utan skript');
	await Promise.all([page.waitForNavigation(), page.click('#decision-edit-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Beslutet är ändrat.');
	assert.ok(await page.locator('#decision-list tr', { hasText: 'Rättat utan skript' }).count() > 0);
	assert.ok(await page.locator('#decision-list tr', { hasText: '2025-01-02' }).count() > 0);
	await context.close();
});

test('a warning before the login ends, and a button that keeps it', async () => {
	const { context, page, errors } = await login('admin');
	await page.clock.install();
	await page.goto('/insatser/1/beslut/1/andra');
	const left = Number(await page.getAttribute('body', 'data-session-seconds'));
	const warn = Number(await page.getAttribute('body', 'data-session-warn'));
	assert.ok(left > 1700 && warn === 180, `${left} seconds left, a warning ${warn} seconds before`);
	assert.equal(await page.locator('#session-warning').count(), 0, 'no warning at first');
	await page.clock.fastForward((left - warn + 5) * 1000);
	await page.locator('#session-warning').waitFor();
	assert.ok((await page.textContent('#session-warning')).includes('Du loggas ut om'), 'the warning');
	await pagePasses(page, 'the page with the warning', 'inloggning-varning.png');
	await page.click('#session-stay');
	await page.locator('#session-warning').waitFor({ state: 'hidden' });
	// The server's answer set the time anew; at the end the page says so.
	await page.clock.fastForward((left + 60) * 1000);
	await page.locator('#session-warning').waitFor();
	assert.ok((await page.textContent('#session-warning')).includes('Inloggningen har gått ut'));
	assert.equal(await page.isVisible('#session-stay'), false, 'no button once it has ended');
	assert.deepEqual(errors, []);
	await context.close();
});

test('typed text survives a login that ended, and is forgotten once saved', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto('/insatser/3');
	await page.fill('#date', '2025-06-01');
	await page.fill('#amount', '25 tkr');
	await page.fill('#years', '2025');
	await page.fill('#note', 'Skrivet före utloggningen');
	// The session ends (its cookie is gone); the form is sent anyway.
	await context.clearCookies();
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.ok((await page.textContent('#login-error')).includes('Inloggningen har gått ut'));
	assert.equal(await page.inputValue('input[name=next]'), '/insatser/3');
	await pagePasses(page, 'the login after the session ended', 'inloggning-igen.png');
	await loginHere(page, 'admin');
	assert.equal(new URL(page.url()).pathname, '/insatser/3', 'back on the page of the form');
	assert.equal(await page.inputValue('#note'), 'Skrivet före utloggningen', 'the text is filled in again');
	assert.equal(await page.inputValue('#amount'), '25 tkr');
	assert.ok(await page.isVisible('.restored'), 'the page says it was filled in');
	const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
	assert.ok(!stored.includes(users.admin[1]), 'no password kept');
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Beslutet är sparat.');
	assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter(k => k.startsWith('finsam-form:')).length), 0,
		     'forgotten once saved');
	await page.goto('/insatser/3');
	assert.equal(await page.inputValue('#note'), '', 'a fresh form is empty');

	// A personal identity number is never kept.
	await page.goto('/deltagare/ny');
	await page.fill('#pnr', '200101011237');
	await page.fill('#code', 'F001');
	const kept = await page.evaluate(() => JSON.stringify(sessionStorage));
	assert.ok(kept.includes('F001'), 'the other fields are kept');
	assert.ok(!kept.includes('200101011237'), 'the personal identity number is not');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the forecast and assessment forms: errors beside their fields, then saved', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto(`/budget?year=${YEAR}`);
	const area = await page.locator('#area option').first().textContent();
	await page.selectOption('#area', area);
	await page.fill('#amount', '12,3,4');
	await Promise.all([page.waitForNavigation(), page.click('#forecast-submit')]);
	assert.equal(await page.textContent('h1'), 'Ändra en prognos', 'the form alone, with its errors');
	assert.ok(await page.isVisible('#error-summary'));
	assert.ok(await page.isVisible('#amount-error'), 'the message beside the amount');
	assert.equal(await page.inputValue('#amount'), '12,3,4');
	assert.equal(await page.inputValue('#area'), area, 'the area stays chosen');
	await pagePasses(page, 'the forecast form with an error', 'prognos-fel.png');
	await page.fill('#amount', '1 234 tkr');
	await Promise.all([page.waitForNavigation(), page.click('#forecast-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Prognosen är sparad.');
	assert.ok((await page.textContent('#main')).includes('1 234 000'), 'the interim table shows the forecast');

	await page.goto(`/mal?year=${YEAR}`);
	await page.selectOption('#ref', '1.1');
	await page.selectOption('#period', 'annual');
	await page.fill('#value', 'mycket');
	await Promise.all([page.waitForNavigation(), page.click('#assess-submit')]);
	assert.equal(await page.textContent('h1'), 'Bedöm ett mål');
	assert.ok(await page.isVisible('#value-error'), 'the message beside the value');
	assert.equal(await page.getAttribute('#value', 'aria-describedby'), 'value-error');
	await pagePasses(page, 'the assessment form with an error', 'bedomning-fel.png');
	await page.fill('#value', '63');
	await Promise.all([page.waitForNavigation(), page.click('#assess-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Bedömningen är sparad.');
	assert.deepEqual(errors, []);
	await context.close();
});
