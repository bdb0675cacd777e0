// The director's pages of the budget and the förbund's frame in a real
// browser: a budget line added and its amount corrected, with the budget
// page and the business plan following; a budget CSV with bad rows refused
// whole with each row named; the forecasts; a member, a board member (seen
// in the annual report) and a year-cycle event added, corrected and
// removed; a year closed and reopened. The board reads every page and
// changes nothing; the registrar, the board and the auditor are refused
// every change (403). Each new page passes axe-core and fits a phone,
// the pages with form errors too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { docTable, login, pagePasses, startBrowser, status, stopBrowser, tableProblems } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

const YEAR = 2025;

async function submit(page, selector) {
	const [response] = await Promise.all([page.waitForNavigation(), page.click(selector)]);
	return response.status();
}

// The text of the first table row whose first cell is `name`, on the page as it stands.
async function row(page, name) {
	return page.evaluate(n => {
		for (const tr of document.querySelectorAll('tr')) {
			const cell = tr.querySelector('th, td');
			// A cell of the application's lists names its record on its
			// first line (its kind may follow on the next).
			if (cell && cell.innerText.split('\n')[0].trim() === n)
				return tr.textContent.replace(/\s+/g, ' ').trim();
		}
		return null;
	}, name);
}

// The session's CSRF token (every page has one in the logout form).
async function token(page) {
	await page.goto('/');
	return page.getAttribute('input[name="csrf"]', 'value');
}

test('the director adds a budget line and corrects its amount; the budget and the plan follow', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto(`/budget/rader?year=${YEAR}`);
	assert.match(await page.textContent('#version'), /\(gällande\)/, 'the current version is named');
	await pagePasses(page, 'the budget lines', 'budget-rader.png');

	// Errors beside their fields and in the summary.
	await page.fill('#group', 'Insatser');
	await page.fill('#name', 'Utbildningsdag');
	await page.fill('#amount', 'mycket');
	assert.equal(await submit(page, '#line-submit'), 400);
	assert.ok(await page.isVisible('#error-summary'));
	assert.ok(await page.isVisible('#type-error'), 'the missing type beside its field');
	assert.equal(await page.inputValue('#name'), 'Utbildningsdag', 'what was typed stays');
	await pagePasses(page, 'the budget line form with errors', 'budget-rad-fel.png');

	await page.selectOption('#type', 'kostnad');
	await page.fill('#amount', '100 000');
	assert.equal(await submit(page, '#line-submit'), 200);
	assert.equal(await page.textContent('#notice'), 'Budgetraden är tillagd.');
	assert.match(await row(page, 'Utbildningsdag'), /100 000/);

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ändra Utbildningsdag")')]);
	assert.equal(await page.inputValue('#amount'), '100 000');
	await pagePasses(page, 'the budget line\'s form', 'budget-rad.png');
	await page.fill('#amount', '1 900 000');
	assert.equal(await submit(page, '#line-edit-submit'), 200);
	assert.equal(await page.textContent('#notice'), 'Budgetraden är ändrad.');

	await page.goto(`/budget?year=${YEAR}`);
	assert.match(await row(page, 'Utbildningsdag') ?? '', /1 900 000/, 'the budget page follows');
	await page.goto(`/rapporter/verksamhetsplan/${YEAR}`);
	assert.match(await row(page, 'Utbildningsdag') ?? '', /1 900 000/, 'the business plan follows');

	// Removal asks first.
	await page.goto(`/budget/rader?year=${YEAR}`);
	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ta bort Utbildningsdag")')]);
	assert.match(await page.textContent('h1'), /Ta bort en budgetrad\?/);
	await pagePasses(page, 'the removal\'s confirmation', 'budget-rad-ta-bort.png');
	assert.equal(await submit(page, '#confirm-submit'), 200);
	assert.equal(await row(page, 'Utbildningsdag'), null, 'the line is gone');

	// A revision keeps the earlier version.
	await page.fill('#label', 'Reviderad i juni');
	assert.equal(await submit(page, '#revise-submit'), 200);
	assert.match(await page.textContent('#version'), /Version 2 – Reviderad i juni \(gällande\)/);
	assert.ok(await page.isVisible('#versions'), 'the versions are listed');

	await page.goto('/logg');
	const log = await page.content();
	assert.ok(log.includes('ändra budgetrad') && log.includes('anna'), 'the correction is logged with the name');
	assert.deepEqual(errors, []);
	await context.close();
});

