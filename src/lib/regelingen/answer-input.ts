import type { CareAnswer, Household, QuestionId } from './household';
import { LIMITS, plausibleHours } from './limits';
import type { SchemeId } from './schemes-schema';
import { parseAmount } from './parse-amount';

/**
 * Turns what was typed or chosen on a question page into an answer, or into errors to show.
 * Pure (no DOM): the page passes the form's fields as strings. Each error names the id of the
 * input it belongs to, so the error summary can link to it, and a message key under regelingen.
 */

/** How a question is asked. */
export type FieldKind = 'yesNo' | 'yesNoUnknown' | 'age' | 'partnerAge' | 'amount' | 'rent' | 'children' | 'adults' | 'care' | 'volunteering' | 'received';

export const FIELD_KIND: Record<QuestionId, FieldKind> = {
	livesInDordrecht: 'yesNo',
	age: 'age',
	partner: 'yesNo',
	partnerAge: 'partnerAge',
	children: 'children',
	netMonthlyIncome: 'amount',
	savingsAboveLimit: 'yesNoUnknown',
	rentPerMonth: 'rent',
	hasDebts: 'yesNoUnknown',
	care: 'care',
	volunteering: 'volunteering',
	fullAow: 'yesNoUnknown',
	childcare: 'yesNo',
	studentWithDisability: 'yesNo',
	alreadyReceives: 'received',
	ownsHome: 'yesNoUnknown',
	otherAdults: 'adults',
	studentFinance: 'yesNoUnknown'
};

/**
 * The schemes offered under "what do you already get", in this order; `when` keeps the list to
 * what this household could have (children's schemes only with children, AIO only from AOW age).
 */
export const RECEIVABLE: readonly { id: SchemeId; when?: 'children' | 'belowAow' | 'atAow' }[] = [
	{ id: 'bijstand', when: 'belowAow' },
	{ id: 'aio-aanvulling', when: 'atAow' },
	{ id: 'huurtoeslag' },
	{ id: 'zorgtoeslag' },
	{ id: 'kinderbijslag', when: 'children' },
	{ id: 'kindgebonden-budget', when: 'children' },
	{ id: 'kinderopvangtoeslag', when: 'children' },
	{ id: 'dordtpas' },
	{ id: 'kwijtschelding' },
	{ id: 'kwijtschelding-waterschap' },
	{ id: 'persoonlijk-minimabudget', when: 'belowAow' },
	{ id: 'gemeentepolis' },
	{ id: 'kindtegoed', when: 'children' },
	{ id: 'individuele-studietoeslag', when: 'belowAow' },
	{ id: 'mantelzorgwaardering' },
	{ id: 'schuldhulp' }
];

/** The "already get" options for what is known of the household so far. */
export function receivableFor(a: { age?: number; children?: number[] }, aowAge: number): SchemeId[] {
	const hasChildren = (a.children ?? []).length > 0;
	const atAow = a.age !== undefined && a.age >= aowAge;
	return RECEIVABLE.filter((r) => r.when === undefined || (r.when === 'children' ? hasChildren : r.when === 'atAow' ? atAow || a.age === undefined : !atAow)).map((r) => r.id);
}

export interface InputError {
	/** id of the input (or first radio) the message belongs to. */
	id: string;
	/** Message key, e.g. 'regelingen.parse.notANumber'. */
	key: string;
	values?: Record<string, number>;
}

export type ReadResult = { ok: true; value: Household[QuestionId] } | { ok: false; errors: InputError[] };

/**
 * What the page sends: `choice` (radio: yes / no / unknown), `value` (the text box), `hours`,
 * `months`, `longer` (yes / no), `children` (one text per child) and `action` — the button pressed:
 * next, or a shortcut that is an answer in itself (dontKnow, notRenting, skip, none).
 */
export interface FieldInput {
	action?: 'next' | 'dontKnow' | 'notRenting' | 'skip' | 'none';
	choice?: string;
	/** Care: does the person cared for live in Dordrecht (yes / no / unknown). */
	place?: string;
	/** Ticked scheme ids ("what do you already get"). */
	received?: string[];
	value?: string;
	hours?: string;
	months?: string;
	longer?: string;
	children?: string[];
	/** The optional care details, one radio group each (yes / no / unknown, or nothing chosen). */
	dementia?: string;
	helpAtHome?: string;
}

