import { describe, expect, it } from 'vitest';
import { hoursRange, prefillBalance, prefillRegelingen } from '../../../src/lib/journey/prefill';

describe('prefillRegelingen (balance → regelingen)', () => {
	it('"no care" carries over as care: null', () => {
		expect(prefillRegelingen({ care: 'no' }, 'self')).toEqual({ care: null });
	});
	it('a mantelzorger who said "no care" gets no suggestion (the two disagree)', () => {
		expect(prefillRegelingen({ care: 'no' }, 'mantelzorger')).toEqual({});
	});
	it('care with hours and duration carries over, hours as the range lower bound', () => {
		expect(prefillRegelingen({ care: 'quite', careHours: '8-20', careDuration: '1-5-years' }, 'self')).toEqual({ care: { hoursPerWeek: 8, longerThan3Months: true, caredForInDordrecht: null } });
		expect(prefillRegelingen({ care: 'lot', careHours: 'over-40', careDuration: 'under-3-months' }, 'helper')).toEqual({ care: { hoursPerWeek: 40, longerThan3Months: false, caredForInDordrecht: null } });
	});
	it('under 8 hours, a missing duration or skipped answers suggest nothing', () => {
		expect(prefillRegelingen({ care: 'little', careHours: 'under-8', careDuration: '1-5-years' }, 'self')).toEqual({});
		expect(prefillRegelingen({ care: 'little', careHours: '20-40' }, 'self')).toEqual({});
		expect(prefillRegelingen({ care: 'skipped', careHours: '20-40', careDuration: '1-5-years' }, 'self')).toEqual({});
		expect(prefillRegelingen({}, 'self')).toEqual({});
	});
	it('money worries never become a debts answer', () => {
		expect(prefillRegelingen({ money: 'always' }, 'self')).toEqual({});
		expect(prefillRegelingen({ money: 'none' }, 'self')).toEqual({});
	});
});

describe('prefillBalance (regelingen → balance)', () => {
	it('care: null → "no"', () => {
		expect(prefillBalance({ care: null })).toEqual({ care: 'no' });
	});
	it('hours map onto the ranges; short care gives the duration', () => {
		expect(prefillBalance({ care: { hoursPerWeek: 12, longerThan3Months: false, caredForInDordrecht: true } })).toEqual({ careHours: '8-20', careDuration: 'under-3-months' });
		expect(prefillBalance({ care: { hoursPerWeek: 50, longerThan3Months: true, caredForInDordrecht: true } })).toEqual({ careHours: 'over-40' });
	});
	it('nothing about care, or about debts and household, carries over', () => {
		expect(prefillBalance({ hasDebts: true, partner: true, children: [3] })).toEqual({});
	});
	it('hoursRange edges', () => {
		expect([0, 7.5, 8, 19.5, 20, 39, 40, 41].map(hoursRange)).toEqual(['under-8', 'under-8', '8-20', '8-20', '20-40', '20-40', 'over-40', 'over-40']);
	});
	it('round trip keeps the meaning', () => {
		const back = prefillBalance(prefillRegelingen({ care: 'quite', careHours: '20-40', careDuration: 'under-3-months' }, 'self') as never);
		expect(back).toEqual({ careHours: '20-40', careDuration: 'under-3-months' });
	});
});

