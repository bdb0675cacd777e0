// The published documents as HTML files of their own (render/html.c's
// render_html), the way `finsam report KIND --format html -o FILE` writes
// them and the web's "Visa som HTML" downloads them: every report kind of
// the demo förbund, and a draft. Opened from disk, each passes axe-core
// (no violation of any impact), has all its content in landmarks, fits a
// 320 and a 390 px screen (a wide table scrolls in its own named frame,
// never the page; a chart is drawn narrow for it), and on A4 paper no
// frame scrolls or clips: every table fits the printed page's width, so
// the printer shrinks no page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { YEAR, accessible, anonymous, fitsPhone, login, startBrowser, stopBrowser, tableProblems } from './lib.mjs';

const WORK = process.env.WORK;
const DB = join(WORK, 'documents.db');
// A4 less the margins of render/html.c's @page (20 mm each side), in CSS px.
const A4_TEXT_WIDTH = Math.floor((210 - 40) / 25.4 * 96);

before(startBrowser);
after(stopBrowser);

function finsam(...args) {
	return execFileSync(process.env.FINSAM, ['--db', DB, ...args], { encoding: 'utf8' });
}

// Writes report `what` (its arguments after `report`) as an HTML file.
function written(name, what) {
	const file = join(WORK, `${name}.html`);
	finsam('report', ...what, '--format', 'html', '-o', file);
	return file;
}

// The problems of the open document, none when all hold: a language and
// a title, every element of the body in the one <main>, header cells with
// words, charts with a name, and every table in its frame.
async function structure(page) {
	const problems = await page.evaluate(() => {
		const p = [];
		if (document.documentElement.lang !== 'sv')
			p.push('no lang="sv"');
		if (!document.title.trim())
			p.push('no <title>');
		const main = document.querySelectorAll('main');
		if (main.length !== 1)
			p.push(`${main.length} <main> elements`);
		for (const e of document.body.children)
			if (e.tagName !== 'MAIN')
				p.push(`outside <main>: ${e.outerHTML.slice(0, 60)}`);
		for (const th of document.querySelectorAll('th'))
			if (!th.textContent.trim() || !th.getAttribute('scope'))
				p.push(`a header cell without words or scope: ${th.outerHTML.slice(0, 60)}`);
		for (const svg of document.querySelectorAll('svg'))
			if (svg.getAttribute('role') !== 'img' || !svg.getAttribute('aria-label')?.trim())
				p.push('a chart without a name');
		return p;
	});
	return problems.concat(await tableProblems(page, 'main'));
}

// The class of the one chart each figure shows (a chart is drawn wide
// and narrow, one of them shown), '' for a figure that shows none or both.
function chartsShown(page) {
	return page.evaluate(() => [...document.querySelectorAll('figure.chart')].map(f => {
		const shown = [...f.querySelectorAll(':scope > svg')].filter(s => getComputedStyle(s).display !== 'none');
		return shown.length === 1 ? shown[0].getAttribute('class') : '';
	}));
}

// On A4 paper: the frames do not scroll, no table is wider than the
// page's text, and the charts are the wide ones.
async function printProblems(page) {
	const size = page.viewportSize();
	await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 900 });
	await page.emulateMedia({ media: 'print' });
	const problems = await page.evaluate(() => {
		const p = [];
		for (const f of document.querySelectorAll('.table-scroll')) {
			const name = f.getAttribute('aria-label');
			if (getComputedStyle(f).overflowX !== 'visible')
				p.push(`${name}: the frame scrolls on paper`);
			if (f.scrollWidth > f.clientWidth)
				p.push(`${name}: ${f.scrollWidth} px wide on a page of ${f.clientWidth} px`);
		}
		if (document.documentElement.scrollWidth > window.innerWidth)
			p.push(`the page is ${document.documentElement.scrollWidth} px wide`);
		return p;
	});
	for (const shown of await chartsShown(page))
		if (shown !== 'chart-wide')
			problems.push(`a chart on paper shows ${shown || 'none or both'}, not the wide one`);
	await page.emulateMedia({ media: 'screen' });
	await page.setViewportSize(size);
	return problems;
}

// Everything a published document must pass; returns its text.
async function documentPasses(page, file, what) {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(pathToFileURL(file).href);
	assert.deepEqual(await structure(page), [], `${what}: landmarks, headers and frames`);
	await accessible(page, what);
	await fitsPhone(page, what);
	// On a phone the narrow chart, its letters as large as the text's.
	await page.setViewportSize({ width: 390, height: 800 });
	for (const shown of await chartsShown(page))
		assert.equal(shown, 'chart-narrow', `${what}: the narrow chart on a phone`);
	await page.setViewportSize({ width: 1280, height: 800 });
	for (const shown of await chartsShown(page))
		assert.equal(shown, 'chart-wide', `${what}: the wide chart on a wide screen`);
	assert.deepEqual(await printProblems(page), [], `${what}: on A4`);
	return page.evaluate(() => document.body.innerText);
}

// Every kind of `finsam report`, one each.
const reports = [
	['statements', ['statements', '--year', `${YEAR}`]],
	['budget', ['budget', '--year', `${YEAR}`]],
	['interim', ['interim', '--until', `${YEAR}-08-31`]],
	['operating', ['operating', '--year', `${YEAR}`]],
	['multiyear', ['multiyear']],
	['commitments', ['commitments', '--year', `${YEAR}`]],
	['participants', ['participants', '--year', `${YEAR}`]],
	['annual', ['annual', '--year', `${YEAR}`]],
	['plan', ['plan', '--year', `${YEAR}`]],
	['survey', ['survey', '--year', `${YEAR}`]],
];

test('every report written as HTML is accessible, fits a phone and prints on A4', async () => {
	const { context, page } = await anonymous();
	for (const [name, what] of reports) {
		const text = await documentPasses(page, written(name, what), `report ${name}`);
		assert.ok(text.includes('Samordningsförbundet Norrdalen'), `report ${name}: the förbund's document`);
	}
	await context.close();
});

test('the web downloads the same documents as HTML', async () => {
	const { context, page } = await login('board');
	const kinds = ['arsredovisning', 'finansiella-rapporter', 'delarsrapport', 'verksamhetsplan',
		       'deltagarstatistik', 'enkater'];
	for (const kind of kinds) {
		const r = await context.request.get(`/rapporter/${kind}/${YEAR}.html`);
		assert.equal(r.status(), 200, `${kind}.html`);
		const file = join(WORK, `web-${kind}.html`);
		writeFileSync(file, await r.body());
		await documentPasses(page, file, `the web's ${kind}.html`);
	}
	await context.close();
});

// Last, as it breaks the books: the cash account on no line of the
// statements fails the checks, and the annual report is a draft.
test('a draft is accessible too, its mark in the landmark', async () => {
	const { context, page } = await anonymous();
	finsam('accounts', 'map', '1930', 'none');
	const file = written('annual-draft', ['annual', '--year', `${YEAR}`, '--draft']);
	const text = await documentPasses(page, file, 'a draft annual report');
	assert.ok(text.startsWith('UTKAST – kontrollen visar fel'), 'the draft says so first');
	assert.equal(await page.locator('main #draft-mark').count(), 1, 'the mark stands in <main>');
	await context.close();
});
