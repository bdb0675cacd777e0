// The director's goals, texts and files in a real browser: a goal and a
// result goal added and changed and seen in the annual report's goal
// table; a text written in Markdown, previewed, saved and seen in the
// annual report; a broken SIE file refused with its line and nothing
// stored, a good one read in with the year's checks; a survey file read
// in and its answers removed; the board reads the goals and is refused
// every change. Each new page passes axe-core and fits a phone, the pages
// with form errors too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ARTIFACTS, YEAR, login, pagePasses, startBrowser, status, stopBrowser } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

const data = name => fileURLToPath(new URL(`../data/web/${name}`, import.meta.url));
const example = name => fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
const surveyData = name => fileURLToPath(new URL(`../data/survey/${name}`, import.meta.url));

async function submit(page, selector) {
	await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

// The annual report's text.
async function annualText(page) {
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	return page.textContent('main');
}

test('the director adds a goal and a result goal, changes the title, and the annual report follows', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto(`/mal?year=${YEAR}`);
	await submit(page, '#manage-goals');
	assert.equal(new URL(page.url()).pathname, '/mal/hantera');
	await pagePasses(page, 'the goals page', 'mal-hantera.png');

	// A goal without a title: the error beside its field and in the summary.
	await page.selectOption('#area', 'structural');
	await submit(page, '#goal-submit');
	assert.ok(await page.isVisible('#error-summary'), 'the summary of errors');
	assert.ok(await page.isVisible('#title-error'), 'the error beside the title');
	assert.equal(await page.getAttribute('#title', 'aria-invalid'), 'true');
	assert.equal(await page.inputValue('#area'), 'structural', 'what was chosen stays');
	await pagePasses(page, 'the goal form with errors', 'mal-fel.png');

	await page.fill('#title', 'Samverkan i Norrdalen');
	await submit(page, '#goal-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Målet är sparat.');

	// A result goal under the new goal, chosen by its title.
	await page.selectOption('#goal', { label: 'Samverkan i Norrdalen' });
	await page.fill('#text', 'Fyra möten i utvecklingsgruppen');
	await page.selectOption('#indicator', 'manual');
	await page.fill('#target', '4');
	await page.fill('#unit', 'möten');
	await submit(page, '#result-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Resultatmålet är sparat.');
	const section = page.locator('section.goal', { hasText: 'Samverkan i Norrdalen' });
	assert.ok((await section.textContent()).includes('Fyra möten i utvecklingsgruppen'));

	// The title corrected.
	await submit(page, `#${await section.getAttribute('id')} a:has-text("Ändra målet")`);
	await pagePasses(page, 'the edit form', 'mal-andra.png');
	await page.fill('#title', 'Samverkan över gränserna');
	await submit(page, '#edit-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Målet är sparat.');

	// Assessed for the whole year, with a measured value.
	await submit(page, 'a[href*="5.1/bedomning"][href*="annual"]');
	await pagePasses(page, 'the assessment form', 'mal-bedom.png');
	await page.selectOption('#status', 'met');
	await page.fill('#value', '4');
	await page.fill('#comment', 'Alla fyra hölls.');
	await submit(page, '#assess-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Bedömningen är sparad.');

	// The annual report's goal table has the goal by its new title.
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	const goal = await page.evaluate(() => {
		for (const s of document.querySelectorAll('section')) {
			const h = s.querySelector(':scope > h2, :scope > h3, :scope > h4, :scope > h5');
			if (h && h.textContent.includes('Samverkan över gränserna'))
				return s.textContent;
		}
		return null;
	});
	assert.ok(goal, 'the goal table has the goal under its new title');
	assert.ok(goal.includes('5.1 Fyra möten i utvecklingsgruppen'), 'with its result goal');
	assert.ok(goal.includes('Uppfyllt'), 'and its status');
	const text = await page.textContent('main');
	assert.ok(text.includes('Samverkan över gränserna'), 'the new title');
	assert.ok(!text.includes('Samverkan i Norrdalen'), 'not the old one');

	// The assessment removed after a question: the goal is not assessed again.
	await page.goto(`/mal/hantera?year=${YEAR}`);
	await submit(page, '#result-5\\.1 a:has-text("Ta bort bedömningen")');
	await pagePasses(page, 'the assessment removal confirmation', 'mal-bedomning-ta-bort.png');
	await submit(page, '#remove-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Bedömningen är borttagen.');
	assert.ok((await page.textContent('#result-5\\.1')).includes('Helår: Ej bedömt'));

	// The confirmation before a removal.
	await page.goto(`/mal/5.1/ta-bort?year=${YEAR}`);
	await pagePasses(page, 'the removal confirmation', 'mal-ta-bort.png');
	await page.goto('/logg');
	assert.ok((await page.textContent('main')).includes('ändra mål'), 'the change is logged');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the director writes a text in Markdown, previews it, saves it, and the annual report shows it', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto(`/texter?year=${YEAR}`);
	await pagePasses(page, 'the texts', 'texter.png');
	await submit(page, '#edit-economy');
	await page.fill('#markdown', '## Hushållning\n\nFörbundet höll *budgeten* under året.\n\n- Låga kostnader\n- Stabilt kapital');
	await submit(page, '#preview-submit');
	const preview = await page.textContent('#preview');
	assert.ok(preview.includes('Hushållning') && preview.includes('Förbundet höll budgeten under året.'),
		  'the preview shows the text as the documents do');
	assert.ok(preview.includes('– Låga kostnader'), 'a list as the documents show it');
	assert.equal(await page.locator('#preview h2', { hasText: 'Hushållning' }).count(), 1, 'the heading');
	assert.ok((await page.inputValue('#markdown')).includes('*budgeten*'), 'the text stays in the form');
	await pagePasses(page, 'the preview', 'text-forhandsgranska.png');
	assert.ok(!(await annualText(page)).includes('Förbundet höll budgeten'), 'a preview stores nothing');

	await page.goto(`/texter/economy?year=${YEAR}`);
	await page.fill('#markdown', '  ');
	await submit(page, '#text-submit');
	assert.ok(await page.isVisible('#markdown-error'), 'an empty text is refused beside its field');
	await pagePasses(page, 'the text form with an error', 'text-fel.png');

	await page.fill('#markdown', 'Förbundet höll **budgeten** under året.');
	await submit(page, '#text-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Texten är sparad.');
	assert.ok((await annualText(page)).includes('Förbundet höll budgeten under året.'), 'the annual report shows it');

	// Removed again, after a question.
	await page.goto(`/texter?year=${YEAR}`);
	await submit(page, '#remove-economy');
	await pagePasses(page, 'the text removal confirmation', 'text-ta-bort.png');
	await submit(page, '#remove-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Texten är borttagen.');
	assert.ok(!(await annualText(page)).includes('Förbundet höll budgeten'), 'gone from the annual report');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the director records the staff and the board\'s decisions for the documents, refused beside the field', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto(`/texter?year=${YEAR}`);
	await submit(page, '#docdata-link');
	assert.equal(new URL(page.url()).pathname, '/dokument');
	await pagePasses(page, 'the records of the documents', 'dokument.png');

	await page.fill('#employees', '2');
	await page.fill('#own_posts', '1,234');
	await submit(page, '#staff-submit');
	assert.ok(await page.isVisible('#own_posts-error'), 'three decimals are refused beside the field');
	assert.equal(await page.inputValue('#own_posts'), '1,234', 'what was typed stays');
	await pagePasses(page, 'the staff form with an error', 'dokument-fel.png');
	await page.fill('#own_posts', '1,5');
	await submit(page, '#staff-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Personalen är sparad.');
	assert.ok((await annualText(page)).includes('Förbundet har 2 anställda'), 'the annual report states the staff');

	await page.goto(`/dokument?year=${YEAR}`);
	await page.fill('#plan_date', `${YEAR - 1}-11-20`);
	await submit(page, '#adoption-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Styrelsens beslut om dokumenten är sparade.');
	assert.equal(await page.inputValue('#plan_date'), `${YEAR - 1}-11-20`, 'the decision is shown again');

	// As it was: no decision, no staff.
	await page.fill('#plan_date', '');
	await submit(page, '#adoption-submit');
	assert.equal(await page.inputValue('#plan_date'), '', 'the decision removed');
	await page.fill('#employees', '0');
	await page.fill('#own_posts', '0');
	await submit(page, '#staff-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Personalen är sparad.');
	assert.deepEqual(errors, []);
	await context.close();
});

