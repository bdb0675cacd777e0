// A host of many förbund in a real browser: `finsam serve` on a host
// database of two förbund (run.sh makes them: Alfa at alfa.test with its
// administrator alva, Beta at beta.test with bert, one password for both),
// and Chromium told that those names, and one no förbund has, are the
// server. At each host name that förbund's user logs in and sees that
// förbund; the other's user cannot; a session of one is nobody at the
// other, whose login page names its own; a host name of no förbund, and
// the server's bare address, find nothing, though with the pages' style,
// and offer no link on. Screenshots at desk and phone
// width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, BASE, anonymous, fitsPhone, pagePasses, startBrowserWith, stopBrowser, tableProblems } from './lib.mjs';

const port = new URL(BASE).port;
const hosts = ['alfa.test', 'beta.test', 'nationell.test', 'okand.test'];
const PASSWORD = 'fjall-och-hav-2';
const forbund = {
	alfa: { user: 'alva', name: 'Samordningsförbundet Alfa', base: 'http://alfa.test' },
	beta: { user: 'bert', name: 'Samordningsförbundet Beta', base: 'http://beta.test' },
};
const NOWHERE = 'Det finns inget förbund på den här adressen.';
const region = { user: 'rut', base: 'http://nationell.test' };

// Every host name is the server (the URLs keep the default port, so the
// browser sends the bare host name, as behind a proxy). The förbund's
// names count as secure origins, as they are behind the proxy's https,
// so that the browser heeds the security headers rather than complain
// of them.
before(() => startBrowserWith([
	`--host-resolver-rules=${hosts.map(h => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
	`--unsafely-treat-insecure-origin-as-secure=${hosts.map(h => `http://${h}`).join(',')}`,
]));
after(stopBrowser);

// Logs in as user at base; the page where the login ends, and its
// script errors.
async function loginAt(base, user) {
	const { context, page } = await anonymous(base);
	const errors = [];
	page.on('pageerror', e => errors.push(String(e)));
	page.on('console', m => {
		if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
			errors.push(m.text());
	});
	assert.equal((await page.goto('/login')).status(), 200, `${base}: the login page`);
	await page.fill('#user', user);
	await page.fill('#password', PASSWORD);
	await Promise.all([page.waitForNavigation(), page.click('#login-button')]);
	return { context, page, errors };
}

for (const [key, f] of Object.entries(forbund)) {
	const other = Object.values(forbund).find(o => o !== f);
	test(`${f.user} logs in at ${key}.test and sees ${f.name} only`, async () => {
		const { context, page, errors } = await loginAt(f.base, f.user);
		assert.equal(page.url(), `${f.base}/`, 'lands on the dashboard at its own host name');
		await page.screenshot({ path: join(ARTIFACTS, `vard-${key}-oversikt.png`), fullPage: true });
		await pagePasses(page, `the dashboard at ${key}.test`, `vard-${key}-oversikt-320.png`);
		assert.equal((await page.goto('/installningar')).status(), 200);
		const text = await page.textContent('main');
		assert.ok(text.includes(f.name), `${key}: its own name`);
		assert.ok(!text.includes(other.name), `${key}: not the other förbund's name`);
		await page.screenshot({ path: join(ARTIFACTS, `vard-${key}-installningar.png`), fullPage: true });
		assert.deepEqual(errors, []);
		await context.close();
	});

	test(`${f.user} cannot log in at the other förbund`, async () => {
		const { context, page } = await loginAt(other.base, f.user);
		assert.equal(new URL(page.url()).pathname, '/login', 'still at the login');
		assert.equal((await page.textContent('#login-error')).trim(), 'Fel användarnamn eller lösenord.');
		assert.equal((await page.textContent('#login-for')).trim(), `Inloggning till ${other.name}.`,
			     "the login names the förbund of its host name");
		assert.deepEqual(await context.cookies(other.base), [], 'no session');
		await page.screenshot({ path: join(ARTIFACTS, `vard-${key}-fel-forbund.png`), fullPage: true });
		await fitsPhone(page, `${f.user}'s refused login at the other förbund`, `vard-${key}-fel-forbund-320.png`);
		await context.close();
	});
}

test("a session of alfa.test is nobody's at beta.test", async () => {
	const { context, page } = await loginAt(forbund.alfa.base, forbund.alfa.user);
	assert.equal(new URL(page.url()).pathname, '/', 'logged in at alfa.test');
	const session = (await context.cookies(forbund.alfa.base)).find(c => c.name === 'finsam_session');
	assert.ok(session, "alfa.test's session cookie");
	// The same cookie, sent to beta.test.
	const { context: stolen, page: at } = await anonymous(forbund.beta.base);
	await stolen.addCookies([{ name: session.name, value: session.value, url: forbund.beta.base }]);
	await at.goto('/installningar');
	assert.equal(new URL(at.url()).pathname, '/login', 'beta.test asks for a login');
	assert.ok(await at.isVisible('#login-button'));
	assert.ok(!(await at.content()).includes(forbund.alfa.name), "nothing of alfa's");
	// And the session still holds at alfa.test.
	assert.equal((await page.goto('/installningar')).status(), 200);
	assert.equal(new URL(page.url()).pathname, '/installningar', 'still logged in at alfa.test');
	await stolen.close();
	await context.close();
});

