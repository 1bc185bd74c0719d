import type { Source } from '../data/source';
import type { HelperId } from './helpers-schema';
import type { Period, PlaceCategory, Scheme, SchemeId } from './schemes-schema';

export type Verdict = 'likely' | 'maybe' | 'unlikely' | 'unknown';
export const VERDICTS: readonly Verdict[] = ['likely', 'maybe', 'unlikely', 'unknown'];

export type ReasonValue = number | string;

/**
 * Why a verdict came out as it did: a message key under regelingen.reason.* and its values.
 * Money values are plain numbers (euro), dates ISO strings: the UI formats them per language,
 * using reasonValueKind() to know which is which.
 */
export interface Reason {
	key: string;
	values?: Record<string, ReasonValue>;
}

/** Value names that hold euro amounts in reason values. */
export const MONEY_VALUE_NAMES: ReadonlySet<string> = new Set([
	'limit', 'income', 'rent', 'maxRent', 'assetLimit', 'leefgeld', 'norm', 'incomeLimit', 'yearIncome',
	'hourlyDagopvang', 'hourlyBso', 'hourlyGastouder', 'normLimit', 'homeEquity', 'amount', 'capacity', 'yearCapacity', 'tax', 'part', 'contribution'
]);

/**
 * How the UI should format a reason value: money (formatMoney), an ISO date ("…Date": formatDate),
 * a calendar year ("year": as is, no thousands sign) or a plain number (formatNumber).
 */
export function reasonValueKind(name: string): 'money' | 'date' | 'year' | 'number' {
	if (MONEY_VALUE_NAMES.has(name)) return 'money';
	if (name.endsWith('Date')) return 'date';
	if (name === 'year') return 'year';
	return 'number';
}

export interface HintAmount {
	value: number;
	period: Period;
	/** The date the figure holds from (ISO). */
	asOf: string;
	/** "up to": the real amount may be lower. */
	upTo: boolean;
	/** The screening date is past the figure's validity: show "bedrag van {date}". */
	outdated: boolean;
	/** Counted in "together roughly … per year". */
	countsInTotal: boolean;
	/** Computed by the app (bijstand top-up, toeslag estimates), not quoted by a source. */
	computed: boolean;
	/** A toeslag estimate with the statutory formula (estimates.ts): shown as "ongeveer … (schatting)". */
	estimated?: boolean;
}

export interface Hint {
	id: SchemeId;
	scope: Scheme['scope'];
	benefit: Scheme['benefit'];
	verdict: Verdict;
	reasons: Reason[];
	/** null: no amount (a service or discount), or the amount is not known — then see askWho. */
	amount: HintAmount | null;
	/** Who to ask for the amount when it is money and unknown; null otherwise. */
	askWho: HelperId | null;
	/** Date of the oldest figure used that is past its validity, or else of the main figure used. */
	figureDate: string | null;
	/** A figure used is older than the date screened for; near a limit this made the verdict "maybe". */
	outdated: boolean;
	helpers: HelperId[];
	apply: Scheme['apply'];
	placeCategory?: PlaceCategory;
	/** Set when the household cares for someone and the scheme is for the person cared for. */
	aboutCaredFor?: true;
	sources: Source[];
	/** The household said it already gets this scheme: shown as received, not advised, not in the total. */
	alreadyReceived: boolean;
	/** What keeps the verdict open (a "don't know" answer, a rule the app cannot check, a limit close by): why "maybe". */
	openChecks: OpenCheck[];
}

/**
 * One reason a verdict is not yet sure, and so what the person can do about it:
 * missing – an answer was "weet ik niet" (answer it); uncheckable – the organisation checks it
 * when you apply; near – close to a limit whose figure is old (apply anyway, they work it out).
 */
export interface OpenCheck {
	status: 'missing' | 'uncheckable' | 'near';
	reason: Reason;
}

/** How many times an amount comes in a year (a one-off amount counts once). */
export const PER_YEAR: Readonly<Record<Period, number>> = { year: 1, month: 12, quarter: 4, once: 1 };