/**
 * Optional questions about the person cared for, shown on the care page only after "yes, I care
 * for someone". Each is a yes / no / don't know radio group; skipping one leaves it out of the answer.
 * Message keys: regelingen.care.<detail>Legend (and …LegendThird in helper mode).
 */
export const CARE_DETAILS = ['dementia', 'helpAtHome'] as const;
export type CareDetail = (typeof CARE_DETAILS)[number];

/** Input ids used by the pages, so errors can point at them. */
export const INPUT_ID = {
	choice: 'antwoord', value: 'antwoord', hours: 'uren', months: 'maanden', longer: 'langer', place: 'woonplaats',
	child: (i: number) => `kind-${i + 1}`, adult: (i: number) => `volwassene-${i + 1}`,
	dementia: 'dementie', helpAtHome: 'hulp-thuis'
};

type Num = { ok: true; value: number } | { ok: false; key: string };

/** A whole number in a range (ages, months), read as leniently as amounts (Arabic-Indic digits too). */
export function parseWhole(text: string, min: number, max: number, rangeKey: string): Num {
	const read = parseAmount(text);
	if (!read.ok) return { ok: false, key: read.reason === 'empty' || read.reason === 'notANumber' ? `regelingen.error.${read.reason === 'empty' ? 'emptyNumber' : 'notANumber'}` : rangeKey };
	if (!Number.isInteger(read.value)) return { ok: false, key: 'regelingen.error.wholeNumber' };
	if (read.value < min || read.value > max) return { ok: false, key: rangeKey };
	return { ok: true, value: read.value };
}

/** Hours a week after "yes": more than 0 (0 hours means the answer is "no") and at most 168. */
function hoursFrom(text: string | undefined): Num {
	const read = parseAmount(text ?? '');
	if (!read.ok) return { ok: false, key: read.reason === 'empty' ? 'regelingen.error.emptyNumber' : 'regelingen.error.hours' };
	if (read.value === 0) return { ok: false, key: 'regelingen.error.hoursZero' };
	return plausibleHours(read.value) ? read : { ok: false, key: 'regelingen.error.hours' };
}

/** The numbers a range message names, so it says exactly what is checked. */
const RANGE_VALUES: Record<string, Record<string, number>> = {
	'regelingen.error.ageRange': LIMITS.age,
	'regelingen.error.childAge': LIMITS.childAge,
	'regelingen.error.hours': LIMITS.hoursPerWeek,
	'regelingen.error.months': LIMITS.volunteeringMonths,
	'regelingen.error.tooManyChildren': LIMITS.children,
	'regelingen.error.tooManyAdults': LIMITS.otherAdults
};

const inputError = (id: string, key: string, values?: Record<string, number>): InputError => {
	const all = { ...RANGE_VALUES[key], ...values };
	return Object.keys(all).length > 0 ? { id, key, values: all } : { id, key };
};

const fail = (id: string, key: string): ReadResult => ({ ok: false, errors: [inputError(id, key)] });

function yesNo(input: FieldInput, allowUnknown: boolean): ReadResult {
	if (input.choice === 'yes') return { ok: true, value: true };
	if (input.choice === 'no') return { ok: true, value: false };
	if (allowUnknown && input.choice === 'unknown') return { ok: true, value: null };
	return fail(INPUT_ID.choice, 'regelingen.error.chooseOne');
}

function amount(input: FieldInput, shortcut: FieldInput['action']): ReadResult {
	if (input.action === shortcut) return { ok: true, value: null };
	const read = parseAmount(input.value ?? '');
	return read.ok ? { ok: true, value: read.value } : fail(INPUT_ID.value, `regelingen.parse.${read.reason}`);
}

