// The registrar's pages in a real browser: a participant and an enrolment
// corrected through their forms (errors beside their fields, the
// confirmation a date after today asks for), an exit made and undone with
// the protected statistics following, her intervention's year marked ready
// and seen by the administrator, the overview per role, and the board
// refused. Every new page, and every form showing errors, passes axe-core
// and fits a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { YEAR, login, pagePasses, startBrowser, status, stopBrowser } from './lib.mjs';

before(startBrowser);
after(stopBrowser);

// A count of the protected statistics: the row Totalt of the table captioned caption.
async function total(page, caption) {
	await page.goto(`/rapporter/deltagarstatistik/${YEAR}`);
	return page.evaluate(caption => {
		for (const t of document.querySelectorAll('table')) {
			const cap = t.querySelector('caption');
			if (!cap || cap.textContent.trim() !== caption)
				continue;
			for (const tr of t.querySelectorAll('tr'))
				if (tr.querySelector('th')?.textContent.trim() === 'Totalt')
					return tr.querySelector('td').textContent.trim();
		}
		return null;
	}, caption);
}

// The first enrolment link of a kind ('andra', 'angra-avslut', 'ta-bort') on the participant's page.
async function enrolmentLink(page, code, kind) {
	await page.goto(`/deltagare/${code}`);
	return page.evaluate(kind => {
		const a = [...document.querySelectorAll('#enrolments a')].find(a => a.getAttribute('href').endsWith(`/${kind}`));
		return a ? a.getAttribute('href') : null;
	}, kind);
}

test('the registrar corrects a participant, with the errors beside their fields', async () => {
	const { context, page, errors } = await login('registrar');
	await page.goto('/deltagare/N097');
	await pagePasses(page, 'the participant page', 'deltagare-sida.png');
	await Promise.all([page.waitForNavigation(), page.click('#edit-participant')]);
	await pagePasses(page, 'the participant form', 'deltagare-andra.png');
	await page.fill('#born', '19x0');
	await page.fill('#pnr', '200303121230');
	await Promise.all([page.waitForNavigation(), page.click('#participant-save')]);
	assert.ok(await page.isVisible('#born-error'), 'the year of birth is named beside its field');
	assert.ok(await page.isVisible('#error-summary'), 'and in the summary');
	assert.equal(await page.inputValue('#born'), '19x0', 'what was typed stays');
	assert.equal(await page.inputValue('#pnr'), '', 'but never the personal identity number');
	assert.ok(!(await page.content()).includes('200303121230'));
	await pagePasses(page, 'the participant form with an error', 'deltagare-andra-fel.png');

	await page.fill('#born', '2003');
	await page.selectOption('#education', 'eftergymnasial');
	await Promise.all([page.waitForNavigation(), page.click('#participant-save')]);
	assert.ok(await page.isVisible('#notice'), 'saved');
	assert.ok((await page.textContent('#participant')).includes('eftergymnasial'));
	assert.deepEqual(errors, []);
	await context.close();
});

test('an enrolment dated after today asks whether it is planned', async () => {
	const { context, page } = await login('registrar');
	const edit = await enrolmentLink(page, 'N097', 'andra');
	assert.ok(edit, 'a link to correct the enrolment');
	await page.goto(edit);
	await pagePasses(page, 'the enrolment form', 'inskrivning-andra.png');
	const was = await page.inputValue('#date');
	await page.fill('#date', '2099-01-01');
	await Promise.all([page.waitForNavigation(), page.click('#enrolment-save')]);
	assert.ok(await page.isVisible('#date-error'), 'the date is named beside its field');
	assert.ok(await page.isVisible('#planned'), 'a checkbox asks whether it is planned');
	assert.equal(await page.textContent('label[for=planned]'), 'Inskrivningen är planerad');
	assert.ok(!/--planned|finsam /.test(await page.content()), 'no command line in the message');
	await pagePasses(page, 'the enrolment form asking', 'inskrivning-planerad.png');
	// Not planned after all: the right date again.
	await page.fill('#date', was);
	await Promise.all([page.waitForNavigation(), page.click('#enrolment-save')]);
	assert.ok(await page.isVisible('#notice'), 'saved');
	await context.close();
});

test('an exit moves the statistics and undoing it moves them back', async () => {
	const { context, page } = await login('registrar');
	const before = Number(await total(page, 'Avslutade under året'));
	// N099 of Unga i arbete is enrolled without an exit (examples/deltagare.csv).
	await page.goto('/deltagare/N099');
	const form = page.locator('form.exit-form').first();
	assert.ok(await form.count(), 'an open enrolment to end');
	await form.locator('#exited').fill(`${YEAR}-11-30`);
	// Nothing is chosen beforehand: the reason must be chosen.
	assert.equal(await form.locator('#reason').inputValue(), '');
	await Promise.all([page.waitForNavigation(), form.locator('button').click()]);
	assert.ok(await page.isVisible('#reason-error'), 'the reason is asked for');
	await pagePasses(page, 'the exit form with an error', 'avslut-fel.png');
	const again = page.locator('form.exit-form').first();
	await again.locator('#reason').selectOption('arbete');
	await again.locator('#support_after').selectOption('lön');
	await Promise.all([page.waitForNavigation(), again.locator('button').click()]);
	assert.ok(await page.isVisible('#notice'));
	assert.equal(Number(await total(page, 'Avslutade under året')), before + 1, 'one more exited');

	const undo = await enrolmentLink(page, 'N099', 'angra-avslut');
	assert.ok(undo, 'a link to undo the exit');
	await page.goto(undo);
	await pagePasses(page, 'the undo confirmation', 'angra-avslut.png');
	await Promise.all([page.waitForNavigation(), page.click('#undo-exit-submit')]);
	assert.ok(await page.isVisible('#notice'));
	assert.equal(Number(await total(page, 'Avslutade under året')), before, 'back as it was');
	await context.close();

	const admin = await login('admin');
	await admin.page.goto('/logg');
	const log = await admin.page.content();
	assert.ok(log.includes('ångra avslut') && log.includes('rita'), 'the undo is logged with who did it');
	await admin.context.close();
});

