import { describe, expect, it } from 'vitest';
import { answerSummary, formatReasonValues, groupHints, yearlyValue } from '../../../src/lib/regelingen/present';
import { screen } from '../../../src/lib/regelingen/screen';
import { day, household } from './fixtures';
import { createTranslator } from '../../../src/lib/i18n/translator';
import nl from '../../../messages/nl.json' with { type: 'json' };
import ar from '../../../messages/ar.json' with { type: 'json' };

describe('results presentation', () => {
	it('formats reason values by kind: money, dates, years, numbers', () => {
		const v = formatReasonValues({ key: 'x', values: { limit: 1820.85, normDate: '2025-07-01', year: 2025, percent: 140 } }, 'nl');
		expect(v.limit).toBe('\u2066€\u00a01.820,85\u2069');
		expect(v.normDate).toBe('1 juli 2025');
		expect(v.year).toBe('2025');
		expect(v.percent).toBe('140');
	});
	it('groups by verdict, most valuable first, without losing any hint', () => {
		const hints = screen(household({ children: [7, 13], netMonthlyIncome: 1200 }), day('2025-08-01'));
		const groups = groupHints(hints);
		const all = [...groups.likely, ...groups.maybe, ...groups.unknown, ...groups.unlikely];
		expect(all.map((h) => h.id).sort()).toEqual(hints.map((h) => h.id).sort());
		for (const g of Object.values(groups)) for (let i = 1; i < g.length; i++) expect(yearlyValue(g[i - 1]!)).toBeGreaterThanOrEqual(yearlyValue(g[i]!));
		expect(groups.likely.map((h) => h.id)).toContain('kindtegoed');
	});
	it('gives an age as a number, so i18next can pick its plural form ("34 jaar", never a missing key)', () => {
		for (const [lang, messages] of [['nl', nl], ['ar', ar]] as const) {
			const line = answerSummary('age', { age: 34 }, lang)[0]!;
			// Outside the browser a missing message throws: a string count would find no plural form.
			const t = createTranslator(lang, messages as typeof nl);
			expect(t(line.key, line.values)).toContain('34');
		}
	});

	it('summarises answers for the check page', () => {
		expect(answerSummary('netMonthlyIncome', { netMonthlyIncome: null }, 'nl')).toEqual([{ key: 'regelingen.answer.dontKnow' }]);
		expect(answerSummary('rentPerMonth', { rentPerMonth: null }, 'nl')).toEqual([{ key: 'regelingen.answer.notRenting' }]);
		expect(answerSummary('children', { children: [3, 12] }, 'nl')[0]?.values?.ages).toBe('3, 12');
		expect(answerSummary('hasDebts', { hasDebts: true }, 'nl')).toEqual([{ key: 'regelingen.answer.yes' }]);
		expect(answerSummary('care', { care: { hoursPerWeek: 9, longerThan3Months: false, caredForInDordrecht: true } }, 'nl').map((l) => l.key)).toEqual([
			'regelingen.summary.hoursPerWeek',
			'regelingen.summary.shorterThan3Months',
			'regelingen.summary.caredForInDordrecht'
		]);
		expect(answerSummary('alreadyReceives', { alreadyReceives: ['bijstand', 'zorgtoeslag'] }, 'nl').map((l) => l.key)).toEqual(['regelingen.scheme.bijstand.name', 'regelingen.scheme.zorgtoeslag.name']);
		expect(answerSummary('alreadyReceives', { alreadyReceives: [] }, 'nl')).toEqual([{ key: 'regelingen.answer.none' }]);
		expect(answerSummary('otherAdults', { otherAdults: [30] }, 'nl')).toEqual([{ key: 'regelingen.summary.childAges', values: { ages: '30' } }]);
	});
});
