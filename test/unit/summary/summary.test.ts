import { describe, expect, it } from 'vitest';
import ar from '../../../messages/ar.json';
import nl from '../../../messages/nl.json';
import { nextSteps } from '../../../src/lib/balance/advice';
import { scoreBalance } from '../../../src/lib/balance/score';
import { createTranslator, type Messages } from '../../../src/lib/i18n/translator';
import { listFor } from '../../../src/lib/places/nearby';
import { originFromPc4 } from '../../../src/lib/places/origin';
import { MANTELZORG_SCHEME_IDS, MANTELZORG_STEP_IDS } from '../../../src/lib/journey/ordering';
import { buildSummary, isEmpty, MAX_STEPS, PLACES_PER_NEED } from '../../../src/lib/summary/summary';
import { MAX_NEEDS } from '../../../src/lib/summary/needs';
import { summaryText, walkInLines, worthLine, worthText } from '../../../src/lib/summary/text';
import type { Place } from '../../../src/lib/places/schema';
import { formatDate } from '../../../src/lib/i18n/format';
import type { Hint } from '../../../src/lib/regelingen/types';
import { amountLine } from '../../../src/lib/regelingen/present';
import { uniform, valueWithPoints } from '../balance/helpers';
import { day, household } from '../regelingen/fixtures';

const on = day('2025-08-01');
const t = createTranslator('nl', nl as Messages);
const tAr = createTranslator('ar', ar as Messages);
const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
/** Money weighs heavily, little help: out of balance, with money help and food steps. */
const heavyMoney = { ...uniform(1, 1), money: valueWithPoints('money', 3), people: valueWithPoints('people', 0) };
/** A single parent on a low income (the e2e household): kindtegoed and Dordtpas are likely. */
const parent = household({ children: [7, 13], netMonthlyIncome: 1200, rentPerMonth: 650 });
const origin = originFromPc4('3311');

describe('buildSummary', () => {
	it('is empty when nothing was filled in: no balance, no schemes, no needs', () => {
		const s = buildSummary({ balance: {}, regelingen: {}, origin: null }, on);
		expect(isEmpty(s)).toBe(true);
		expect(s).toMatchObject({ balance: null, schemes: null, papers: [], needs: [] });
		expect(summaryText(s, t, 'nl')).toContain(nl.summary.balance.empty);
		expect(summaryText(s, t, 'nl')).toContain(nl.summary.schemes.empty);
	});

	it('half-finished regelingen answers count as not filled in', () => {
		expect(buildSummary({ balance: {}, regelingen: { livesInDordrecht: true, age: 30 }, origin: null }, on).schemes).toBeNull();
	});

	it('balance only: the same result and first steps as the result page, places by need without distance', () => {
		const s = buildSummary({ balance: heavyMoney, regelingen: {}, origin: null }, on);
		const result = scoreBalance(heavyMoney);
		expect(s.balance?.result).toEqual(result);
		expect(s.balance?.steps).toEqual(nextSteps(result, heavyMoney).slice(0, MAX_STEPS));
		expect(s.schemes).toBeNull();
		const categories = s.needs.map((n) => n.category);
		expect(categories).toContain('money');
		expect(new Set(categories).size).toBe(categories.length);
		for (const need of s.needs) {
			expect(need.places.length).toBeGreaterThan(0);
			expect(need.places.length).toBeLessThanOrEqual(PLACES_PER_NEED);
			expect(need.places.every((p) => p.distance.kind === 'unknown')).toBe(true);
		}
	});

	it('all three: likely before maybe, no unlikely, papers once, nearest places first', () => {
		const s = buildSummary({ balance: heavyMoney, regelingen: parent, origin }, on);
		const verdicts = s.schemes?.map((h) => h.verdict) ?? [];
		expect(verdicts).toContain('likely');
		expect(verdicts.every((v) => v === 'likely' || v === 'maybe')).toBe(true);
		expect(verdicts.indexOf('maybe') === -1 || verdicts.lastIndexOf('likely') < verdicts.indexOf('maybe')).toBe(true);
		expect(s.schemes?.map((h) => h.id)).toEqual(expect.arrayContaining(['kindtegoed', 'dordtpas']));
		expect(new Set(s.papers).size).toBe(s.papers.length);
		expect(s.helpers.length).toBeGreaterThan(0);
		expect(s.helpers.every((h) => h.phone)).toBe(true);
		expect(new Set(s.helpers.map((h) => h.id)).size).toBe(s.helpers.length);
		const money = s.needs.find((n) => n.category === 'money');
		expect(money?.places.map((p) => p.place.id)).toEqual(listFor(origin, 'money').slice(0, PLACES_PER_NEED).map((p) => p.place.id));
		expect(money?.places[0]?.distance.kind).not.toBe('unknown');
		expect(money?.places[0]?.open.state).toMatch(/open|closed|unknown|stale/);
	});

	it('a mantelzorger gets mantelzorg first, as in every job: steps, schemes and places', () => {
		// Money weighs heavily, care quite a lot (not overburdened): without the role, money help comes first.
		const caring = { ...heavyMoney, care: valueWithPoints('care', 3), careHours: 'over-40', careDuration: 'over-5-years', careHeaviness: 'heavy', careBreak: 'sometimes', careCombine: 'hard' };
		const carer = household({ ...parent, care: { hoursPerWeek: 40, longerThan3Months: true, caredForInDordrecht: true } });
		const input = { balance: caring, regelingen: carer, origin };
		const self = buildSummary(input, on);
		const mantelzorger = buildSummary({ ...input, role: 'mantelzorger' }, on);
		expect(MANTELZORG_STEP_IDS).not.toContain(self.balance?.steps[0]?.id);
		expect(MANTELZORG_STEP_IDS).toContain(mantelzorger.balance?.steps[0]?.id);
		expect(MANTELZORG_SCHEME_IDS).not.toContain(self.schemes?.[0]?.id);
		// The likely carer schemes lead, in their fixed order (respite first).
		expect(mantelzorger.schemes?.slice(0, 3).map((h) => h.id)).toEqual(['respijtzorg', 'mantelzorgondersteuning', 'mantelzorgwaardering']);
		expect(self.needs[0]?.category).not.toBe('mantelzorg');
		expect(mantelzorger.needs[0]?.category).toBe('mantelzorg');
		// Only the order changes: the same schemes, and a helper sees the self order.
		expect(new Set(mantelzorger.schemes?.map((h) => h.id))).toEqual(new Set(self.schemes?.map((h) => h.id)));
		expect(buildSummary({ ...input, role: 'helper' }, on).schemes).toEqual(self.schemes);
	});

	it('needs from the likely schemes come up even without a balance check, the first ones first', () => {
		const s = buildSummary({ balance: {}, regelingen: parent, origin: null }, on);
		const likely = (s.schemes ?? []).filter((h) => h.verdict === 'likely');
		const fromLikely = [...new Set(likely.flatMap((h) => (h.placeCategory ? [h.placeCategory] : [])))];
		expect(fromLikely.length).toBeGreaterThan(0);
		expect(s.needs.map((n) => n.category)).toEqual(fromLikely.slice(0, MAX_NEEDS));
	});
});

