import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/lib/regelingen/parse-amount';

const ok = (input: string, value: number) => it(`reads ${JSON.stringify(input)} as ${value}`, () => expect(parseAmount(input)).toEqual({ ok: true, value }));
const no = (input: string, reason: string) => it(`rejects ${JSON.stringify(input)}: ${reason}`, () => expect(parseAmount(input)).toEqual({ ok: false, reason }));

describe('parseAmount accepts', () => {
	ok('1234', 1234);
	ok('1234,56', 1234.56);
	ok('1234.56', 1234.56);
	ok('1.234,56', 1234.56);
	ok('1,234.56', 1234.56);
	ok('1 234', 1234);
	ok('1\u00a0234,50', 1234.5);
	ok('€ 1.234', 1234);
	ok('1234 EUR', 1234);
	ok('1234,-', 1234);
	ok('12,5', 12.5);
	ok('0', 0);
	ok('٣٠٠٠', 3000);
	ok('۳۰۰۰', 3000);
	ok('١٬٢٣٤٫٥٦', 1234.56);
	ok('٣٠٠٫٥', 300.5);
	ok('100000', 100000);
	ok('2.500', 2500);
	ok('2,500', 2500);
});

describe('parseAmount: one separator with three digits after it', () => {
	// Rule: thousands, because a euro amount never has three decimals; ambiguous only with a leading 0.
	ok('1.234', 1234);
	ok('1,234', 1234);
	no('0,500', 'ambiguous');
	no('0.750', 'ambiguous');
	no('1234.567', 'notANumber');
});

describe('parseAmount rejects', () => {
	no('', 'empty');
	no('   ', 'empty');
	no('€', 'empty');
	no('-50', 'negative');
	no('−50', 'negative');
	no('abc', 'notANumber');
	no('12a', 'notANumber');
	no('1.2.3', 'notANumber');
	no('12.34.567', 'notANumber');
	no('12 34', 'notANumber');
	no('1,2345', 'notANumber');
	no('100000,01', 'tooLarge');
	no('1.000.000', 'tooLarge');
});