/** A list of ages: the children (0–30) or the other adults in the home (18–120). */
function ages(input: FieldInput, list: 'children' | 'adults'): ReadResult {
	if (input.action === 'none') return { ok: true, value: [] };
	const children = list === 'children';
	const id = children ? INPUT_ID.child : INPUT_ID.adult;
	const empty = children ? 'regelingen.error.childrenEmpty' : 'regelingen.error.adultsEmpty';
	const range = children ? 'regelingen.error.childAge' : 'regelingen.error.adultAge';
	const texts = input.children ?? [];
	if (texts.every((t) => t.trim() === '')) return fail(id(0), empty);
	const out: number[] = [];
	const errors: InputError[] = [];
	texts.forEach((text, i) => {
		const limit = children ? LIMITS.childAge : LIMITS.adultAge;
		const read = parseWhole(text, limit.min, limit.max, range);
		if (read.ok) out.push(read.value);
		else errors.push(inputError(id(i), text.trim() === '' ? (children ? 'regelingen.error.childAgeEmpty' : 'regelingen.error.adultAgeEmpty') : range, { n: i + 1 }));
	});
	// Said when it is typed: more than the limit would be dropped when read back.
	const max = (children ? LIMITS.children : LIMITS.otherAdults).max;
	if (texts.length > max) errors.push(inputError(id(max), children ? 'regelingen.error.tooManyChildren' : 'regelingen.error.tooManyAdults'));
	return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}

/** Ticked schemes; "none of these" is its own button, so nothing ticked with "Verder" asks again. */
function received(input: FieldInput): ReadResult {
	if (input.action === 'none') return { ok: true, value: [] };
	const known = new Set<string>(RECEIVABLE.map((r) => r.id));
	const ticked = [...new Set((input.received ?? []).filter((id) => known.has(id)))] as SchemeId[];
	return ticked.length > 0 ? { ok: true, value: ticked } : fail(INPUT_ID.choice, 'regelingen.error.chooseReceived');
}

function careOrVolunteering(input: FieldInput, kind: 'care' | 'volunteering'): ReadResult {
	if (input.choice === 'no') return { ok: true, value: null };
	if (input.choice !== 'yes') return fail(INPUT_ID.choice, 'regelingen.error.chooseOne');
	const errors: InputError[] = [];
	const hours = hoursFrom(input.hours);
	if (!hours.ok) errors.push(inputError(INPUT_ID.hours, hours.key));
	if (kind === 'care') {
		if (input.longer !== 'yes' && input.longer !== 'no') errors.push({ id: INPUT_ID.longer, key: 'regelingen.error.chooseLonger' });
		const place = input.place === 'yes' ? true : input.place === 'no' ? false : input.place === 'unknown' ? null : undefined;
		if (place === undefined) errors.push({ id: INPUT_ID.place, key: 'regelingen.error.choosePlace' });
		if (errors.length > 0 || !hours.ok || place === undefined) return { ok: false, errors };
		const care: CareAnswer = { hoursPerWeek: hours.value, longerThan3Months: input.longer === 'yes', caredForInDordrecht: place };
		for (const detail of CARE_DETAILS) {
			const choice = input[detail];
			if (choice === 'yes' || choice === 'no' || choice === 'unknown') care[detail] = choice === 'unknown' ? null : choice === 'yes';
		}
		return { ok: true, value: care };
	}
	const months = parseWhole(input.months ?? '', LIMITS.volunteeringMonths.min, LIMITS.volunteeringMonths.max, 'regelingen.error.months');
	if (!months.ok) errors.push(inputError(INPUT_ID.months, months.key));
	if (errors.length > 0 || !hours.ok || !months.ok) return { ok: false, errors };
	return { ok: true, value: { hoursPerWeek: hours.value, months: months.value } };
}

/** Reads one question's input. Never throws; unknown shapes become "choose an answer". */
export function readAnswer(field: QuestionId, input: FieldInput): ReadResult {
	switch (FIELD_KIND[field]) {
		case 'yesNo':
			return yesNo(input, false);
		case 'yesNoUnknown':
			return yesNo(input, true);
		case 'age': {
			const read = parseWhole(input.value ?? '', LIMITS.age.min, LIMITS.age.max, 'regelingen.error.ageRange');
			return read.ok ? read : fail(INPUT_ID.value, read.key);
		}
		case 'partnerAge': {
			if (input.action === 'skip') return { ok: true, value: null };
			const read = parseWhole(input.value ?? '', LIMITS.age.min, LIMITS.age.max, 'regelingen.error.ageRange');
			return read.ok ? read : fail(INPUT_ID.value, read.key);
		}
		case 'amount':
			return amount(input, 'dontKnow');
		case 'rent':
			return amount(input, 'notRenting');
		case 'children':
			return ages(input, 'children');
		case 'adults':
			return ages(input, 'adults');
		case 'received':
			return received(input);
		case 'care':
		case 'volunteering':
			return careOrVolunteering(input, FIELD_KIND[field]);
	}
}
