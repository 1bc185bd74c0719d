import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { pickRole } from './support/checks';
import { watch } from './support/watch';
import { balanceJob, MESSAGES, placesJob, regelingenJob, type Journey } from './support/journeys';
import { waitForServiceWorkerControl } from './support/pages';
import { backToList, openScheme } from './support/results';

/*
 * The carer from issue #15: 67, caring 20 hours a week for his wife, who has dementia, for three
 * years, never a break. Offline after the first load, he walks the balance check, the regelingen
 * check and help nearby, and finds respite, carer support, a dementia casemanager and the Wmo for
 * his wife, each with a way to reach it.
 */

test.use({ viewport: { width: 360, height: 740 } });

const carer: Journey = {
	role: 'mantelzorger',
	order: ['balance', 'regelingen', 'places'],
	balance: { money: 'sometimes', obligations: 'light', care: 'lot', careHours: '20-40', careDuration: '1-5-years', careHeaviness: 'too-heavy', careBreak: 'never', careCombine: 'no-work-school', health: 'little', housing: 'none', lifeEvents: 'no', energy: 'little', rest: 'rarely', people: 'some', arranging: 'mostly', languageDigital: 'mostly' },
	regelingen: {
		livesInDordrecht: { choose: 'yes' },
		age: { type: '67' },
		partner: { choose: 'yes' },
		partnerAge: { type: '66' },
		children: { shortcut: 'none' },
		otherAdults: { shortcut: 'none' },
		netMonthlyIncome: { type: '2300' },
		alreadyReceives: { tick: ['zorgtoeslag'] },
		savingsAboveLimit: { choose: 'no' },
		ownsHome: { choose: 'no' },
		rentPerMonth: { type: '750' },
		hasDebts: { choose: 'no' },
		// Pre-filled from the balance check (20-40 hours, 1-5 years); the details are his wife's.
		care: { confirm: { hours: '20', longer: 'yes', place: 'yes' }, details: { dementia: 'yes', helpAtHome: 'no' } },
		fullAow: { choose: 'yes' }
	},
	place: { wijk: 'Binnenstad' },
	need: 'mantelzorg',
	likely: 'respijtzorg'
};

test('a mantelzorger of someone with dementia finds respite, carer support, a casemanager and the Wmo, offline', async ({ page, context, baseURL }) => {
	test.setTimeout(180_000);
	const m = MESSAGES.nl;
	const seen = watch(context, baseURL);
	await page.goto('/nl/');
	await waitForServiceWorkerControl(page);
	await context.setOffline(true);
	await page.reload();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await pickRole(page, 'mantelzorger');

	// 1. Balance: the respite and mantelzorg steps point to the schemes and to mantelzorg places.
	await balanceJob(page, 'nl', carer);
	for (const id of ['respite', 'mantelzorg-support']) {
		const step = page.getByTestId(`step-${id}`);
		await expect(step.locator('a[href="/nl/regelingen/"]')).toBeVisible();
		await expect(step.locator('a[href="/nl/hulp-in-de-buurt/mantelzorg/"]')).toBeVisible();
	}

	// 2. Regelingen: the care page asks about his wife; the four schemes show, each with a way in.
	await regelingenJob(page, 'nl', carer);
	const hint = (id: string) => page.locator(`#regeling-${id}`);
	for (const id of ['respijtzorg', 'mantelzorgondersteuning', 'casemanager-dementie']) await expect(hint(id)).toHaveAttribute('data-verdict', 'likely');
	await expect(hint('wmo-ondersteuning')).toHaveAttribute('data-verdict', 'maybe');
	// Each has its own page: a way to reach it (a website to apply, a helper's site or phone), and
	// the Wmo and the casemanager say they are for his wife; the Wmo explains the talk and the contribution with its year.
	const schemes = m.regelingen.scheme as Record<string, { name: string; howToApply: string }>;
	for (const id of ['respijtzorg', 'mantelzorgondersteuning', 'casemanager-dementie', 'wmo-ondersteuning']) {
		await expect(hint(id).getByTestId('scheme-link')).toHaveText(schemes[id]!.name);
		const block = await openScheme(page, id);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(schemes[id]!.name);
		await expect(block.locator('a[href^="http"], a[href^="tel:"]').first()).toBeVisible();
		await expect(block.getByText(schemes[id]!.howToApply)).toBeVisible();
		if (id === 'respijtzorg') {
			await expect(block.getByTestId('about-cared-for')).toHaveCount(0);
			await expect(block.getByTestId('verdict')).toContainText(m.regelingen.verdict.likely);
		} else if (id === 'wmo-ondersteuning' || id === 'casemanager-dementie') {
			await expect(block.getByTestId('about-cared-for')).toHaveText(m.regelingen.result.forCaredFor);
		}
		if (id === 'wmo-ondersteuning') {
			await expect(block.getByTestId('verdict')).toContainText(m.regelingen.verdictCaredFor.maybe);
			// A maybe says what keeps it open (the talk with the wijkteam), and what he can do about it.
			await expect(block.getByTestId('maybe-causes')).toContainText('keukentafelgesprek');
			await expect(block.getByTestId('maybe-causes')).toContainText(m.regelingen.detail.cause.uncheckable.split('{{')[0]!);
			await expect(block.getByTestId('reasons')).toContainText('In 2025 was dat');
			await expectNoAxeViolations(page);
		}
		if (id === 'casemanager-dementie') await expect(block.getByTestId('reasons')).toContainText(m.regelingen.reason.caredForDementia);
		await backToList(page);
	}
	await expectNoAxeViolations(page);
	// The care page keeps what he said about his wife, and is accessible with the extra questions open.
	await page.goto('/nl/regelingen/vraag/care/');
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.locator('#dementie')).toBeChecked();
	await expect(page.locator('#hulp-thuis-no')).toBeChecked();
	await expect(page.getByTestId('care-dementia')).toContainText(m.regelingen.care.dementiaLegend);
	await expectNoAxeViolations(page);

	// 3. Help nearby: mantelzorg first, with respite (helpmijzorgen) and the carers' support.
	await placesJob(page, 'nl', carer);
	const rows = page.getByTestId('place-row');
	for (const id of ['helpmijzorgen-dordrecht', 'mee-mantelzorg']) await expect(page.locator(`[data-place-id="${id}"]`)).toBeVisible();
	// A place from a 2019 source with status unknown is kept for the data keepers, not shown as open.
	await expect(page.locator('[data-place-id="tobe-inloop-ouderen-geheugen"]')).toHaveCount(0);
	await expect(page.locator('[data-place-id="helpmijzorgen-dordrecht"]').getByTestId('website-link')).toHaveAttribute('href', 'https://www.helpmijzorgen.nl/dordrecht');
	expect(await rows.count()).toBeGreaterThan(1);

	expect(seen).toEqual({ foreign: [], csp: [], missing: [] });
});
