import { localeFor, type LangCode } from './locales';

/**
 * Money, numbers and dates always go through Intl with the language's own locale, so a
 * Polish reader sees "1 234,50 €" and a Dutch reader "€ 1.234,50".
 */
export function formatMoney(amount: number, lang: LangCode, options: { cents?: boolean } = {}): string {
	const cents = options.cents ?? !Number.isInteger(amount);
	return new Intl.NumberFormat(localeFor(lang).intl, {
		style: 'currency',
		currency: 'EUR',
		currencyDisplay: 'narrowSymbol',
		minimumFractionDigits: cents ? 2 : 0,
		maximumFractionDigits: cents ? 2 : 0
	}).format(amount);
}

export function formatNumber(value: number, lang: LangCode, maximumFractionDigits = 1): string {
	return new Intl.NumberFormat(localeFor(lang).intl, { maximumFractionDigits }).format(value);
}

/** A calendar date (no time) such as a source date: "1 juli 2025". */
export function formatDate(date: Date | string, lang: LangCode): string {
	const value = typeof date === 'string' ? parseIsoDate(date) : date;
	return new Intl.DateTimeFormat(localeFor(lang).intl, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Amsterdam'
	}).format(value);
}

/** A clock time such as an opening hour, "09:00" → "09:00" / "9:00 AM" per language. */
export function formatTime(hhmm: string, lang: LangCode): string {
	const [h, m] = hhmm.split(':').map(Number);
	const value = new Date(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0));
	return new Intl.DateTimeFormat(localeFor(lang).intl, {
		hour: '2-digit',
		minute: '2-digit',
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
