import { localeFor, type LangCode } from './locales';
import { TIGRINYA_WEEKDAYS, tigrinyaDate, tigrinyaList } from './tigrinya';

/**
 * Money, numbers and dates always go through Intl with the language's own locale, so a
 * Polish reader sees "1 234,50 €" and a Dutch reader "€ 1.234,50".
 *
 * A browser without data for a locale silently uses its own default language instead. For
 * numbers that is harmless only if the fallback is fixed: `intlLocales` adds en-GB, whose
 * digits and separators match Tigrinya's ("€1,234.50"). Words (months, weekdays, "and")
 * have no safe fallback, so Tigrinya gets its own (./tigrinya.ts).
 */
const NUMBER_FALLBACK = 'en-GB';

function intlLocales(lang: LangCode): string[] {
	return [localeFor(lang).intl, NUMBER_FALLBACK];
}
export function formatMoney(amount: number, lang: LangCode, options: { cents?: boolean } = {}): string {
	const cents = options.cents ?? !Number.isInteger(amount);
	return new Intl.NumberFormat(intlLocales(lang), {
		style: 'currency',
		currency: 'EUR',
		currencyDisplay: 'narrowSymbol',
		minimumFractionDigits: cents ? 2 : 0,
		maximumFractionDigits: cents ? 2 : 0
	}).format(amount);
}

export function formatNumber(value: number, lang: LangCode, maximumFractionDigits = 1): string {
	return new Intl.NumberFormat(intlLocales(lang), { maximumFractionDigits }).format(value);
}

/** A calendar date (no time) such as a source date: "1 juli 2025". */
export function formatDate(date: Date | string, lang: LangCode): string {
	const value = typeof date === 'string' ? parseIsoDate(date) : date;
	if (lang === 'ti') {
		const { day, month, year } = amsterdamDate(value);
		return tigrinyaDate(day, month - 1, year);
	}
	return new Intl.DateTimeFormat(localeFor(lang).intl, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Amsterdam'
	}).format(value);
}

let amsterdamParts: Intl.DateTimeFormat | undefined;

/** Day, month (1–12) and year of an instant on Dordrecht's calendar. */
function amsterdamDate(value: Date): { day: number; month: number; year: number } {
	amsterdamParts ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'numeric', year: 'numeric' });
	const parts = Object.fromEntries(amsterdamParts.formatToParts(value).map((p) => [p.type, Number(p.value)]));
	return { day: parts.day ?? 0, month: parts.month ?? 0, year: parts.year ?? 0 };
}

/**
 * A weekday's name, Monday = 0 ("maandag", "الاثنين", "ሰኑይ"). Takes the Intl locale, as the
 * places code passes it; a Tigrinya locale ("ti", "ti-ER") uses our own names.
 */
export function formatWeekday(mondayIndex: number, intlLocale: string, style: 'long' | 'short' = 'long'): string {
	if (intlLocale.split('-')[0] === 'ti') {
		const name = TIGRINYA_WEEKDAYS[style][mondayIndex];
		if (name === undefined) throw new Error(`No weekday ${mondayIndex}`);
		return name;
	}
	// 2024-01-01 was a Monday; noon UTC keeps the date the same in every time zone.
	const date = new Date(Date.UTC(2024, 0, 1 + mondayIndex, 12));
	return new Intl.DateTimeFormat(intlLocale, { weekday: style, timeZone: 'UTC' }).format(date);
}

/** Items that each hold a comma already ("ma 09:00 – 12:00; di …"), with the language's own semicolon. */
export function formatSemicolonList(items: readonly string[], lang: LangCode): string {
	const separator = lang === 'ar' ? '؛ ' : lang === 'ti' ? '፤ ' : '; ';
	return items.join(separator);
}

/**
 * "adres, telefoon en tijden" in the reader's language. When an item holds a comma itself
 * ("Werk, school en taken"), commas between the items would blur where one ends: then the items
 * are separated with the language's semicolon instead, as style guides do.
 */
export function formatList(items: readonly string[], lang: LangCode): string {
	if (items.length > 1 && items.some((item) => /[,،፣]/.test(item))) return formatSemicolonList(items, lang);
	if (lang === 'ti') return tigrinyaList(items);
	return new Intl.ListFormat(localeFor(lang).intl, { type: 'conjunction' }).format(items);
}

/**
 * A clock time such as an opening hour: "09:00", "17:30" in every language. The 24-hour clock
 * with Western digits, as the door signs and letters in Dordrecht write it, also in Arabic
 * (whose own default is "5:30 م"): a person can match the time on screen with the one on the
 * door. A browser without a language's data falls back to en-GB, also 24-hour.
 */
export function formatTime(hhmm: string, lang: LangCode): string {
	const [h, m] = hhmm.split(':').map(Number);
	const value = new Date(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0));
	return new Intl.DateTimeFormat(intlLocales(lang), {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: 'UTC'
	}).format(value);
}

/** Parses "2025-07-01" as noon UTC, so the calendar day is the same in every time zone. */
export function parseIsoDate(iso: string): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): ${iso}`);
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

/**
 * Wraps a phone number, postcode or amount in Unicode left-to-right isolates (LRI … PDI), so
 * it keeps its own order inside a right-to-left sentence: "اتصل بـ 0800-2000" must not turn
 * into "2000-0800".
 */
export function ltr(text: string): string {
	return `\u2066${text}\u2069`;
}

/**
 * A phone number on screen, left-to-right (ltr), never broken at a hyphen where the digits it
 * joins fit a line: "Bel 0800-" at the end of one line and "2000" on the next reads as two
 * numbers. Such a hyphen ("0800-2000", "078-200 10 79") becomes a non-breaking hyphen; nine
 * characters fit a line even at 320 px with 200% text. A longer run ("078-2001079") keeps its
 * hyphen as a break point, and spaces stay too: at 200% text a whole number can be wider than the
 * line, and a break there beats splitting digits apart.
 * Not for copied or shared text (summary/text.ts): there a dialler must read the plain characters.
 */
export function phoneOnScreen(phone: string): string {
	return ltr(phone.replace(/(\d+)-(\d+)/g, (run, before: string, after: string) => (run.length <= FITS_A_LINE ? `${before}\u2011${after}` : run)));
}

/** Characters of a number that fit one line at 320 px with 200% text (layout.e2e.ts). */
const FITS_A_LINE = 9;
