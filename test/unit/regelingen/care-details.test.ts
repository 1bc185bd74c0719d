import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../src/lib/regelingen/answer-input';
import { validateAnswers } from '../../../src/lib/regelingen/answers';
import { carriedOverInput, initialInput } from '../../../src/lib/regelingen/field-setup';
import { answerSummary, verdictKey } from '../../../src/lib/regelingen/present';
import { orderHints } from '../../../src/lib/journey/ordering';

const base = { choice: 'yes', hours: '20', longer: 'yes', place: 'yes' };

describe('care details: dementia and help at home (optional)', () => {
	it('are read as yes / no / unknown, and left out when not chosen', () => {
		expect(readAnswer('care', { ...base, dementia: 'yes', helpAtHome: 'no' })).toEqual({ ok: true, value: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true, dementia: true, helpAtHome: false } });
		expect(readAnswer('care', { ...base, dementia: 'unknown', helpAtHome: '' })).toEqual({ ok: true, value: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true, dementia: null } });
		expect(readAnswer('care', { ...base })).toEqual({ ok: true, value: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true } });
		expect(readAnswer('care', { ...base, dementia: 'maybe' })).toEqual({ ok: true, value: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true } });
	});

	it('are not asked without care: "no" stays "no care" whatever the detail radios say', () => {
		expect(readAnswer('care', { choice: 'no', dementia: 'yes' })).toEqual({ ok: true, value: null });
	});

	it('come back on the page as they were chosen', () => {
		const input = initialInput({ care: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true, dementia: null, helpAtHome: true } }, 'care');
		expect(input).toMatchObject({ choice: 'yes', hours: '20', longer: 'yes', dementia: 'unknown', helpAtHome: 'yes' });
		expect(initialInput({ care: { hoursPerWeek: 4, longerThan3Months: false, caredForInDordrecht: true } }, 'care')).toMatchObject({ dementia: '', helpAtHome: '' });
	});

	it('carried over from the balance check: hours and duration filled in, where the person lives left open', () => {
		const suggested = { care: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: null } };
		expect(initialInput(suggested, 'care').place).toBe('unknown');
		expect(carriedOverInput(suggested, 'care')).toMatchObject({ choice: 'yes', hours: '20', longer: 'yes', place: '' });
		expect(carriedOverInput({ care: null }, 'care')).toMatchObject({ choice: 'no', place: '' });
	});

	it('survive storage when valid; a broken detail drops only the care answer', () => {
		const care = { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true, dementia: true, helpAtHome: null };
		expect(validateAnswers({ care, age: 67 })).toEqual({ care, age: 67 });
		expect(validateAnswers({ care: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true } })).toEqual({ care: { hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true } });
		expect(validateAnswers({ care: { ...care, dementia: 'ja' }, age: 67 })).toEqual({ age: 67 });
		expect(validateAnswers({ care: { ...care, extra: 1 }, age: 67 })).toEqual({ age: 67 });
	});

	it('show on the check page only when answered yes or no', () => {
		const keys = (care: object) => answerSummary('care', { care: care as never }, 'nl').map((l) => l.key);
		expect(keys({ hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true, dementia: true, helpAtHome: false })).toEqual([
			'regelingen.summary.hoursPerWeek', 'regelingen.summary.longerThan3Months', 'regelingen.summary.caredForInDordrecht', 'regelingen.summary.dementiaYes', 'regelingen.summary.helpAtHomeNo'
		]);
		expect(keys({ hoursPerWeek: 20, longerThan3Months: true, caredForInDordrecht: true, dementia: null })).toHaveLength(3);
	});
});

describe('a mantelzorger sees the carer schemes first', () => {
	const ids = ['bijstand', 'wmo-ondersteuning', 'dordtpas', 'mantelzorgwaardering', 'respijtzorg', 'casemanager-dementie', 'mantelzorgondersteuning'].map((id) => ({ id }));
	it('in a fixed order (respite first), the rest as it was', () => {
		expect(orderHints(ids, 'mantelzorger').map((h) => h.id)).toEqual([
			'respijtzorg', 'mantelzorgondersteuning', 'mantelzorgwaardering', 'casemanager-dementie', 'wmo-ondersteuning', 'bijstand', 'dordtpas'
		]);
	});
	it('and nobody else does', () => {
		expect(orderHints(ids, 'self')).toEqual(ids);
		expect(orderHints(ids, 'helper')).toEqual(ids);
	});
});

describe('verdict wording', () => {
	it('a hint for the person cared for says so; otherwise for you, or for this person in helper mode', () => {
		// The same words in every role: the key has no helper-mode variant.
		expect(verdictKey({ verdict: 'maybe', aboutCaredFor: true })).toEqual({ key: 'regelingen.verdictCaredFor.maybe', byRole: false });
		// "For you" follows the role (tp adds Third in helper mode).
		expect(verdictKey({ verdict: 'likely' })).toEqual({ key: 'regelingen.verdict.likely', byRole: true });
	});
});