describe('summaryText', () => {
	const s = buildSummary({ balance: heavyMoney, regelingen: parent, origin }, on);
	const text = strip(summaryText(s, t, 'nl'));

	it('holds the key facts: state, steps, schemes with worth, papers, places with address and phone', () => {
		expect(text).toContain(nl.balance.result.state[s.balance!.result.state].title);
		expect(text).toContain(t(s.balance!.steps[0]!.titleKey));
		expect(text).toContain(nl.regelingen.scheme.kindtegoed.name);
		expect(text).toContain(nl.regelingen.scheme.dordtpas.name);
		expect(text).toMatch(/Waarde: €\s800 per jaar/);
		expect(text).toContain(nl.regelingen.papers[s.papers[0] as keyof typeof nl.regelingen.papers]);
		const place = s.needs[0]!.places[0]!.place;
		expect(text).toContain(place.name);
		if (place.phone) expect(text).toContain(place.phone);
		if (place.address.street) expect(text).toContain(place.address.street);
		for (const helper of s.helpers) expect(text).toContain(`${helper.name}: ${helper.phone}`);
		expect(text).toContain('1 augustus 2025');
	});

	it('speaks about the person helped when a helper filled it in', () => {
		const helped = buildSummary({ balance: heavyMoney, regelingen: parent, origin, role: 'helper' }, on);
		const state = nl.balance.result.state[helped.balance!.result.state];
		const helperText = strip(summaryText(helped, t, 'nl'));
		expect(helperText).toContain(state.titleThird);
		expect(helperText).toContain(state.textThird);
		expect(helperText).not.toContain(state.title);
		expect(helperText).toContain(nl.summary.balance.titleThird.toLocaleUpperCase('nl'));
		// Filled in by the person themselves, the first-person words stay.
		expect(text).toContain(state.title);
		expect(strip(summaryText(buildSummary({ balance: {}, regelingen: {}, origin: null, role: 'helper' }, on), t, 'nl'))).toContain(nl.summary.balance.emptyThird);
	});

	it('has no link to a server with data in it, only the places’ own websites', () => {
		for (const url of text.match(/https?:\/\/\S+/g) ?? []) expect(url).not.toMatch(/[?#]/);
	});

	it('speaks the page language', () => {
		const arabic = summaryText(s, tAr, 'ar');
		expect(arabic).toContain(ar.summary.title);
		expect(arabic).toContain(ar.regelingen.scheme.kindtegoed.explain);
		expect(arabic).not.toContain(nl.summary.title);
	});
});

describe('worth with its date and its marks', () => {
	const base = buildSummary({ balance: {}, regelingen: parent, origin: null }, on).schemes!.find((h) => h.amount)!;
	const amount = { value: 800, period: 'year' as const, asOf: '2023-01-01', upTo: false, outdated: false, countsInTotal: true, computed: false };
	const make = (over: Partial<Hint>, a: Partial<typeof amount> & { estimated?: boolean } = {}): Hint => ({ ...base, outdated: false, figureDate: '2023-01-01', ...over, amount: { ...amount, ...a } });
	const plain = (x: string | null) => strip(x ?? '').replace(/[\u00a0\u202f]/g, ' ');
	const text = (h: Hint) => plain(worthText(t, h, 'nl'));

	it('an amount says the date it holds for: "€ 800 per jaar (bedrag van 1 januari 2023)"', () => {
		expect(text(make({}))).toBe('€ 800 per jaar (bedrag van 1 januari 2023)');
	});

	it('"tot" and "schatting" as the hint carries them, worded as on the result list (amountLine)', () => {
		expect(text(make({}, { upTo: true }))).toBe('Tot € 800 per jaar (bedrag van 1 januari 2023)');
		expect(text(make({}, { estimated: true, computed: true }))).toBe('Ongeveer € 800 per jaar (schatting, bedrag van 1 januari 2023)');
		const estimate = make({}, { estimated: true, computed: true });
		expect(text(estimate)).toBe(plain(amountLine(t, estimate, 'nl', { date: 'always' }) ?? ''));
	});

	it('an old amount says it may be different now; an old limit is named with its date', () => {
		expect(text(make({ outdated: true }, { outdated: true }))).toBe('€ 800 per jaar (bedrag van 1 januari 2023). Dit bedrag kan nu anders zijn.');
		expect(text(make({ outdated: true, figureDate: '2022-01-01' }))).toBe(
			'€ 800 per jaar (bedrag van 1 januari 2023). Bedrag of grens van 1 januari 2022. Dit kan nu anders zijn.'
		);
		// No amount but an old limit: the line still says so.
		expect(plain(worthLine(t, { ...make({ outdated: true, figureDate: '2024-01-01' }), amount: null, askWho: null }, 'nl'))).toBe(
			'Bedrag of grens van 1 januari 2024. Dit kan nu anders zijn.'
		);
		expect(worthLine(t, { ...make({}), amount: null, askWho: null }, 'nl')).toBeNull();
	});

	it('the shared text keeps the date and mark of each amount, as the page does', () => {
		// In 2026 the toeslagen are estimated with that year's rules.
		const s = buildSummary({ balance: {}, regelingen: parent, origin: null }, day('2026-03-01'));
		const shared = strip(summaryText(s, t, 'nl'));
		for (const hint of s.schemes ?? []) {
			if (!hint.amount) continue;
			expect(shared).toContain(strip(worthText(t, hint, 'nl') ?? ''));
			expect(shared).toContain(formatDate(hint.amount.asOf, 'nl'));
		}
		expect(s.schemes?.some((h) => h.amount?.estimated)).toBe(true);
		expect(shared).toMatch(/\(schatting, bedrag van \d/);
	});
});

describe('walkInLines', () => {
	const at = (days: string[], from = '09:00', to = '12:00') => days.map((day) => ({ day, from, to }));
	const place = (regular: { day: string; from: string; to: string }[]) => ({ schedule: { regular, raw: null, note: null }, status: 'active' }) as unknown as Place;
	const plain = (lines: string[]) => lines.map((l) => strip(l).replace(/[\u00a0\u202f]/g, ' '));

	it('three or more days in a row with the same hours share one line', () => {
		expect(plain(walkInLines(t, place(at(['mon', 'tue', 'wed', 'thu', 'fri'])), 'nl'))).toEqual(['maandag tot en met vrijdag: 09:00 – 12:00']);
	});

	it('two days, a gap or other hours keep their own lines', () => {
		const lines = plain(walkInLines(t, place([...at(['mon', 'tue']), ...at(['thu']), ...at(['fri'], '13:00', '16:00')]), 'nl'));
		expect(lines).toEqual(['maandag: 09:00 – 12:00', 'dinsdag: 09:00 – 12:00', 'donderdag: 09:00 – 12:00', 'vrijdag: 13:00 – 16:00']);
	});
});
