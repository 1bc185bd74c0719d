/*
 * Tigrinya calendar words, written out because many browsers (Chrome on Android among them)
 * ship Intl without Tigrinya data and then print "2025 M07 1" or an English weekday.
 * The names follow CLDR's Tigrinya (ti) data, except May: we use ግንቦት, the form in common
 * Eritrean use and in older CLDR; CLDR 48 spells it ጉንበት.
 */

/** January first. */
export const TIGRINYA_MONTHS = ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ግንቦት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'] as const;

/** Monday first, like the app's DAYS. */
export const TIGRINYA_WEEKDAYS = {
	long: ['ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም', 'ሰንበት'],
	short: ['ሰኑ', 'ሰሉ', 'ረቡ', 'ሓሙ', 'ዓር', 'ቀዳ', 'ሰን']
} as const;

/** CLDR's Tigrinya long date, "d MMMM y": "1 ሓምለ 2025". */
export function tigrinyaDate(day: number, monthIndex: number, year: number): string {
	const month = TIGRINYA_MONTHS[monthIndex];
	if (month === undefined) throw new Error(`No month ${monthIndex}`);
	return `${day} ${month} ${year}`;
}

/** Ends in a Ge'ez letter, so the suffix -ን can join it (not "Hulplijn Dordtን"). */
const endsInGeez = (item: string) => /[\u1200-\u135A]$/u.test(item);

/**
 * CLDR's Tigrinya list: "ሀ፣ ለን ሐን" (the last two take -ን). A suffix is never glued to a Latin
 * name (#17), so when one of the last two is a name such as "Hulplijn Dordt" the list says
 * "ሀ፣ ለ ከምኡ'ውን Dordt" ("and also") instead.
 */
export function tigrinyaList(items: readonly string[]): string {
	if (items.length < 2) return items.join('');
	const head = items.slice(0, -2);
	const [last2, last] = items.slice(-2) as [string, string];
	const tail = endsInGeez(last2) && endsInGeez(last) ? `${last2}ን ${last}ን` : `${last2} ከምኡ'ውን ${last}`;
	return [...head, tail].join('፣ ');
}
