import type { Household } from '../../../src/lib/regelingen/household';
import type { Hint } from '../../../src/lib/regelingen/types';
import { screen } from '../../../src/lib/regelingen/screen';
import { RECEIVABLE } from '../../../src/lib/regelingen/answer-input';

const RECEIVABLE_IDS = RECEIVABLE.map((r) => r.id);

/** A single adult in Dordrecht with everything answered and nothing special. */
export function household(overrides: Partial<Household> = {}): Household {
	return {
		livesInDordrecht: true,
		age: 35,
		partner: false,
		partnerAge: null,
		children: [],
		netMonthlyIncome: 1000,
		savingsAboveLimit: false,
		rentPerMonth: 600,
		hasDebts: false,
		care: null,
		volunteering: null,
		fullAow: null,
		childcare: false,
		studentWithDisability: false,
		alreadyReceives: [],
		ownsHome: false,
		otherAdults: [],
		studentFinance: false,
		...overrides
	};
}

export const day = (iso: string): Date => new Date(`${iso}T12:00:00Z`);

export function hint(h: Household, id: string, on = '2025-08-01'): Hint {
	const found = screen(h, day(on)).find((x) => x.id === id);
	if (!found) throw new Error(`no hint ${id}`);
	return found;
}

export const keys = (x: Hint): string[] => x.reasons.map((r) => r.key.replace('regelingen.reason.', ''));

export { seededRandom as prng } from '../../support/prng';

/** Random but valid households, including "don't know" answers and edge ages. */
export function randomHousehold(rand: () => number): Household {
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
	const maybeNull = <T>(v: T, p = 0.15): T | null => (rand() < p ? null : v);
	const partner = rand() < 0.45;
	const kids = Math.floor(rand() * 4);
	const owns = pick([true, false, false, null]);
	return {
		livesInDordrecht: rand() < 0.8,
		age: Math.floor(rand() * 90) + 16,
		partner,
		partnerAge: partner ? maybeNull(Math.floor(rand() * 80) + 18, 0.1) : null,
		children: Array.from({ length: kids }, () => Math.floor(rand() * 25)),
		netMonthlyIncome: maybeNull(Math.round(rand() * 6000 * 100) / 100),
		savingsAboveLimit: pick([true, false, null]),
		rentPerMonth: owns ? null : maybeNull(Math.round(rand() * 1500), 0.3),
		hasDebts: pick([true, false, null]),
		care: rand() < 0.3 ? { hoursPerWeek: Math.floor(rand() * 40) + 1, longerThan3Months: rand() < 0.5, caredForInDordrecht: pick([true, false, null]) } : null,
		volunteering: rand() < 0.3 ? { hoursPerWeek: Math.floor(rand() * 12) + 1, months: Math.floor(rand() * 24) } : null,
		fullAow: pick([true, false, null]),
		childcare: rand() < 0.2,
		studentWithDisability: rand() < 0.1,
		alreadyReceives: RECEIVABLE_IDS.filter(() => rand() < 0.12),
		ownsHome: owns,
		otherAdults: Array.from({ length: rand() < 0.2 ? Math.floor(rand() * 3) + 1 : 0 }, () => Math.floor(rand() * 70) + 18),
		studentFinance: pick([true, false, false, false, null])
	};
}
