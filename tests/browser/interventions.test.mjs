// The director's own pages in a real browser: an intervention created,
// corrected, closed, seen in the list and in the annual report's section
// on interventions; an allocation and anonymous participants; a user added
// as Registrerare, turned off and on again; the small-cell setting that
// the annual report follows; a register extract and the purge's
// confirmation. Every new page passes axe-core and fits a phone, the form
// with its errors too; the registrar, the board and the auditor are
// refused them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { YEAR, anonymous, docTable, fitsPhone, login, pagePasses, startBrowser, status, stopBrowser } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

const NAME = 'Arbetsträning Norr';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The intervention's page holds documents (render/html.c) whose empty
// unit headers are the renderer's own; the parts these pages add around
// them (the links, the allocations and the anonymous counts with their
// forms) must pass axe-core, and the whole page must fit a phone.
async function sectionsPass(page, what, shot) {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const r = await window.axe.run({ exclude: [['.finsam-doc']] }, { resultTypes: ['violations'] });
		return r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ` +
			v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
	});
	assert.deepEqual(violations, [], `${what}: axe-core finds no violation outside the documents`);
	await fitsPhone(page, what, shot);
}

// The text of the intervention's section in the annual report ("1.8 Insatser"), or null.
async function reportSection(page, name) {
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	return page.evaluate(n => {
		for (const h of document.querySelectorAll('section > :is(h3, h4, h5, h6)'))
			if (h.textContent.trim() === n)
				return h.parentElement.textContent;
		return null;
	}, name);
}

async function submit(page, selector) {
	await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

test('the director creates, corrects, closes and removes an intervention', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto('/insatser');
	await Promise.all([page.waitForNavigation(), page.click('#new-insats')]);
	assert.equal(new URL(page.url()).pathname, '/insatser/ny');
	await pagePasses(page, 'the new intervention form', 'insats-ny.png');

	// No kind chosen and a participant period outside the intervention's.
	await page.fill('#name', NAME);
	await page.fill('#start', `${YEAR}-01-01`);
	await page.fill('#end', `${YEAR + 1}-12-31`);
	await submit(page, '#insats-submit');
	assert.ok(await page.isVisible('#error-summary'), 'a summary of the errors');
	assert.ok(await page.isVisible('#kind-error'), 'the kind is named beside its field');
	assert.equal(await page.getAttribute('#kind', 'aria-invalid'), 'true');
	assert.equal(await page.inputValue('#name'), NAME, 'what was typed stays');
	await pagePasses(page, 'the intervention form with errors', 'insats-ny-fel.png');

	await page.selectOption('#kind', { label: 'Individinriktad' });
	await page.fill('#owner', 'Dalby kommun');
	await page.fill('#target', 'Unga vuxna');
	await page.fill('#ages', '18-29');
	await page.fill('#p_start', `${YEAR}-02-01`);
	await page.fill('#p_end', `${YEAR + 1}-06-30`);
	await page.fill('#purpose', 'Arbetsträning hos medlemmarna');
	await page.fill('#accounts', '4010');
	await page.fill('#objects', '6:5');
	await Promise.all([page.waitForNavigation(), page.click('#insats-submit')]);
	const path = new URL(page.url()).pathname;
	assert.match(path, /^\/insatser\/\d+$/);
	assert.equal((await page.textContent('#notice')).trim(), 'Insatsen är sparad.');
	await sectionsPass(page, 'the intervention page with its sections', 'insats.png');

	await page.goto('/insatser');
	assert.ok((await page.textContent('#insats-list')).includes(NAME), 'in the list');
	let section = await reportSection(page, NAME);
	assert.ok(section, 'a section of its own in the annual report');
	assert.ok(section.includes('Projektägare: Dalby kommun'));
	assert.ok(section.includes(`Projekttid: ${YEAR}-01-01 – ${YEAR + 1}-12-31`));

	// Corrected: another owner and age range.
	await page.goto(`${path}/andra`);
	await pagePasses(page, 'the edit form', 'insats-andra.png');
	await page.fill('#ages', '18-299');
	await submit(page, '#insats-submit');
	assert.ok(await page.isVisible('#ages-error'), 'bad ages named beside their field');
	await pagePasses(page, 'the edit form with an error', 'insats-andra-fel.png');
	await page.fill('#ages', '18-30');
	await page.fill('#owner', 'Arbetsförmedlingen');
	await Promise.all([page.waitForNavigation(), page.click('#insats-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Insatsen är ändrad.');
	section = await reportSection(page, NAME);
	assert.ok(section.includes('Projektägare: Arbetsförmedlingen'), 'the report follows the change');
	assert.ok(section.includes('18–30 år'));

	// Closed at the end of the year, after a confirmation page.
	await page.goto(path);
	await Promise.all([page.waitForNavigation(), page.click('#close-insats')]);
	await pagePasses(page, 'the closing page', 'insats-avsluta.png');
	await page.fill('#end', `${YEAR}-12-31`);
	await Promise.all([page.waitForNavigation(), page.click('#close-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Insatsen är avslutad.');
	section = await reportSection(page, NAME);
	assert.ok(section.includes(`Projekttid: ${YEAR}-01-01 – ${YEAR}-12-31`), 'the report shows the end');
	assert.ok(section.includes(`Deltagarperiod: ${YEAR}-02-01 – ${YEAR}-12-31`));

	// An allocation, removed after a confirmation.
	await page.goto(path);
	await page.fill('#alloc_accounts', '4010');
	await page.fill('#alloc_share', 'sextio');
	await submit(page, '#allocation-submit');
	assert.ok(await page.isVisible('#alloc_share-error'), 'a bad share named beside its field');
	await sectionsPass(page, 'the allocation form with an error', 'fordelning-fel.png');
	await page.fill('#alloc_share', '10');
	await Promise.all([page.waitForNavigation(), page.click('#allocation-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Fördelningen är sparad.');
	assert.ok((await page.textContent('#allocation-list')).includes('10,00 %'));
	assert.deepEqual((await docTable(page, 'allocation-list')).headers,
			 ['Konto', 'År', 'Andel eller belopp', 'Anteckning', 'Ta bort'], 'a table rendered from a document');
	await Promise.all([page.waitForNavigation(), page.click('[id^="remove-allocation-"]')]);
	await pagePasses(page, 'the allocation removal page', 'fordelning-ta-bort.png');
	await Promise.all([page.waitForNavigation(), page.click('#remove-allocation-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Fördelningen är borttagen.');

	// Removed, after a confirmation: gone from the list and the report.
	await page.goto(path);
	await Promise.all([page.waitForNavigation(), page.click('#remove-insats')]);
	await pagePasses(page, 'the removal page', 'insats-ta-bort.png');
	await Promise.all([page.waitForNavigation(), page.click('#remove-insats-submit')]);
	assert.equal(new URL(page.url()).pathname, '/insatser');
	assert.ok(!(await page.textContent('#insats-list')).includes(NAME));
	assert.equal(await reportSection(page, NAME), null, 'no longer in the report');

	// One the board has decided on cannot be removed: the page says why.
	await page.goto('/insatser/2/ta-bort');
	await submit(page, '#remove-insats-submit');
	assert.ok((await page.textContent('#error-summary')).includes('beslut'));
	await pagePasses(page, 'a refused removal', 'insats-ta-bort-fel.png');

	await page.goto('/logg');
	const log = await page.content();
	for (const what of ['lägg till insats', 'ändra insats', 'ta bort insats', 'fördela konto'])
		assert.ok(log.includes(what), `the log has "${what}"`);
	assert.deepEqual(errors, []);
	await context.close();
});

// The status cell of the row naming name in the table captioned or framed
// as label (a table of a document: its header says "Status ÅR").
async function statusIn(page, label, name) {
	return page.evaluate(([label, name]) => {
		const box = document.querySelector(`.table-scroll[aria-label="${label}"]`);
		const heads = [...box.querySelectorAll('thead th')].map(th => th.textContent.trim());
		const col = heads.findIndex(h => h.startsWith('Status'));
		for (const tr of box.querySelectorAll('tbody tr')) {
			const cells = [...tr.children].map(c => c.textContent.trim());
			if (cells.includes(name))
				return `${heads[col]}: ${cells[col]}`;
		}
		return null;
	}, [label, name]);
}

test('each intervention\'s status: in the list for a year, and this year\'s on its page', async () => {
	const { context, page, errors } = await login('admin');
	const THIS = new Date().getFullYear();
	const name = 'Kompetensdag Norrdalen';
	// It ends within the year: ended, until the director says otherwise.
	await page.goto(`/insatser?year=${YEAR}`);
	assert.equal(await statusIn(page, 'Insatser', name), `Status ${YEAR}: avslutad`);
	await page.goto(`/insatser/3?year=${YEAR}`);
	await page.selectOption('#status', 'running');
	await Promise.all([page.waitForNavigation(), page.click('#annual-submit')]);
	await page.goto(`/insatser?year=${YEAR}`);
	assert.equal(await statusIn(page, 'Insatser', name), `Status ${YEAR}: pågående`, 'as set for the year');
	await pagePasses(page, 'the list with the status', null);

	// Its page: this year's status in the summary, and the year that has one.
	await page.goto('/insatser/3');
	assert.equal(await statusIn(page, 'Insatsen', name), `Status ${THIS}: ${THIS > YEAR ? 'avslutad' : 'pågående'}`);
	const years = await page.$$eval('.table-scroll[aria-label="Status och resultat per år"] tbody tr',
					trs => trs.map(tr => [...tr.children].map(c => c.textContent.trim()).slice(0, 2).join(' ')));
	assert.deepEqual(years, [`${YEAR} pågående`]);
	await sectionsPass(page, 'the intervention page with its status', null);

	// Back to its dates, so that the annual report is as before.
	await page.goto(`/insatser/3?year=${YEAR}`);
	await page.selectOption('#status', 'auto');
	await Promise.all([page.waitForNavigation(), page.click('#annual-submit')]);
	await page.goto(`/insatser?year=${YEAR}`);
	assert.equal(await statusIn(page, 'Insatser', name), `Status ${YEAR}: avslutad`);
	assert.deepEqual(errors, []);
	await context.close();
});

test('a registrar keeps the anonymous participants of her own intervention', async () => {
	const { context, page, errors } = await login('registrar');
	await page.goto('/insatser/2');
	await page.fill('#anon_from', `${YEAR}-09-01`);
	await page.fill('#anon_to', `${YEAR + 1}-01-31`);
	await page.fill('#anon_women', '3');
	await page.fill('#anon_men', '4');
	await submit(page, '#anonymous-submit');
	assert.ok(await page.isVisible('#anon_to-error'), 'a period over the turn of the year is refused');
	await sectionsPass(page, 'the anonymous form with an error', 'anonyma-fel.png');
	await page.fill('#anon_to', `${YEAR}-09-30`);
	await page.fill('#anon_note', 'Öppet hus');
	await Promise.all([page.waitForNavigation(), page.click('#anonymous-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'De anonyma deltagarna är sparade.');
	assert.ok((await page.textContent('#anonymous-list')).includes('Öppet hus'));
	assert.deepEqual((await docTable(page, 'anonymous-list')).headers,
			 ['Period', 'Kvinnor', 'Män', 'Anteckning', 'Ändra', 'Ta bort'], 'a table rendered from a document');
	await Promise.all([page.waitForNavigation(), page.click('#anonymous-list tr:last-child [id^="edit-anonymous-"]')]);
	await pagePasses(page, 'the anonymous edit page', 'anonyma-andra.png');
	await page.fill('#anon_women', '5');
	await Promise.all([page.waitForNavigation(), page.click('#anonymous-submit')]);
	assert.ok((await page.textContent('#anonymous-list')).includes('Öppet hus'));
	await Promise.all([page.waitForNavigation(),
			   page.click('#anonymous-list tr:last-child [id^="remove-anonymous-"]')]);
	await pagePasses(page, 'the anonymous removal page', 'anonyma-ta-bort.png');
	await Promise.all([page.waitForNavigation(), page.click('#remove-anonymous-submit')]);
	assert.ok(!(await page.textContent('#anonymous-list')).includes('Öppet hus'));
	// Not in another's intervention.
	await page.goto('/insatser/1');
	assert.equal(await page.isVisible('#anonymous-form'), false);
	assert.deepEqual(errors, []);
	await context.close();
});

test('the director adds a registrar, turns her off and on again', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto('/anvandare');
	await pagePasses(page, 'the users page', 'anvandare.png');
	const roles = await page.$$eval('#role option', os => os.map(o => o.textContent.trim()));
	assert.deepEqual(roles, ['Välj roll …', 'Administratör', 'Registrerare', 'Styrelseledamot', 'Revisor']);
	await page.fill('#name', 'karin');
	await page.selectOption('#role', { label: 'Registrerare' });
	await page.fill('#password', 'Sju sjösjuka sjömän');
	await submit(page, '#user-submit');
	assert.ok(await page.isVisible('#insats-error'), 'a registrar needs an intervention');
	await pagePasses(page, 'the users page with an error', 'anvandare-fel.png');
	await page.check('label:has-text("Steget vidare")');
	await page.fill('#password', 'Sju sjösjuka sjömän');
	await Promise.all([page.waitForNavigation(), page.click('#user-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Användaren är tillagd.');
	assert.ok((await page.textContent('#user-karin')).includes('Registrerare'));

	let karin = await anonymous();
	await karin.page.goto('/login');
	await karin.page.fill('#user', 'karin');
	await karin.page.fill('#password', 'Sju sjösjuka sjömän');
	await Promise.all([karin.page.waitForNavigation(), karin.page.click('#login-button')]);
	assert.equal(new URL(karin.page.url()).pathname, '/', 'karin logs in');
	assert.equal(await status(karin.page, '/deltagare/ny'), 200);

	await page.goto('/anvandare/karin');
	await pagePasses(page, "a user's page", 'anvandare-karin.png');
	await Promise.all([page.waitForNavigation(), page.click('#disable-user')]);
	await pagePasses(page, 'the confirmation before turning off', 'anvandare-stang-av.png');
	await Promise.all([page.waitForNavigation(), page.click('#disable-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Användaren är avstängd.');
	await karin.page.goto('/');
	assert.equal(new URL(karin.page.url()).pathname, '/login', 'her session has ended');
	await karin.context.close();

	await Promise.all([page.waitForNavigation(), page.click('#enable-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Användaren kan logga in igen.');
	// Another role: Styrelseledamot, without interventions.
	await page.selectOption('#role', { label: 'Styrelseledamot' });
	await page.uncheck('label:has-text("Steget vidare")');
	await Promise.all([page.waitForNavigation(), page.click('#user-edit-submit')]);
	assert.ok((await page.textContent('#user-summary')).includes('Styrelseledamot, aktiv'));

	karin = await anonymous();
	await karin.page.goto('/login');
	await karin.page.fill('#user', 'karin');
	await karin.page.fill('#password', 'Sju sjösjuka sjömän');
	await Promise.all([karin.page.waitForNavigation(), karin.page.click('#login-button')]);
	assert.equal(new URL(karin.page.url()).pathname, '/', 'karin logs in again');
	assert.equal(await status(karin.page, '/deltagare/ny'), 403, 'as a board member now');
	await karin.context.close();
	assert.deepEqual(errors, []);
	await context.close();
});

test('the small-cell setting moves the annual report', async () => {
	const { context, page, errors } = await login('admin');
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	assert.ok((await page.content()).includes('&lt;5'), 'small groups shown as <5');
	await page.goto('/installningar');
	await pagePasses(page, 'the settings page', 'installningar.png');
	await page.fill('#min-cell', '1');
	await submit(page, '#settings-submit');
	assert.ok(await page.isVisible('#min-cell-error'));
	await pagePasses(page, 'the settings page with an error', 'installningar-fel.png');
	await page.fill('#min-cell', '8');
	await Promise.all([page.waitForNavigation(), page.click('#settings-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Inställningen är sparad.');
	await page.goto(`/rapporter/arsredovisning/${YEAR}`);
	const html = await page.content();
	assert.ok(html.includes('&lt;8') && !html.includes('&lt;5'), 'small groups shown as <8');
	assert.deepEqual(errors, []);
	await context.close();
});

test('a register extract by personal identity number, and the purge asks first', async () => {
	const { context, page, errors } = await login('admin');
	const pnr = '199001011239';
	await page.goto('/deltagare/ny');
	await page.fill('#code', 'U900');
	await page.fill('#pnr', pnr);
	await page.selectOption('#sex', 'man');
	await page.fill('#born', '1990');
	await page.selectOption('#insats', { label: 'Steget vidare' });
	await page.fill('#date', `${YEAR}-03-03`);
	await page.selectOption('#education', 'gymnasial');
	await page.selectOption('#support_before', 'försörjningsstöd');
	await page.selectOption('#time_in_support', 'ingen');
	await Promise.all([page.waitForNavigation(), page.click('#participant-submit')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Deltagaren är registrerad.');

	await page.goto('/registerutdrag');
	await pagePasses(page, 'the register page', 'registerutdrag.png');
	assert.equal(await page.getAttribute('#pnr', 'autocomplete'), 'off');
	await page.fill('#pnr', '19900101-1238');
	await submit(page, '#extract-submit');
	assert.ok(await page.isVisible('#pnr-error'), 'a wrong check digit');
	assert.equal(await page.inputValue('#pnr'), '', 'the number is not written back');
	assert.ok(!(await page.content()).includes('1238'));
	await pagePasses(page, 'the register page with an error', 'registerutdrag-fel.png');
	await page.fill('#pnr', pnr);
	await Promise.all([page.waitForNavigation(), page.click('#extract-submit')]);
	const extract = await page.content();
	assert.ok(extract.includes('U900') && extract.includes('Steget vidare'), 'the extract');
	assert.ok(!extract.includes('0101123'), 'without the number');
	await pagePasses(page, 'the extract', 'registerutdrag-visa.png');
	// To be forgotten: asked first, and refused while she is enrolled.
	await Promise.all([page.waitForNavigation(), page.click('#anonymise-submit')]);
	await pagePasses(page, 'the confirmation before making anonymous', 'avidentifiera.png');
	await submit(page, '#anonymise-confirm');
	assert.ok((await page.textContent('#error-summary')).includes('fortfarande inskriven'));
	await pagePasses(page, 'a refused anonymisation', 'avidentifiera-fel.png');

	await page.goto('/registerutdrag');
	await page.fill('#before', `${YEAR}-01-01`);
	await Promise.all([page.waitForNavigation(), page.click('#purge-submit')]);
	await pagePasses(page, 'the purge confirmation', 'rensa.png');
	await Promise.all([page.waitForNavigation(), page.click('#purge-confirm')]);
	assert.equal((await page.textContent('#notice')).trim(), 'Deltagarna är avidentifierade.');
	await page.goto('/logg');
	const log = await page.content();
	assert.ok(log.includes('registerutdrag') && log.includes('avidentifierade'));
	assert.ok(!log.includes('0101123'), 'the number is not in the log');
	assert.deepEqual(errors, []);
	await context.close();
});

test('the registrar, the board and the auditor are refused the director\'s pages', async () => {
	const pages = ['/insatser/ny', '/insatser/2/andra', '/insatser/2/avsluta', '/insatser/2/ta-bort',
		       '/anvandare', '/anvandare/anna', '/installningar', '/registerutdrag'];
	for (const role of ['registrar', 'board', 'auditor']) {
		const { context, page } = await login(role);
		for (const p of pages)
			assert.equal(await status(page, p), 403, `${role} ${p}`);
		const menu = await page.textContent('#menu');
		assert.ok(!menu.includes('Inställningar') && !menu.includes('Registerutdrag'), `${role}'s menu`);
		await page.goto('/insatser/2');
		assert.equal(await page.isVisible('#edit-insats'), false, `${role}: no link to change it`);
		await context.close();
	}
});
