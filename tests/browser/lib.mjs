// What the browser tests share: the browser, a login per role, the status
// of a page, and the checks every page must pass: axe-core (no violation
// of any impact) and the phone widths (nothing scrolls the page sideways).
// Each test file runs against its own server and database (run.sh), so a
// file may change records without disturbing another.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE = process.env.BASE;
export const ARTIFACTS = process.env.ARTIFACTS;
export const YEAR = 2025;
export const users = {
	admin: ['anna', 'kaffe-och-bulle-7'],
	registrar: ['rita', 'morot-och-piska-3'],
	board: ['bo', 'styrelse-mote-42'],
	auditor: ['ada', 'granska-noga-99'],
};

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
let browser;

export async function startBrowser() {
	return startBrowserWith([]);
}

// The browser with more of Chromium's switches (args; host.test.mjs maps
// host names to the server).
export async function startBrowserWith(args) {
	mkdirSync(ARTIFACTS, { recursive: true });
	browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ['--no-sandbox', ...args] });
	return browser;
}

export async function stopBrowser() {
	await browser.close();
}

// A new browser context with no session, at base (the server's address
// unless another is given).
export async function anonymous(base = BASE) {
	const context = await browser.newContext({ baseURL: base, locale: 'sv-SE' });
	const page = await context.newPage();
	return { context, page };
}

// Logs in as the user of role; errors collects the page's script errors.
export async function login(role) {
	const { context, page } = await anonymous();
	const errors = [];
	page.on('pageerror', e => errors.push(String(e)));
	// A refused page is the test's own doing; anything else is an error.
	page.on('console', m => {
		if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
			errors.push(m.text());
	});
	await page.goto('/login');
	await page.fill('#user', users[role][0]);
	await page.fill('#password', users[role][1]);
	await Promise.all([page.waitForNavigation(), page.click('#login-button')]);
	assert.equal(new URL(page.url()).pathname, '/', `${role} lands on the dashboard`);
	return { context, page, errors };
}

export async function status(page, path) {
	const r = await page.goto(path);
	return r.status();
}

// The page fits the phone's widths (320 and 390 px): nothing scrolls the
// page sideways. The screenshot (a file name, or none) is taken at 320 px.
export async function fitsPhone(page, what, shot) {
	const size = page.viewportSize();

	for (const width of [320, 390]) {
		await page.setViewportSize({ width, height: 640 });
		const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth,
								    window.innerWidth]);
		if (shot && width === 320)
			await page.screenshot({ path: join(ARTIFACTS, shot), fullPage: true });
		assert.ok(scroll <= inner, `${what} at ${width} px: scroll width ${scroll} > ${inner}`);
	}
	await page.setViewportSize(size || { width: 1280, height: 800 });
}

// axe-core on the page as it stands: no violation of any impact. The
// script is evaluated through the debugging protocol, so the page's own
// strict CSP stays as it is.
export async function accessible(page, what) {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const r = await window.axe.run(document, { resultTypes: ['violations'] });
		return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ` +
			v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
	});
	assert.deepEqual(violations, [], `${what}: axe-core finds no violation`);
}

// Both: what every page of the application must pass.
export async function pagePasses(page, what, shot) {
	await accessible(page, what);
	await fitsPhone(page, what, shot);
}

// Where every table of a page comes from: render/html.c, which puts a
// document's table (in .finsam-doc) in a frame that scrolls sideways, a
// focusable region named after it, with a header row of <th scope="col">.
// The problems of the tables under root (a selector), none when all hold.
export async function tableProblems(page, root = 'main') {
	return page.evaluate(root => {
		const problems = [];
		for (const t of document.querySelectorAll(`${root} table`)) {
			const frame = t.parentElement;
			const what = t.closest('[id]')?.id || t.outerHTML.slice(0, 60);
			if (!t.closest('.finsam-doc'))
				problems.push(`${what}: a table not rendered from a document`);
			if (!frame.matches('.table-scroll[role=region][tabindex="0"]') || !frame.getAttribute('aria-label')?.trim())
				problems.push(`${what}: a table without its named frame`);
			const head = t.querySelectorAll('thead th[scope=col]').length;
			if (!head || t.querySelector('tbody th:not([scope])'))
				problems.push(`${what}: a table without headers that have a scope`);
		}
		return problems;
	}, root);
}

// The table in the box id (page_doc_scroll): rendered from a document as
// tableProblems asks; its frame's name, and its column headers.
export async function docTable(page, id) {
	assert.equal(await page.locator(`#${id} table`).count(), 1, `#${id} holds one table`);
	assert.deepEqual(await tableProblems(page, `#${id}`), [], `#${id}: rendered from a document`);
	return page.evaluate(id => ({
		name: document.querySelector(`#${id} .table-scroll`).getAttribute('aria-label'),
		headers: [...document.querySelectorAll(`#${id} thead th`)].map(th => th.textContent.trim()),
	}), id);
}
