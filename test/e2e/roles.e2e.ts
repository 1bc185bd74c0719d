import { expect, test } from '@playwright/test';
import nl from '../../messages/nl.json' with { type: 'json' };
import { expectNoAxeViolations } from './support/axe';
import { appStorage, pickRole, sharedPayloads, stubSharing } from './support/checks';
import { watch } from './support/watch';
import { categoryName, h1, JOURNEYS, MESSAGES, RUN_JOB, schemeName, stateTitle } from './support/journeys';
import { hydrated } from './support/hydration';
import { waitForServiceWorkerControl } from './support/pages';

/*
 * The three kinds of people, each end to end through all three jobs to the overzicht, in Dutch
 * and in Arabic (right to left), offline from the first tap: only the very first page load is
 * online, to install the app. Each role takes the jobs in a different order (support/journeys.ts),
 * so pre-filling is walked both ways. At the end, everything is wiped and checked gone.
 */

test.use({ viewport: { width: 360, height: 740 } });

for (const lang of ['nl', 'ar'] as const) {
	for (const j of JOURNEYS) {
		test(`${lang}, ${j.role}: ${j.order.join(' → ')} → overzicht, offline, then wiped`, async ({ page, context, baseURL }) => {
			test.setTimeout(180_000);
			const m = MESSAGES[lang];
			const seen = watch(context, baseURL);
			await stubSharing(page, true);

			// Installed online once; from here on the phone has no network.
			await page.goto(`/${lang}/`);
			await waitForServiceWorkerControl(page);
			await context.setOffline(true);
			await page.reload();
			await hydrated(page);
			await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
			await pickRole(page, j.role);
			if (j.role !== 'self') await expect(page.getByTestId(`${j.role}-note`)).toBeVisible();

			for (const job of j.order) await RUN_JOB[job](page, lang, j);

			// The last job's result page links to the overzicht. A reload proves it is the phone's own copy.
			await page.getByTestId('summary-link').click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/overzicht/$`));
			await page.reload();
			await expect(h1(page)).toHaveText(m.summary.title);
			await expect(page.getByTestId('summary-intro')).toHaveText(j.role === 'helper' ? m.summary.introHelper : m.summary.intro);
			const balance = page.getByTestId('summary-balance');
			await expect(balance).toContainText(stateTitle(m, j));
			await expect(balance.locator('h2')).toHaveText(j.role === 'helper' ? m.summary.balance.titleThird : m.summary.balance.title);
			await expect(page.getByTestId(`summary-scheme-${j.likely}`)).toContainText(schemeName(m, j.likely));
			await expect(page.getByTestId('summary-no-origin')).toHaveCount(0);
			await expect(page.getByTestId('summary-place').first()).toBeVisible();
			// The places part follows the need chosen in help nearby, not every kind of place.
			await expect(page.getByTestId('summary-need')).toHaveCount(1);
			await expect(page.getByTestId('summary-need')).toHaveAttribute('data-need', j.need);
			if (j.role === 'mantelzorger') {
				// Mantelzorg first here too: the first scheme and the first need.
				await expect(page.getByTestId('summary-schemes').locator('[data-testid^="summary-scheme-"]').first()).toHaveAttribute('data-testid', 'summary-scheme-respijtzorg');
				await expect(page.getByTestId('summary-places').locator('h3').first()).toHaveText(categoryName(m, 'mantelzorg'));
			}
			// A Dutch copy for the desk on every page that is not Dutch, in every role.
			const withDutch = lang !== 'nl';
			await expect(page.getByTestId('dutch-copy-toggle')).toHaveCount(withDutch ? 1 : 0);
			if (withDutch) {
				await page.getByTestId('dutch-copy-toggle').check();
				await expect(page.getByTestId('dutch-copy')).toHaveAttribute('lang', 'nl');
				await expect(page.getByTestId('dutch-copy')).toContainText(schemeName(nl, j.likely));
			}
			await expectNoAxeViolations(page);

			// Print: the summary without the app around it; the hand-over button stays off paper.
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.site-header')).toBeHidden();
			await expect(page.getByTestId('share')).toBeHidden();
			await expect(page.getByTestId(`summary-scheme-${j.likely}`).first()).toBeVisible();
			if (j.role === 'helper') await expect(page.getByTestId('helper-done')).toBeHidden();
			await page.emulateMedia({ media: 'screen' });

			// Share: the text in the page's language (and the Dutch copy for the desk), no link.
			await page.getByTestId('share').click();
			await expect.poll(async () => (await sharedPayloads(page)).length).toBe(1);
			const [shared] = await sharedPayloads(page);
			expect(shared?.title).toBe(m.summary.title);
			expect(shared?.text).toContain(schemeName(m, j.likely));
			expect(shared?.url).toBeUndefined();
			if (withDutch) expect(shared?.text).toContain(schemeName(nl, j.likely));

			// Done: a helper's "Klaar — wis alles" sits on the overzicht; anyone has "Wis alles" in the header.
			if (j.role === 'helper') await page.getByTestId('helper-done').getByRole('button').click();
			else await page.getByTestId('wipe-open').click();
			await page.getByTestId('wipe-confirm').click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
			// A volunteer stays in helper mode for the next person (only the role is left, in this tab);
			// anyone else starts again as "voor mezelf", with nothing stored.
			const helper = j.role === 'helper';
			await expect(page.getByTestId('wiped')).toHaveText(helper ? m.journey.wipe.doneHelper : m.journey.wipe.done);
			expect(await appStorage(page)).toEqual({ session: helper ? ['hulpwijzer:role'] : [], local: [], databases: [], caches: [] });
			await expect(page.getByTestId(helper ? 'role-helper' : 'role-self')).toBeChecked();
			if (helper) await expect(page.getByTestId('helper-note')).toBeVisible();
			await page.getByTestId('summary-link').click();
			await expect(page.getByTestId('summary-balance')).toContainText(helper ? m.summary.balance.emptyThird : m.summary.balance.empty);
			await expect(page.getByTestId('summary-schemes')).toContainText(m.summary.schemes.empty);

			expect(seen.foreign).toEqual([]);
			expect(seen.csp).toEqual([]);
			expect(seen.missing).toEqual([]);
		});
	}
}

test.describe('negative control', () => {
	test.use({ serviceWorkers: 'block' });
	test('without the service worker the same first step offline fails', async ({ page, context }) => {
		await page.goto('/nl/');
		await context.setOffline(true);
		await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	});
});