test('a broken SIE file is refused with its line and nothing stored; a good one is read in', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto(`/rapporter/finansiella-rapporter/${YEAR}`);
	const before = await page.textContent('main');

	await page.goto('/inlasning');
	await pagePasses(page, 'the uploads page', 'inlasning.png');
	await page.setInputFiles('#sie-file', data('trasig.se'));
	await submit(page, '#sie-submit');
	const msg = await page.textContent('#sie-errors');
	assert.ok(msg.includes('Ingenting sparades'), msg);
	assert.ok(msg.includes('trasig.se, rad 16, kolumn 1: verifikation A 901 balanserar inte'), msg);
	// every error is listed, not only the first
	assert.ok(msg.includes('2 fel i trasig.se'), msg);
	assert.equal(await page.locator('#sie-errors li').count(), 2);
	assert.ok(msg.includes('trasig.se, rad 21: årsnummer -3 har inget räkenskapsår'), msg);
	assert.ok(await page.isVisible('#sie-file-error'), 'the file field is marked');
	await pagePasses(page, 'the SIE errors', 'inlasning-sie-fel.png');
	await page.goto(`/rapporter/finansiella-rapporter/${YEAR}`);
	assert.equal(await page.textContent('main'), before, 'the books are as before');

	await page.goto('/inlasning');
	await page.setInputFiles('#sie-file', example(`norrdalen-${YEAR}.se`));
	await submit(page, '#sie-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Bokföringen är inläst.');
	assert.equal((await page.textContent('#check-summary')).trim(), 'Alla kontroller håller.');
	await pagePasses(page, 'the SIE result', 'inlasning-sie-klar.png');
	await submit(page, '#check-link');
	assert.equal(new URL(page.url()).pathname, '/kontroll');
	await page.goto(`/rapporter/finansiella-rapporter/${YEAR}`);
	assert.equal(await page.textContent('main'), before, 'the same file gives the same statements');
	assert.deepEqual(errors, []);
	await context.close();
});

