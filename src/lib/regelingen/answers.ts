import { neededQuestions, QUESTION_ORDER, type Household, type QuestionId } from './household';
import { LIMITS, plausibleHours } from './limits';

/**
 * What the person answered so far. A key that is missing was not answered yet; `null` is an
 * answer ("weet ik niet", "ik huur niet", "geen mantelzorg" …), exactly as in Household.
 * Kept in a SessionValue for the visit; read back by validateAnswers (no zod in the browser).
 */
export type Answers = Partial<Household>;

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isNum = (v: unknown, min: number, max: number, whole = false): v is number =>
	typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!whole || Number.isInteger(v));
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isHours = (v: unknown): boolean => typeof v === 'number' && plausibleHours(v);
const { age, childAge, adultAge, children, volunteeringMonths: months } = LIMITS;

/** The optional care details (about the person cared for): yes, no or not known; nothing else. */
const CARE_KEYS = ['hoursPerWeek', 'longerThan3Months', 'caredForInDordrecht', 'dementia', 'helpAtHome'];
const careDetailsOk = (v: Record<string, unknown>) =>
	Object.keys(v).every((k) => CARE_KEYS.includes(k)) && [v.dementia, v.helpAtHome].every((d) => d === undefined || d === null || isBool(d));

/** One checker per field: the same limits (limits.ts) as the question pages and householdSchema. */
const FIELD_OK: { [K in QuestionId]: (v: unknown) => boolean } = {
	livesInDordrecht: isBool,
	age: (v) => isNum(v, age.min, age.max, true),
	partner: isBool,
	partnerAge: (v) => v === null || isNum(v, age.min, age.max, true),
	children: (v) => Array.isArray(v) && v.length <= children.max && v.every((a) => isNum(a, childAge.min, childAge.max, true)),
	netMonthlyIncome: (v) => v === null || isNum(v, 0, 100000),
	savingsAboveLimit: (v) => v === null || isBool(v),
	rentPerMonth: (v) => v === null || isNum(v, 0, 100000),
	hasDebts: (v) => v === null || isBool(v),
	care: (v) =>
		v === null ||
		(isObj(v) && isHours(v.hoursPerWeek) && isBool(v.longerThan3Months) && (v.caredForInDordrecht === null || isBool(v.caredForInDordrecht)) && careDetailsOk(v)),
	volunteering: (v) => v === null || (isObj(v) && isHours(v.hoursPerWeek) && isNum(v.months, months.min, months.max, true) && Object.keys(v).length === 2),
	fullAow: (v) => v === null || isBool(v),
	childcare: isBool,
	studentWithDisability: isBool,
	// Scheme ids as strings: the list lives with the zod schemas (kept out of pages); an id that
	// matches no scheme simply marks nothing.
	alreadyReceives: (v) => Array.isArray(v) && v.length <= 60 && v.every((id) => typeof id === 'string' && /^[a-z-]{2,40}$/.test(id)) && new Set(v).size === v.length,
	ownsHome: (v) => v === null || isBool(v),
	otherAdults: (v) => Array.isArray(v) && v.length <= LIMITS.otherAdults.max && v.every((a) => isNum(a, adultAge.min, adultAge.max, true)),
	studentFinance: (v) => v === null || isBool(v)
};

/**
 * Reads answers back from storage. Fields that do not fit are dropped (asked again), the rest is
 * kept: one bad field never costs the person their other answers.
 */
export function validateAnswers(raw: unknown): Answers | null {
	if (!isObj(raw)) return null;
	const out: Record<string, unknown> = {};
	for (const q of QUESTION_ORDER) if (q in raw && FIELD_OK[q](raw[q])) out[q] = raw[q];
	return out as Answers;
}

/** What a question is set to when it is not asked (it does not matter for this household). */
const NOT_ASKED: { [K in QuestionId]?: Household[K] } = {
	partnerAge: null,
	fullAow: null,
	volunteering: null,
	childcare: false,
	studentWithDisability: false,
	// An owner pays no rent; someone under 21 has no kostendelers; from AOW age (or under 16) no student.
	rentPerMonth: null,
	otherAdults: [],
	studentFinance: false
};

/**
 * The household to screen: every needed question answered, the rest filled with "not asked".
 * Answers to questions that no longer matter (a partner's age after "no partner") are ignored.
 * null while a needed question is still open.
 */
export function toHousehold(a: Answers): Household | null {
	const needed = neededQuestions(a);
	const out: Record<string, unknown> = {};
	for (const q of QUESTION_ORDER) {
		if (needed.includes(q)) {
			if (!(q in a)) return null;
			out[q] = a[q];
		} else if (q in NOT_ASKED) {
			out[q] = NOT_ASKED[q];
		} else {
			return null;
		}
	}
	return out as unknown as Household;
}

/** Enough of a household to pick the savings limit (single, or with a partner or children). */
export function householdForLimit(a: Answers): Household {
	return { ...EMPTY, partner: a.partner ?? false, children: a.children ?? [] };
}

const EMPTY: Household = {
	livesInDordrecht: true, age: 30, partner: false, partnerAge: null, children: [], netMonthlyIncome: null, savingsAboveLimit: null,
	rentPerMonth: null, hasDebts: null, care: null, volunteering: null, fullAow: null, childcare: false, studentWithDisability: false,
	alreadyReceives: [], ownsHome: null, otherAdults: [], studentFinance: null
};
