// Every page of every role, as that role sees it: axe-core finds no
// violation of any impact, and at 320 and 390 px nothing scrolls the page
// sideways. The pages are the role's menu, each page's own links within
// the application (one of each kind), and the forms shown with errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, YEAR, docTable, login, pagePasses, startBrowser, stopBrowser, tableProblems } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

// A path's kind: its digits and codes made one ("/insatser/3" and
// "/insatser/4" are one kind), so each kind of page is visited once.
function kind(path) {
	return path.replace(/\/[A-Z]*\d+(?=\/|$)/g, '/N').replace(/\?.*$/, '');
}

// The pages a role reaches from the dashboard by following links, at
// most limit of them, one per kind; downloads and logout are not pages.
async function reachable(page, limit) {
	const seen = new Map();
	const queue = ['/'];
	while (queue.length && seen.size < limit) {
		const path = queue.shift();
		if (seen.has(kind(path)))
			continue;
		const r = await page.goto(path);
		seen.set(kind(path), path);
		if (r.status() !== 200 || !(r.headers()['content-type'] || '').startsWith('text/html'))
			continue;
		const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
			.map(a => a.getAttribute('href'))
			.filter(h => h.startsWith('/') && !h.startsWith('//')));
		for (const h of links)
			if (!/format=|\.(pdf|xlsx|csv|html|json|md|txt)$|\/(pdf|xlsx|html|csv)$/.test(h) && !seen.has(kind(h)))
				queue.push(h);
	}
	return [...seen.values()];
}