test('a budget CSV with bad rows lists each with its line and stores nothing', async () => {
	const { context, page } = await login('admin');
	await page.goto('/budget/import');
	await pagePasses(page, 'the budget import', 'budget-import.png');
	const csv = 'år;typ;grupp;rad;belopp\r\n2026;kostnad;Insatser;Steget vidare;700 000\r\n' +
		'tjugo;kostnad;Insatser;Vägen in;1\r\n2026;konstig;;Något;5\r\n2026;kostnad;Insatser;Unga;mycket\r\n';
	await page.setInputFiles('#file', { name: 'budget2026.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	assert.equal(await submit(page, '#budget-import-submit'), 400);
	const items = await page.$$eval('#import-errors li', li => li.map(x => x.textContent));
	assert.equal(items.length, 3, `three bad rows: ${items}`);
	assert.match(items[0], /budget2026\.csv, rad 3: ogiltigt år/);
	assert.match(items[1], /rad 4: okänd typ/);
	assert.match(items[2], /rad 5: kan inte tolka beloppet/);
	await pagePasses(page, 'the budget import with errors', 'budget-import-fel.png');
	await page.goto('/budget/rader?year=2026');
	assert.ok(await page.isVisible('#no-budget'), 'nothing was stored');

	const good = 'år;typ;grupp;rad;belopp\r\n2026;intäkt;Parternas insats;Driftbidrag;1 600 000\r\n' +
		'2026;kostnad;Insatser;Steget vidare;700 000\r\n';
	await page.goto('/budget/import');
	await page.setInputFiles('#file', { name: 'budget2026.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
	await page.fill('#label', 'Beslutad');
	assert.equal(await submit(page, '#budget-import-submit'), 200);
	assert.equal(await page.textContent('#notice'), 'Budgeten är inläst.');
	assert.match(await row(page, 'Steget vidare'), /700 000/);
	await context.close();
});

test('the director corrects and removes a forecast', async () => {
	const { context, page } = await login('admin');
	await page.goto(`/budget?year=${YEAR}`);
	await page.selectOption('#forecast-form select[name="area"]', 'Insatser');
	await page.fill('#forecast-form input[name="amount"]', '1 200 000');
	await page.fill('#forecast-form input[name="comment"]', 'Fler deltagare');
	await Promise.all([page.waitForNavigation(), page.click('#forecast-form button[type="submit"]')]);
	await page.goto(`/budget/prognoser?year=${YEAR}`);
	assert.match(await row(page, 'Insatser'), /Fler deltagare/);
	await pagePasses(page, 'the forecasts', 'budget-prognoser.png');
	assert.deepEqual(await docTable(page, 'forecast-list'), {
		name: 'Satta prognoser', headers: ['Område', 'Prognos, kr', 'Kommentar', 'Ändra', 'Ta bort'] });

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ändra Insatser")')]);
	await pagePasses(page, 'the forecast\'s form', 'budget-prognos.png');
	await page.fill('#amount', 'hej');
	assert.equal(await submit(page, '#forecast-edit-submit'), 400);
	assert.ok(await page.isVisible('#amount-error'));
	await pagePasses(page, 'the forecast\'s form with an error', 'budget-prognos-fel.png');
	await page.fill('#amount', '1 300 000');
	await page.fill('#comment', 'Ännu fler');
	assert.equal(await submit(page, '#forecast-edit-submit'), 200);
	assert.match(await row(page, 'Insatser'), /Ännu fler/);

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ta bort Insatser")')]);
	assert.equal(await submit(page, '#confirm-submit'), 200);
	assert.ok(await page.isVisible('#no-forecasts'));
	await context.close();
});

test('the director adds, corrects and removes a member', async () => {
	const { context, page } = await login('admin');
	await page.goto('/medlemmar');
	assert.match(await row(page, 'Dalby kommun'), /9800/);
	await pagePasses(page, 'the members', 'medlemmar.png');
	await page.fill('#name', 'Ålby kommun');
	await page.fill('#key', 'noll');
	assert.equal(await submit(page, '#member-submit'), 400);
	assert.ok(await page.isVisible('#kind-error'));
	await pagePasses(page, 'the member form with an error', 'medlemmar-fel.png');
	await page.selectOption('#kind', 'kommun');
	await page.fill('#key', '3000');
	assert.equal(await submit(page, '#member-submit'), 200);
	assert.match(await row(page, 'Ålby kommun'), /3000/);

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ändra Ålby kommun")')]);
	await pagePasses(page, 'the member\'s form', 'medlem.png');
	await page.fill('#key', '4000');
	assert.equal(await submit(page, '#member-edit-submit'), 200);
	assert.match(await row(page, 'Ålby kommun'), /4000/);
	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ta bort Ålby kommun")')]);
	await pagePasses(page, 'the member\'s removal', 'medlem-ta-bort.png');
	assert.equal(await submit(page, '#confirm-submit'), 200);
	assert.equal(await row(page, 'Ålby kommun'), null);
	await context.close();
});

test('the director adds a board member, seen in the annual report, and corrects it', async () => {
	const { context, page } = await login('admin');
	await page.goto(`/styrelse?year=${YEAR}`);
	await pagePasses(page, 'the board', 'styrelse.png');
	await page.fill('#name', 'Lars Ek');
	await page.fill('#appointed_by', 'Region Norrdalen');
	assert.equal(await submit(page, '#board-submit'), 400);
	assert.ok(await page.isVisible('#role-error'), 'no role is chosen for the user');
	await pagePasses(page, 'the board form with an error', 'styrelse-fel.png');
	await page.selectOption('#role', 'ersättare');
	assert.equal(await submit(page, '#board-submit'), 200);
	assert.match(await row(page, 'Lars Ek'), /Ersättare/);
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	assert.ok((await page.content()).includes('Lars Ek'), 'the annual report names the new board member');

	await page.goto(`/styrelse?year=${YEAR}`);
	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ändra Lars Ek")')]);
	await pagePasses(page, 'the board member\'s form', 'ledamot.png');
	await page.fill('#name', 'Lars Ekman');
	await page.selectOption('#role', 'ledamot');
	assert.equal(await submit(page, '#board-edit-submit'), 200);
	assert.match(await row(page, 'Lars Ekman'), /Ledamot/);
	await context.close();
});

test('the director adds a year-cycle event and corrects it', async () => {
	const { context, page } = await login('admin');
	await page.goto(`/arshjul?year=${YEAR}`);
	assert.ok(await page.isVisible('#upcoming'), 'the upcoming deadlines');
	await pagePasses(page, 'the year cycle', 'arshjul.png');
	await page.fill('#date', '2025-13-40');
	await page.selectOption('#kind', 'styrelse');
	await page.fill('#title', 'Styrelsemöte i oktober');
	assert.equal(await submit(page, '#event-submit'), 400);
	assert.ok(await page.isVisible('#date-error'));
	await pagePasses(page, 'the year cycle with an error', 'arshjul-fel.png');
	await page.fill('#date', '2025-10-16');
	assert.equal(await submit(page, '#event-submit'), 200);
	assert.match(await row(page, '2025-10-16') ?? '', /Styrelsemöte i oktober/);
	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Ändra Styrelsemöte i oktober")')]);
	await pagePasses(page, 'the event\'s form', 'handelse.png');
	await page.fill('#date', '2025-10-23');
	assert.equal(await submit(page, '#event-edit-submit'), 200);
	assert.match(await row(page, '2025-10-23') ?? '', /Styrelsemöte i oktober/);
	await context.close();
});

test('the director closes a year with its adoption date and reopens it with a reason', async () => {
	const { context, page } = await login('admin');
	await page.goto('/rakenskapsar');
	await pagePasses(page, 'the years', 'ar.png');
	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Stäng året 2024")')]);
	await pagePasses(page, 'closing a year', 'ar-stang.png');
	await page.fill('#adopted', '2024-06-01');
	assert.equal(await submit(page, '#close-submit'), 400);
	assert.ok(await page.isVisible('#adopted-error'));
	assert.ok(!(await page.content()).includes('--adopted'), 'no command-line option');
	await pagePasses(page, 'closing a year with an error', 'ar-stang-fel.png');
	await page.fill('#adopted', '2025-04-20');
	assert.equal(await submit(page, '#close-submit'), 200);
	assert.match(await page.textContent('#year-2024'), /stängt \(fastställt 2025-04-20\)/);

	await Promise.all([page.waitForNavigation(), page.click('a:has-text("Öppna igen 2024")')]);
	assert.equal(await submit(page, '#reopen-submit'), 400);
	assert.ok(await page.isVisible('#reason-error'), 'a reason is needed');
	await pagePasses(page, 'reopening a year with an error', 'ar-oppna-fel.png');
	await page.fill('#reason', 'En faktura saknades');
	assert.equal(await submit(page, '#reopen-submit'), 200);
	assert.match(await page.textContent('#year-2024'), /öppet/);
	await page.goto('/logg');
	assert.ok((await page.content()).includes('En faktura saknades'), 'the reason is in the log');
	await context.close();
});

test('the board reads the pages and changes nothing', async () => {
	const { context, page, errors } = await login('board');
	for (const [path, shot] of [[`/budget/rader?year=${YEAR}`, 'styrelsen-budget.png'], ['/medlemmar', null],
				    [`/styrelse?year=${YEAR}`, null], [`/arshjul?year=${YEAR}`, null], ['/rakenskapsar', null]]) {
		assert.equal(await status(page, path), 200, path);
		assert.equal(await page.$('main form[method="post"]'), null, `${path}: no form of a change`);
		await pagePasses(page, `${path} for the board`, shot);
	}
	assert.deepEqual(errors, []);
	await context.close();
});

test('the budget over several years: the plan\'s document, a span refused beside its field', async () => {
	const { context, page, errors } = await login('board');
	await page.goto(`/budget?year=${YEAR}`);
	await Promise.all([page.waitForNavigation(), page.click('#budget-years-link')]);
	assert.equal(new URL(page.url()).pathname, '/budget/flera-ar');
	assert.equal(await page.inputValue('#from'), String(YEAR), 'from the budget page\'s year');
	assert.equal(await page.inputValue('#to'), String(YEAR + 2), 'and the two years after it');
	assert.deepEqual(await tableProblems(page, '#budget-years'), [], 'tables rendered from the document');
	const headers = await page.$$eval('#budget-years table.figures thead th', ths => ths.map(th => th.textContent.trim()));
	// The years of the span that have a budget (a test above read one in for the next year).
	assert.deepEqual(headers, ['Belopp i kr', String(YEAR), String(YEAR + 1)], 'the years that have a budget');
	assert.ok(await page.isVisible('#budget-years caption:text("Medlemmarnas andelar")'), 'the members\' shares');
	await pagePasses(page, 'the budget over several years', 'budget-flera-ar.png');

	// Backwards: refused beside the last year, what was typed kept.
	await page.fill('#from', String(YEAR));
	await page.fill('#to', String(YEAR - 1));
	assert.equal(await submit(page, '#budget-years-submit'), 400);
	assert.ok(await page.isVisible('#error-summary'));
	assert.match(await page.textContent('#to-error'), /kommer före det första/);
	assert.equal(await page.inputValue('#to'), String(YEAR - 1));
	assert.equal(await page.$('#budget-years'), null, 'no table for a refused span');
	await pagePasses(page, 'the budget over several years refused', null);

	// Too long: at most five years.
	await page.fill('#to', String(YEAR + 5));
	assert.equal(await submit(page, '#budget-years-submit'), 400);
	assert.match(await page.textContent('#to-error'), /högst 5 år i följd/);
	assert.deepEqual(errors, []);
	await context.close();
});

test('the registrar, the board and the auditor are refused every change', async () => {
	const forms = ['/budget/import', `/budget/rad?year=${YEAR}&type=kostnad&group=Insatser&name=Resor`,
		       '/medlemmar/1', '/medlemmar/1/ta-bort', '/styrelse/1', '/arshjul/1', '/rakenskapsar/2024/stang',
		       '/rakenskapsar/2024/oppna'];
	const posts = {
		'/budget/rader': { year: YEAR, type: 'kostnad', group: 'Insatser', name: 'Smygrad', amount: '5' },
		'/budget/rad/ta-bort': { year: YEAR, type: 'kostnad', group: 'Kansli och administration', name: 'Resor' },
		'/budget/revidera': { year: YEAR, label: 'x' },
		'/medlemmar': { name: 'Smyg kommun', kind: 'kommun', key: '1' },
		'/medlemmar/1/ta-bort': {},
		'/styrelse': { year: YEAR, name: 'Smyg', role: 'ledamot', appointed_by: 'x' },
		'/styrelse/1/ta-bort': {},
		'/arshjul': { date: '2025-10-01', kind: 'övrigt', title: 'Smyg' },
		'/rakenskapsar/2024/stang': { adopted: '2025-04-20' },
	};
	for (const role of ['registrar', 'board', 'auditor']) {
		const { context, page } = await login(role);
		for (const path of forms)
			assert.equal(await status(page, path), 403, `${role} GET ${path}`);
		const csrf = await token(page);
		for (const [path, form] of Object.entries(posts)) {
			const r = await context.request.post(path, { form: { csrf, ...form }, maxRedirects: 0 });
			assert.equal(r.status(), 403, `${role} POST ${path}`);
		}
		await context.close();
	}
	const { context, page } = await login('admin');
	await page.goto(`/budget/rader?year=${YEAR}`);
	assert.equal(await row(page, 'Smygrad'), null, 'nothing was stored');
	assert.match(await row(page, 'Resor') ?? '', /10 000/, 'nothing was removed');
	await page.goto('/medlemmar');
	assert.equal(await row(page, 'Smyg kommun'), null);
	assert.ok(await row(page, 'Försäkringskassan'));
	await context.close();
});