test('a host name of no förbund, and the bare address, find nothing', async () => {
	for (const base of ['http://okand.test', BASE]) {
		const { context, page } = await anonymous(base);
		for (const path of ['/login', '/']) {
			const r = await page.goto(path);
			assert.equal(r.status(), 404, `${base}${path}`);
			assert.ok((await page.textContent('body')).includes(NOWHERE), `${base}${path}: says so`);
			assert.equal(await page.locator('a', { hasText: 'Till översikten' }).count(), 0,
				     `${base}${path}: no way on to the same page`);
		}
		// The page has its style: the stylesheet is every förbund's.
		// (Asked by the page, whose browser knows the host names.)
		const css = await page.evaluate(async () => {
			const r = await fetch('/static/finsam.css');
			return [r.status, r.headers.get('content-type')];
		});
		assert.deepEqual(css, [200, 'text/css; charset=utf-8'], `${base}: the stylesheet`);
		assert.equal(await page.$eval('#error', e => getComputedStyle(e).color), 'rgb(176, 0, 32)',
			     `${base}: the message in the colour of errors`);
		if (base !== BASE) {
			await page.screenshot({ path: join(ARTIFACTS, 'vard-okand.png'), fullPage: true });
			await pagePasses(page, 'the page of no förbund', 'vard-okand-320.png');
		}
		await context.close();
	}
});

test('the region user reads the national follow-up at the region pages', async () => {
	const { context, page, errors } = await loginAt(region.base, region.user);
	assert.equal(page.url(), `${region.base}/`, 'lands on the follow-up');
	assert.equal((await page.textContent('h1')).trim(), 'Nationell uppföljning');
	assert.ok((await page.textContent('#scope')).includes('alla förbund på värden'), 'summed over every förbund');
	// The year of Beta's books, and one region.
	await page.fill('#year', '2022');
	assert.deepEqual(await page.$$eval('#region option', o => o.map(x => x.textContent)),
			 ['Alla förbund', 'Region Norr', 'Region Syd'], 'the host\'s regions to choose from');
	await page.selectOption('#region', 'Region Syd');
	await Promise.all([page.waitForNavigation(), page.click('#year-form button')]);
	const url = new URL(page.url());
	assert.equal(url.searchParams.get('year'), '2022');
	assert.equal(url.searchParams.get('region'), 'Region Syd');
	assert.ok((await page.textContent('#scope')).includes('förbunden i Region Syd'), 'summed over the region');
	const main = await page.textContent('main');
	assert.ok(main.includes(forbund.beta.name), "Beta's row");
	assert.ok(!main.includes(forbund.alfa.name), 'not the other region\'s förbund');
	assert.ok(main.includes('En tom ruta under Medlemmarnas driftbidrag'),
		  'says why Beta, without members, has no grants');
	assert.deepEqual(await tableProblems(page), [], 'the tables are framed and named');
	// Each download answers with its own type, for the year and region chosen.
	const types = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			json: 'application/json' };
	for (const [f, type] of Object.entries(types)) {
		const href = await page.getAttribute(`#download-${f}`, 'href');
		assert.equal(href, `/uppfoljning/2022.${f}?region=Region%20Syd`, `the ${f} link`);
		const got = await page.evaluate(async h => {
			const r = await fetch(h);
			return [r.status, r.headers.get('content-type'), (await r.arrayBuffer()).byteLength];
		}, href);
		assert.equal(got[0], 200, `${f}: found`);
		assert.ok(got[1].startsWith(type), `${f}: ${got[1]}`);
		assert.ok(got[2] > 0, `${f}: not empty`);
	}
	await page.screenshot({ path: join(ARTIFACTS, 'vard-region-uppfoljning.png'), fullPage: true });
	await pagePasses(page, 'the national follow-up at the region pages', 'vard-region-uppfoljning-320.png');
	assert.deepEqual(errors, []);
	await context.close();
});

test("a förbund's user is nobody at the region pages, nor the region user at a förbund", async () => {
	const { context, page } = await loginAt(region.base, forbund.alfa.user);
	assert.equal(new URL(page.url()).pathname, '/login', 'still at the login');
	assert.equal((await page.textContent('#login-error')).trim(), 'Fel användarnamn eller lösenord.');
	assert.ok((await page.textContent('#login-for')).includes('regionsidorna'), 'the login says whose it is');
	await page.screenshot({ path: join(ARTIFACTS, 'vard-region-fel-anvandare.png'), fullPage: true });
	await fitsPhone(page, "a förbund's user refused at the region pages", 'vard-region-fel-anvandare-320.png');
	await context.close();
	const { context: at, page: fb } = await loginAt(forbund.alfa.base, region.user);
	assert.equal(new URL(fb.url()).pathname, '/login', 'refused at a förbund');
	assert.equal((await fb.textContent('#login-error')).trim(), 'Fel användarnamn eller lösenord.');
	await at.close();
});