// What axe-core does not check by default: one <h1>, a link past the menu
// to <main id="main">, no inline style or script (the CSP refuses them),
// tap targets of at least 24 by 24 px (axe-core's target-size rule, run
// on its own; pagePasses has loaded axe-core into the page), and every
// table rendered from a document by render/html.c, none written by hand.
async function forTheScreen(page) {
	return page.evaluate(async () => {
		const problems = [];
		const h1 = document.querySelectorAll('h1').length;
		if (h1 !== 1)
			problems.push(`${h1} <h1> elements`);
		const skip = document.querySelector('body > a.skip-link:first-child');
		if (!skip || skip.getAttribute('href') !== '#main' || !document.querySelector('main#main'))
			problems.push('no link "Hoppa till innehållet" to <main id="main">');
		// (The browser itself leaves an empty style="" on fields it filled.)
		for (const e of document.querySelectorAll('[style]:not([style=""]), script:not([src="/static/finsam.js"])'))
			problems.push(`an inline style attribute or script: ${e.outerHTML.slice(0, 80)}`);
		const r = await window.axe.run(document, { runOnly: ['target-size'], resultTypes: ['violations'] });
		for (const v of r.violations)
			problems.push(`${v.id}: ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
		return problems;
	}).then(async problems => problems.concat(await tableProblems(page)));
}

for (const role of ['admin', 'registrar', 'board', 'auditor']) {
	test(`every page of the ${role}: accessible and fits a phone`, async () => {
		const { context, page, errors } = await login(role);
		const paths = await reachable(page, 80);
		assert.ok(paths.length > 3, `${role} reaches pages: ${paths.join(' ')}`);
		const failures = [];
		for (const path of paths) {
			const r = await page.goto(path);
			if (r.status() !== 200 || !(r.headers()['content-type'] || '').startsWith('text/html'))
				continue;
			try {
				await pagePasses(page, `${role} ${path}`);
				assert.deepEqual(await forTheScreen(page), [], `${role} ${path}: made for the screen`);
			} catch (e) {
				failures.push(e.message.split('\n')[0] + '\n' + JSON.stringify(e.actual ?? ''));
			}
		}
		assert.deepEqual(failures, [], `${role}: ${failures.length} of ${paths.length} pages fail`);
		assert.deepEqual(errors, []);
		await context.close();
	});
}

// The forms as they come back with errors: every text field filled with
// a word no field takes ("x"), sent, and the page that says what is wrong
// passes the same checks. The page at 320 px is kept as a screenshot.
const forms = {
	admin: [['/insatser/1', '#decision-form'], ['/mal', '#assess-form'], ['/budget', '#forecast-form'],
		['/deltagare/ny', '#participant-form'], ['/anvandare', '#user-form']],
	registrar: [['/deltagare/ny', '#participant-form']],
};

for (const [role, list] of Object.entries(forms)) {
	test(`the forms of the ${role} with errors: accessible and fit a phone`, async () => {
		const { context, page, errors } = await login(role);
		const failures = [];
		for (const [path, form] of list) {
			await page.goto(path);
			for (const input of await page.$$(`${form} input[type=text], ${form} input[type=password]`))
				await input.fill('x');
			const [response] = await Promise.all([page.waitForNavigation(),
							      page.click(`${form} button[type=submit]`)]);
			const what = `${role} ${path} ${form} with errors`;
			try {
				assert.equal(response.status(), 400, `${what}: refused`);
				await pagePasses(page, what, `fel-${role}-${form.slice(1)}-320.png`);
				assert.deepEqual(await forTheScreen(page), [], `${what}: made for the screen`);
			} catch (e) {
				failures.push(e.message.split('\n')[0] + '\n' + JSON.stringify(e.actual ?? ''));
			}
			await page.screenshot({ path: join(ARTIFACTS, `fel-${role}-${form.slice(1)}.png`), fullPage: true });
		}
		assert.deepEqual(failures, [], `${role}: ${failures.length} of ${list.length} forms fail`);
		assert.deepEqual(errors.filter(e => !e.includes('400')), []);
		await context.close();
	});
}

// The pages' own tables, each built as a document and rendered by
// render/html.c: its box, its frame's name (the caption, else the heading
// above it) and its columns, an action ("Ändra", "Ta bort") a column of its own.
test('the tables of the pages are documents, each framed and named', async () => {
	const { context, page, errors } = await login('admin');
	const tables = [
		['/anvandare', 'user-list', 'Användare', ['Användare', 'Roll', 'Insatser', 'Status']],
		['/insatser/1', 'decision-list', 'Rätta ett beslut',
		 ['Sammanträde', 'Belopp', 'År', 'Anteckning', 'Ändra', 'Ta bort']],
		[`/?year=${YEAR}`, 'participant-counts', 'Deltagare', ['Kvinnor', 'Män', 'Totalt']],
		[`/rapporter?year=${YEAR}`, 'report-list', 'Rapporter', ['Rapport', 'Visa', 'PDF', 'XLSX', 'HTML']],
		[`/budget/rader?year=${YEAR}`, 'budget-lines', 'Budgetens rader', ['Rad', 'Belopp, kr', 'Ändra', 'Ta bort']],
		[`/medlemmar?year=${YEAR}`, 'member-list', 'Förbundets medlemmar',
		 ['Medlem, sort och nyckel', `Andel av bidraget ${YEAR}, kr`, 'Ändra', 'Ta bort']],
		[`/styrelse?year=${YEAR}`, 'board-list', 'Ledamöter', ['Namn', 'Roll', 'Utsedd av', 'Ändra', 'Ta bort']],
		[`/arshjul?year=${YEAR}`, 'event-list', 'Årshjulet', ['Datum', 'Händelse', 'Ändra', 'Ta bort']],
		['/rakenskapsar', 'year-list', 'Räkenskapsåren', ['År', 'Innehåll', 'Status', 'Ändra']],
	];
	for (const [path, id, name, headers] of tables) {
		await page.goto(path);
		const t = await docTable(page, id);
		assert.equal(t.name, name, `${path} #${id}: the frame's name`);
		assert.deepEqual(t.headers, headers, `${path} #${id}: the columns`);
	}
	// The actions keep their ids, and say whom they are about to those who hear the page.
	await page.goto('/insatser/1');
	const edit = page.locator('#decision-list [id^="edit-decision-"]').first();
	assert.match(await edit.textContent(), /^Ändra beslutet \d{4}-\d\d-\d\d$/);
	assert.ok(await edit.isVisible());
	assert.equal(await page.locator('#decision-list [id^="remove-decision-"]').count(),
		     await page.locator('#decision-list [id^="edit-decision-"]').count());
	await page.goto('/anvandare');
	assert.match(await page.textContent('#user-anna'), /Administratör/);
	assert.deepEqual(errors, []);
	await context.close();
});

// The report pages in kr or tkr: the form "Belopp i" (a plain GET form,
// named by its label) shows the page in tkr, keeps the choice, and the
// downloads carry it; the page stays accessible and fits a phone.
test('a report page in tkr: the choice "Belopp i" and its downloads', async () => {
	const { context, page, errors } = await login('board');
	for (const slug of ['arsredovisning', 'delarsrapport', 'verksamhetsplan', 'finansiella-rapporter']) {
		await page.goto(`/rapporter/${slug}/${YEAR}`);
		const unit = page.getByLabel('Belopp i');
		assert.equal(await unit.inputValue(), 'kr', `${slug}: kr by default`);
		assert.ok(await page.getByText('Belopp i kr').first().isVisible(), `${slug}: the tables in kr`);
		await unit.selectOption('tkr');
		await Promise.all([page.waitForURL(/enhet=tkr/), page.click('#unit-submit')]);
		assert.equal(await page.getByLabel('Belopp i').inputValue(), 'tkr', `${slug}: tkr kept`);
		assert.ok(await page.getByText('Belopp i tkr').first().isVisible(), `${slug}: the tables in tkr`);
		assert.equal(await page.getByText('Belopp i kr', { exact: true }).count(), 0, `${slug}: nothing in kr`);
		for (const f of ['pdf', 'xlsx', 'html'])
			assert.equal(await page.getAttribute(`#download-${f}`, 'href'), `/rapporter/${slug}/${YEAR}.${f}?enhet=tkr`);
		await pagePasses(page, `${slug} in tkr`);
	}
	const r = await context.request.get(`/rapporter/delarsrapport/${YEAR}.html?enhet=tkr`);
	assert.equal(r.status(), 200);
	assert.match(await r.text(), /bokfört kostnader på 875 tkr/);
	const bad = await context.request.get(`/rapporter/verksamhetsplan/${YEAR}?enhet=mkr`);
	assert.equal(bad.status(), 400);
	assert.match(await bad.text(), /Enheten ska vara kr eller tkr\./);
	assert.deepEqual(errors, []);
	await context.close();
});
