// finsam's web application in a real browser (Debian's Chromium through
// playwright-core): each role sees what it may and nothing else, a
// participant registered through the form moves the statistics, the annual
// report downloads as a PDF, a POST without its CSRF token is refused, and
// the main pages are kept as screenshots.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, YEAR, anonymous, fitsPhone, login, startBrowser, status, stopBrowser } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

// The protected statistics page: the year's enrolled in total.
async function enrolled(page) {
	await page.goto(`/rapporter/deltagarstatistik/${YEAR}`);
	return page.evaluate(() => {
		for (const t of document.querySelectorAll('table')) {
			const cap = t.querySelector('caption');
			if (!cap || cap.textContent.trim() !== 'Inskrivna under året')
				continue;
			for (const tr of t.querySelectorAll('tr'))
				if (tr.querySelector('th')?.textContent.trim() === 'Totalt')
					return tr.querySelector('td').textContent.trim();
		}
		return null;
	});
}

test('a wrong password is refused with a message and no session', async () => {
	const { context, page } = await anonymous();
	await page.goto('/login');
	await page.fill('#user', 'anna');
	await page.fill('#password', 'fel-lösenord-99');
	await Promise.all([page.waitForNavigation(), page.click('#login-button')]);
	assert.ok(await page.isVisible('#login-error'));
	assert.equal(await status(page, '/'), 200);
	assert.equal(new URL(page.url()).pathname, '/login', 'the dashboard sends a stranger to the login');
	await context.close();
});

test('each role sees what it may and nothing else', async () => {
	const rules = {
		admin: { '/': 200, '/insatser': 200, '/deltagare': 200, '/deltagare/ny': 200, '/mal': 200,
			 '/budget': 200, '/rapporter': 200, '/logg': 200, '/anvandare': 200 },
		registrar: { '/': 200, '/deltagare': 200, '/deltagare/ny': 200, '/logg': 403, '/anvandare': 403 },
		board: { '/': 200, '/rapporter': 200, '/mal': 200, '/deltagare': 403, '/deltagare/ny': 403,
			 '/deltagare/N001': 403, '/logg': 403, '/anvandare': 403 },
		auditor: { '/': 200, '/deltagare': 200, '/logg': 200, '/deltagare/ny': 403, '/anvandare': 403 },
	};
	for (const [role, paths] of Object.entries(rules)) {
		const { context, page, errors } = await login(role);
		for (const [path, want] of Object.entries(paths))
			assert.equal(await status(page, path), want, `${role} ${path}`);
		assert.deepEqual(errors, [], `${role}: no script errors`);
		await context.close();
	}
});

test('a registrar sees only the participants of her own intervention', async () => {
	const { context, page } = await login('registrar');
	await page.goto('/deltagare');
	const text = await page.textContent('#participant-list');
	// N001 is in Steget vidare, N097 the first of Unga i arbete (examples/deltagare.csv).
	assert.ok(!text.includes('N001'), 'no one from another intervention');
	assert.ok(text.includes('N097'), 'her own');
	// Refused, or not even said to exist.
	assert.ok([403, 404].includes(await status(page, '/deltagare/N001')));
	await context.close();
});

test('the board sees protected statistics and no personal data', async () => {
	const { context, page } = await login('board');
	await page.goto(`/rapporter/deltagarstatistik/${YEAR}`);
	const html = await page.content();
	assert.ok(!/N0\d\d/.test(html), 'no participant code');
	assert.ok(html.includes('Inskrivna under året'));
	await context.close();
});

test('a participant registered through the form moves the statistics', async () => {
	const { context, page } = await login('registrar');
	const before = Number(await enrolled(page));
	assert.ok(before > 0, `enrolled before: ${before}`);

	await page.goto('/deltagare/ny');
	await page.fill('#code', 'W001');
	await page.fill('#born', '19x0');
	await page.selectOption('#sex', 'kvinna');
	await page.selectOption('#insats', { label: 'Unga i arbete' });
	await page.fill('#date', `${YEAR}-06-15`);
	// Nothing that counts in the statistics is chosen beforehand.
	await page.selectOption('#education', 'gymnasial');
	await page.selectOption('#support_before', 'försörjningsstöd');
	await page.selectOption('#time_in_support', 'ingen');
	await Promise.all([page.waitForNavigation(), page.click('#participant-submit')]);
	assert.ok(await page.isVisible('#born-error'), 'the bad year of birth is named beside its field');
	assert.equal(await page.inputValue('#code'), 'W001', 'what was typed stays');
	await page.screenshot({ path: join(ARTIFACTS, 'registrering-fel.png'), fullPage: true });

	await page.fill('#born', '2001');
	await page.fill('#pnr', '200101011237');
	await Promise.all([page.waitForNavigation(), page.click('#participant-submit')]);
	assert.equal(await page.isVisible('#form-error'), false, 'registered without an error');
	const after = await page.content();
	assert.ok(after.includes('W001'), 'the new participant is shown');
	assert.ok(!after.includes('200101011237') && !after.includes('010101-1237'),
		  'the personal identity number is not shown');
	assert.equal(Number(await enrolled(page)), before + 1, 'one more enrolled this year');
	await context.close();

	const admin = await login('admin');
	await admin.page.goto('/logg');
	const log = await admin.page.content();
	assert.ok(log.includes('W001') && log.includes('rita'), 'the change is logged with who made it');
	assert.ok(!log.includes('200101011237'), 'and without the number');
	await admin.context.close();
});