test('the registrar marks her intervention ready and the administrator sees it', async () => {
	const { context, page } = await login('registrar');
	await page.goto(`/klar?year=${YEAR}`);
	await pagePasses(page, 'the ready page', 'klar.png');
	await page.selectOption('#insats', { label: 'Unga i arbete' });
	await Promise.all([page.waitForNavigation(), page.click('#ready-submit')]);
	assert.ok(await page.isVisible('#period-error'), 'the period is asked for');
	await pagePasses(page, 'the ready form with an error', 'klar-fel.png');
	await page.selectOption('#insats', { label: 'Unga i arbete' });
	await page.selectOption('#period', 'Helår');
	await Promise.all([page.waitForNavigation(), page.click('#ready-submit')]);
	assert.ok(await page.isVisible('#notice'));
	assert.ok(await page.isVisible('#unmark-2-annual'), 'she may take it back');
	await page.goto('/');
	assert.ok((await page.textContent('#role-overview')).includes('Deltagare att följa upp'));
	await pagePasses(page, 'the registrar\'s overview', 'oversikt-registrerare.png');
	await context.close();

	const admin = await login('admin');
	await admin.page.goto(`/klar?year=${YEAR}`);
	const text = await admin.page.textContent('#ready-list');
	assert.ok(/Unga i arbete\s*Helår\s*klar\s*rita/.test(text), `marked by rita: ${text}`);
	await admin.page.goto(`/?year=${YEAR}`);
	const overview = await admin.page.textContent('#role-overview');
	assert.ok(overview.includes('Kontroller') && overview.includes('Inte klarmarkerade'), overview);
	assert.ok(!/Unga i arbete: helår och/.test(overview), 'her Helår is no longer missing');
	await pagePasses(admin.page, 'the director\'s overview', 'oversikt-administrator.png');
	await admin.context.close();
});

test('a registration with errors, and removals after their confirmation', async () => {
	const { context, page } = await login('registrar');
	await page.goto('/deltagare');
	await pagePasses(page, 'the participant list', 'deltagare-lista.png');
	await page.goto('/deltagare/ny');
	await page.fill('#code', 'R001');
	await page.selectOption('#sex', 'man');
	await page.fill('#born', '2002');
	await page.selectOption('#insats', { label: 'Unga i arbete' });
	await page.fill('#date', `${YEAR}-04-01`);
	await page.selectOption('#education', 'gymnasial');
	await page.selectOption('#time_in_support', 'ingen');
	await Promise.all([page.waitForNavigation(), page.click('#participant-submit')]);
	assert.ok(await page.isVisible('#support_before-error'), 'the support before is asked for');
	await pagePasses(page, 'the registration with an error', 'registrering-valj.png');
	await page.selectOption('#support_before', 'försörjningsstöd');
	const enrolledBefore = Number(await (async () => {
		await Promise.all([page.waitForNavigation(), page.click('#participant-submit')]);
		assert.ok(await page.isVisible('#notice'), 'registered');
		return total(page, 'Inskrivna under året');
	})());

	// The enrolment was a mistake: removed after its confirmation page.
	const remove = await enrolmentLink(page, 'R001', 'ta-bort');
	assert.ok(remove);
	await page.goto(remove);
	await pagePasses(page, 'the removal confirmation', 'inskrivning-ta-bort.png');
	await Promise.all([page.waitForNavigation(), page.click('#remove-enrolment-submit')]);
	assert.ok(await page.isVisible('#notice'));
	assert.equal(Number(await total(page, 'Inskrivna under året')), enrolledBefore - 1, 'one fewer enrolled');
	// Without an enrolment in her interventions, the participant is no longer hers.
	assert.equal(await status(page, '/deltagare/R001'), 404);
	await context.close();

	const admin = await login('admin');
	await admin.page.goto('/deltagare/R001/ta-bort');
	await pagePasses(admin.page, 'the participant removal confirmation', 'deltagare-ta-bort.png');
	await Promise.all([admin.page.waitForNavigation(), admin.page.click('#remove-participant-submit')]);
	assert.ok(await admin.page.isVisible('#notice'));
	assert.equal(await status(admin.page, '/deltagare/R001'), 404, 'gone');
	await admin.context.close();
});

test('the board is refused the participants and the ready marks', async () => {
	const { context, page } = await login('board');
	for (const path of ['/deltagare', '/deltagare/N097', '/deltagare/N097/andra', '/klar'])
		assert.equal(await status(page, path), 403, path);
	const r = await context.request.post('/klar', { form: { insats: '2', year: String(YEAR), period: 'Helår' } });
	assert.equal(r.status(), 403);
	await page.goto('/');
	assert.equal(await page.locator('#role-overview').count(), 0, 'the board\'s overview is its figures');
	await context.close();
});
