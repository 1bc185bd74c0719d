import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatMoney, formatNumber, formatSemicolonList, formatTime, ltr, parseIsoDate, phoneOnScreen } from '../../../src/lib/i18n/format';

// Intl output contains narrow no-break spaces; normalise them so expectations stay readable.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
	it('writes euros the way each language does', () => {
		expect(plain(formatMoney(12345.5, 'nl'))).toBe('€ 12.345,50');
		expect(plain(formatMoney(12345.5, 'en'))).toBe('€12,345.50');
		expect(plain(formatMoney(12345.5, 'pl'))).toBe('12 345,50 €');
		expect(plain(formatMoney(12345.5, 'uk'))).toBe('12 345,50 €');
		expect(plain(formatMoney(12345.5, 'tr'))).toBe('€12.345,50');
	});

	it('uses Western digits in Arabic, so amounts match Dutch letters and forms', () => {
		expect(formatMoney(300, 'ar')).toMatch(/300/);
		expect(formatMoney(300, 'ar')).not.toMatch(/[٠-٩]/);
	});

	it('drops cents for whole amounts unless asked', () => {
		expect(plain(formatMoney(300, 'nl'))).toBe('€ 300');
		expect(plain(formatMoney(300, 'nl', { cents: true }))).toBe('€ 300,00');
	});
});

describe('formatNumber and formatTime', () => {
	it('uses the language decimal mark', () => {
		expect(formatNumber(1.5, 'nl')).toBe('1,5');
		expect(formatNumber(1.5, 'en')).toBe('1.5');
	});

	it('formats a clock time without shifting it', () => {
		expect(formatTime('09:00', 'nl')).toBe('09:00');
		expect(formatTime('13:30', 'nl')).toBe('13:30');
	});
});

describe('formatDate', () => {
	it('writes the calendar date of an ISO date in each language', () => {
		expect(formatDate('2025-07-01', 'nl')).toBe('1 juli 2025');
		expect(formatDate('2025-07-01', 'en')).toBe('1 July 2025');
		expect(formatDate('2025-07-01', 'ar')).toMatch(/2025/);
	});

	it('rejects what is not an ISO date', () => {
		expect(() => parseIsoDate('1-7-2025')).toThrow(/ISO date/);
	});
});

describe('ltr', () => {
	it('isolates a phone number for right-to-left text', () => {
		expect(ltr('0800-2000')).toBe('\u20660800-2000\u2069');
	});
});

describe('formatSemicolonList', () => {
	it("separates with the language's own semicolon: Arabic ؛ and Ge'ez ፤, never a Latin one there", () => {
		expect(formatSemicolonList(['a, b', 'c'], 'nl')).toBe('a, b; c');
		expect(formatSemicolonList(['أ', 'ب'], 'ar')).toBe('أ؛ ب');
		expect(formatSemicolonList(['ሀ', 'ለ'], 'ti')).toBe('ሀ፤ ለ');
		expect(formatSemicolonList(['only'], 'ar')).toBe('only');
	});
});

describe('formatList', () => {
	it('joins the way the language does', () => {
		expect(formatList(['Geld', 'Gezondheid', 'Zorg voor iemand'], 'nl')).toBe('Geld, Gezondheid en Zorg voor iemand');
		expect(formatList(['Money', 'Health'], 'en')).toBe('Money and Health');
	});
	it('uses semicolons when an item holds a comma itself, so the items stay apart', () => {
		expect(formatList(['Geld', 'Werk, school en taken', 'Zorg voor iemand'], 'nl')).toBe('Geld; Werk, school en taken; Zorg voor iemand');
		expect(formatList(['المال', 'العمل، المدرسة والمهام'], 'ar')).toBe('المال؛ العمل، المدرسة والمهام');
		expect(formatList(['ገንዘብ', 'ስራሕ፣ ትምህርቲ'], 'ti')).toBe('ገንዘብ፤ ስራሕ፣ ትምህርቲ');
		expect(formatList(['Werk, school en taken'], 'nl')).toBe('Werk, school en taken');
	});
});

describe('phoneOnScreen', () => {
	it('keeps digits joined by a hyphen together (non-breaking hyphen), inside a left-to-right isolate', () => {
		expect(phoneOnScreen('0800-2000')).toBe('\u20660800\u20112000\u2069');
		expect(phoneOnScreen('078-200 10 79')).toBe('\u2066078\u2011200 10 79\u2069');
		expect(phoneOnScreen('112')).toBe(ltr('112'));
	});
	it('leaves a run too long for one line its hyphen to break at: at 200% text it may not fit', () => {
		expect(phoneOnScreen('078-2001079')).toBe(ltr('078-2001079'));
	});
});