test('survey answers: a file with errors lists every line, a good one is read in, and answers are removed', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto('/inlasning');
	await page.setInputFiles('#survey-file', surveyData('bad.csv'));
	await submit(page, '#survey-submit');
	const items = await page.locator('#survey-errors li').allTextContents();
	assert.deepEqual(items.map(t => t.match(/rad (\d+)/)[1]), ['3', '4', '5', '6', '7'], 'every line with an error');
	await pagePasses(page, 'the survey errors', 'inlasning-enkat-fel.png');

	await page.setInputFiles('#survey-file', data('enkat-personal-2025.csv'));
	await submit(page, '#survey-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Enkätsvaren är inlästa.');
	assert.equal(new URL(page.url()).pathname, '/enkater');
	const row = page.locator('#survey-list li', { hasText: 'Personal' });
	assert.equal(await row.count(), 1, 'the new answers are listed');
	await pagePasses(page, 'the survey answers', 'enkater.png');
	await page.goto(`/rapporter/enkater/${YEAR}`);
	assert.ok((await page.textContent('main')).includes('Tas deltagarnas erfarenheter till vara?'),
		  'the survey report has them');

	await page.goto(`/enkater?year=${YEAR}`);
	await submit(page, '#survey-list li:has-text("Personal") a');
	await pagePasses(page, 'the removal confirmation', 'enkater-ta-bort.png');
	await submit(page, '#remove-submit');
	assert.equal((await page.textContent('#notice')).trim(), 'Enkätsvaren är borttagna.');
	assert.equal(await page.locator('#survey-list li', { hasText: 'Personal' }).count(), 0, 'gone');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the board sees the goals and their status, and may change nothing', async () => {
	const { context, page, errors } = await login('board');
	assert.equal(await status(page, `/mal?year=${YEAR}`), 200);
	const text = await page.textContent('main');
	assert.ok(text.includes('Individinriktade insatser') && text.includes('Uppfyllt'), 'goals with their status');
	assert.equal(await page.locator('#manage-goals').count(), 0, 'no link to change them');
	await page.screenshot({ path: join(ARTIFACTS, 'mal-styrelsen.png'), fullPage: true });
	for (const path of ['/mal/hantera', '/mal/1/andra', '/mal/1/bedomning', '/texter', '/texter/chair',
			    '/inlasning', '/enkater'])
		assert.equal(await status(page, path), 403, `board ${path}`);
	await page.goto('/');
	const csrf = await page.getAttribute('input[name="csrf"]', 'value');
	for (const path of ['/mal/nytt', '/mal/1/andra', '/mal/1/ta-bort', '/texter/chair', '/inlasning/bokforing']) {
		const r = await context.request.post(path, { form: { csrf, year: String(YEAR), title: 'Styrelsens mål',
								      area: 'individ', markdown: 'Styrelsens text' } });
		assert.equal(r.status(), 403, `board POST ${path}`);
	}
	const nav = await page.textContent('#menu');
	assert.ok(!nav.includes('Texter') && !nav.includes('Läs in'), 'the menu has only what the board may do');
	assert.ok(!(await annualText(page)).includes('Styrelsens text'), 'nothing changed');
	assert.deepEqual(errors, []);
	await context.close();
});