test('the annual report downloads as a PDF', async () => {
	const { context, page } = await login('board');
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
	const path = join(ARTIFACTS, 'arsredovisning.pdf');
	await download.saveAs(path);
	const { readFileSync } = await import('node:fs');
	assert.equal(readFileSync(path).subarray(0, 5).toString(), '%PDF-');
	await context.close();
});

test('a POST without its CSRF token is refused', async () => {
	const { context, page } = await login('admin');
	const r = await context.request.post('/deltagare/ny', {
		form: { code: 'W002', sex: 'man', born: '1990', education: 'okänd', date: `${YEAR}-06-15` },
	});
	assert.equal(r.status(), 403);
	assert.equal(await status(page, '/deltagare/W002'), 404, 'nothing was stored');
	await context.close();
});

test('an intervention shows its indicators', async () => {
	const { context, page } = await login('board');
	await page.goto('/insatser');
	await Promise.all([page.waitForNavigation(), page.click('text=Unga i arbete')]);
	const text = await page.textContent('body');
	assert.ok(text.includes('Indikatorer'), 'the indicators');
	assert.ok(text.includes('Deltagare i Unga i arbete'), 'its result goal');
	assert.ok(/Utfall/.test(text) && text.includes('60 deltagare'), 'target and outcome');
	await context.close();
});

test("the dashboard's figures are the documents' figures", async () => {
	const { context, page } = await login('board');
	await page.goto(`/?year=${YEAR}`);
	const shown = (await page.textContent('#equity .big')).trim();
	await page.goto(`/rapporter/finansiella-rapporter/${YEAR}`);
	const ratio = await page.evaluate(() => {
		for (const tr of document.querySelectorAll('tr'))
			if (tr.querySelector('th')?.textContent.startsWith('Eget kapital / driftbidrag'))
				return tr.querySelector('td').textContent.trim();
		return null;
	});
	assert.equal(shown, ratio, 'equity against the grant');
	await context.close();
});

test("the auditor's check page shows every check, at desk and phone width", async () => {
	const { context, page, errors } = await login('auditor');
	assert.equal(await status(page, `/kontroll?year=${YEAR}`), 200);
	assert.equal((await page.textContent('#check-summary')).trim(), 'Alla kontroller håller.');
	const text = await page.textContent('body');
	for (const title of ['Balansräkningen balanserar', 'Femårsöversikten är lika med resultat- och balansräkningen',
			     'Ingen insats har fått mer än beslutat', 'Inte fler avslutade än inskrivna deltagare'])
		assert.ok(text.includes(title), title);
	await page.screenshot({ path: join(ARTIFACTS, 'kontroll.png'), fullPage: true });
	await fitsPhone(page, 'the check page', 'kontroll-320.png');
	assert.deepEqual(errors, []);
	await context.close();
	const reg = await login('registrar');
	assert.equal(await status(reg.page, '/kontroll'), 403, 'a registrar has no check page');
	await reg.context.close();
});

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

test('an administrator removes a decision entered by mistake, and the report follows', async () => {
	const { context, page, errors } = await login('admin');
	const before = await decidedFirst(page);
	await page.goto('/insatser/1');
	await page.fill('#date', `${YEAR}-10-01`);
	await page.fill('#amount', '100 000');
	await page.fill('#years', `${YEAR + 1}`);
	await page.fill('#note', 'Av misstag');
	await Promise.all([page.waitForNavigation(), page.click('#decision-submit')]);
	assert.notEqual(await decidedFirst(page), before, 'the new decision counts');
	await page.goto('/insatser/1');
	const row = page.locator('#decision-list tr', { hasText: 'Av misstag' });
	await Promise.all([page.waitForNavigation(), row.locator('a', { hasText: 'Ta bort' }).click()]);
	assert.ok((await page.textContent('body')).includes('Vill du ta bort beslutet'), 'a confirmation first');
	await fitsPhone(page, 'the confirmation', 'ta-bort-beslut-320.png');
	await Promise.all([page.waitForNavigation(), page.click('#remove-decision-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Beslutet är borttaget.');
	assert.equal(await page.locator('#decision-list tr', { hasText: 'Av misstag' }).count(), 0, 'gone from the list');
	assert.equal(await decidedFirst(page), before, 'the report is as before');
	await page.goto('/logg');
	assert.ok((await page.textContent('body')).includes('ta bort beslut'), 'the removal is logged');
	assert.deepEqual(errors, []);
	await context.close();
});

test('screenshots of the main pages', async () => {
	const { context, page } = await login('admin');
	for (const [name, path] of [['oversikt', '/'], ['insatser', '/insatser'], ['deltagare', '/deltagare'],
				     ['mal', '/mal'], ['budget', '/budget'], ['rapporter', '/rapporter'],
				     ['arsredovisning', `/rapporter/arsredovisning/${YEAR}`], ['logg', '/logg'], ['kontroll', '/kontroll'],
				     ['anvandare', '/anvandare']]) {
		assert.equal(await status(page, path), 200, path);
		await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
	}
	await context.close();
});
