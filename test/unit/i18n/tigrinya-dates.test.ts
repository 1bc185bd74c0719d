import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatTime, formatWeekday } from '../../../src/lib/i18n/format';
import { weekdayName } from '../../../src/lib/places/hours';

// Many phones' Intl has no Tigrinya data ("2025 M07 1"); these must not depend on it.
const MONTHS = ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'];
const WEEKDAYS = ['ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም', 'ሰንበት'];

describe('Tigrinya dates', () => {
	MONTHS.forEach((month, i) => {
		const iso = `2025-${String(i + 1).padStart(2, '0')}-01`;
		it(`writes ${iso} as "1 ${month} 2025"`, () => {
			expect(formatDate(iso, 'ti')).toBe(`1 ${month} 2025`);
		});
	});

	it('keeps Dordrecht\'s calendar day for a Date near midnight', () => {
		// 23:30 UTC on 31 December is already 1 January in Dordrecht.
		expect(formatDate(new Date(Date.UTC(2025, 11, 31, 23, 30)), 'ti')).toBe('1 ጥሪ 2026');
	});

	it('never prints an "M07"-style fallback', () => {
		expect(formatDate('2025-07-31', 'ti')).not.toMatch(/M\d/);
	});
});

describe('Tigrinya weekdays in opening hours', () => {
	const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
	days.forEach((day, i) => {
		it(`names ${day} ${WEEKDAYS[i]}`, () => {
			expect(weekdayName(day, 'ti-ER')).toBe(WEEKDAYS[i]);
			expect(formatWeekday(i, 'ti')).toBe(WEEKDAYS[i]);
		});
	});

	it('still asks Intl for the other languages', () => {
		expect(weekdayName('mon', 'nl-NL')).toBe('maandag');
		expect(weekdayName('sun', 'en-GB', 'short')).toBe('Sun');
	});
});

describe('Tigrinya lists and times', () => {
	it('joins unknown facts the CLDR Tigrinya way', () => {
		expect(formatList(['ኣድራሻ', 'ስልኪ', 'ሰዓታት'], 'ti')).toBe('ኣድራሻ፣ ስልኪን ሰዓታትን');
		expect(formatList(['ኣድራሻ'], 'ti')).toBe('ኣድራሻ');
		// No suffix glued to a Latin name ("Hulplijn Dordtን"): "and also" instead.
		expect(formatList(['BelastingTelefoon', 'Hulplijn Dordt', 'Sociaal Wijkteam Dordrecht'], 'ti')).toBe(
			"BelastingTelefoon፣ Hulplijn Dordt ከምኡ'ውን Sociaal Wijkteam Dordrecht"
		);
		expect(formatList(['adres', 'telefoon'], 'nl')).toBe('adres en telefoon');
	});

	it('keeps the 24-hour clock of the sources', () => {
		expect(formatTime('13:30', 'ti')).toBe('13:30');
		expect(formatTime('09:05', 'ti')).toBe('09:05');
	});
});
