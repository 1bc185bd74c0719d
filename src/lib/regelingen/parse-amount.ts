import { westernDigits } from '../i18n/digits';

/**
 * Reads a euro amount as people type it on a phone, in any of the app's languages.
 *
 * Rules (tested in test/unit/regelingen/parse-amount.test.ts):
 * - Accepted: "1234", "1234,56", "1234.56", "1.234,56", "1,234.56", "1 234", "€ 1.234", "1234,-",
 *   Arabic-Indic (٣٠٠٠) and Persian (۳۰۰۰) digits, and the Arabic decimal (٫) and thousands (٬) signs.
 * - When both "." and "," appear, the last one is the decimal sign and the other groups thousands.
 * - One separator followed by 1 or 2 digits is the decimal sign ("12,5" = 12.50).
 * - One separator followed by exactly 3 digits, with 1–3 digits before it ("1.234", "1,234"):
 *   read as thousands (1234). The decimal reading (1.234 euro) would have three decimals, which a
 *   euro amount never has, so only one reading is plausible. It is "ambiguous" only when both
 *   readings are plausible: a leading "0" ("0,500" = 500? or 0.50?).
 * - Thousands groups must be 3 digits ("12.34.567" is not a number).
 * - Rejected: empty, text, a minus sign ("negative"), more than 100000 ("tooLarge": far more than
 *   any monthly income or rent this app asks about).
 */
export type ParseAmountResult =
	| { ok: true; value: number }
	| { ok: false; reason: 'empty' | 'notANumber' | 'negative' | 'tooLarge' | 'ambiguous' };

export const MAX_AMOUNT = 100000;

const fail = (reason: Extract<ParseAmountResult, { ok: false }>['reason']): ParseAmountResult => ({ ok: false, reason });

function finish(value: number): ParseAmountResult {
	if (!Number.isFinite(value)) return fail('notANumber');
	if (value > MAX_AMOUNT) return fail('tooLarge');
	return { ok: true, value: Math.round(value * 100) / 100 };
}

/** Digits with only "." and "," left: decides which is the decimal sign. */
function readSeparators(s: string): ParseAmountResult {
	const dots = s.split('.').length - 1;
	const commas = s.split(',').length - 1;
	if (dots === 0 && commas === 0) return finish(Number(s));
	if (dots > 0 && commas > 0) {
		const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
		const group = decimal === '.' ? ',' : '.';
		const [whole, fraction, ...rest] = s.split(decimal);
		if (rest.length > 0 || fraction === undefined || !/^\d{1,2}$/.test(fraction)) return fail('notANumber');
		if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole as string)) return fail('notANumber');
		return finish(Number(`${(whole as string).split(group).join('')}.${fraction}`));
	}
	const sep = dots > 0 ? '.' : ',';
	const parts = s.split(sep);
	if (parts.length > 2) {
		// Several of the same sign: only thousands grouping makes sense.
		return /^\d{1,3}$/.test(parts[0] as string) && parts.slice(1).every((p) => /^\d{3}$/.test(p))
			? finish(Number(parts.join('')))
			: fail('notANumber');
	}
	const [whole, fraction] = parts as [string, string];
	if (!/^\d+$/.test(whole)) return fail('notANumber');
	if (fraction === '') return finish(Number(whole));
	if (/^\d{1,2}$/.test(fraction)) return finish(Number(`${whole}.${fraction}`));
	if (/^\d{3}$/.test(fraction)) {
		if (/^0+$/.test(whole)) return fail('ambiguous');
		return /^[1-9]\d{0,2}$/.test(whole) ? finish(Number(whole + fraction)) : fail('notANumber');
	}
	return fail('notANumber');
}

export function parseAmount(input: string): ParseAmountResult {
	let s = westernDigits(input.normalize('NFKC'))
		.replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
		.trim()
		.replace(/^(€|eur|euro)\s*/i, '')
		.replace(/\s*(€|eur|euro)$/i, '')
		.trim();
	if (s === '') return fail('empty');
	if (/^[-\u2212\u2013]/.test(s)) return /\d/.test(s) ? fail('negative') : fail('notANumber');
	s = s.replace(/^\+/, '').replace(/[.,]-{1,2}$/, '');
	// Spaces may group thousands: "1 234" or "12 345,67".
	if (s.includes(' ')) {
		if (!/^\d{1,3}( \d{3})+([.,\u066b]\d{1,2})?$/.test(s)) return fail('notANumber');
		s = s.replace(/ /g, '');
	}
	// Arabic separators: ٬ groups thousands, ٫ is the decimal sign.
	if (/[\u066b\u066c]/.test(s)) {
		if (/[.,]/.test(s)) return fail('notANumber');
		const match = /^(\d{1,3}(?:\u066c\d{3})*|\d+)(?:\u066b(\d{1,2}))?$/.exec(s);
		if (!match) return fail('notANumber');
		return finish(Number(`${(match[1] as string).replace(/\u066c/g, '')}.${match[2] ?? '0'}`));
	}
	if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return fail('notANumber');
	return readSeparators(s);
}
