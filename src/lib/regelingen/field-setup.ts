import type { Answers } from './answers';
import { CARE_DETAILS, type FieldInput, type FieldKind } from './answer-input';
import type { QuestionId } from './household';

/** What a question page shows at first and which buttons it has: pure, used by QuestionForm. */

export type FormInput = Required<Omit<FieldInput, 'action'>>;

const numberText = (v: unknown): string => (typeof v === 'number' ? String(v) : '');

/** The form filled in from the saved answer, so "back" and "Aanpassen" show what was chosen. */
export function initialInput(a: Answers, field: QuestionId): FormInput {
	const v = a[field];
	const answered = field in a;
	const input: FormInput = { choice: '', value: '', hours: '', months: '', longer: '', place: '', children: [''], received: [], dementia: '', helpAtHome: '' };
	if (typeof v === 'boolean') input.choice = v ? 'yes' : 'no';
	else if (v === null && answered) input.choice = field === 'care' || field === 'volunteering' ? 'no' : 'unknown';
	if (typeof v === 'number') input.value = numberText(v);
	if (field === 'alreadyReceives') input.received = Array.isArray(v) ? v.map(String) : [];
	else if (Array.isArray(v) && v.length > 0) input.children = v.map(String);
	if (v && typeof v === 'object' && !Array.isArray(v)) {
		input.choice = 'yes';
		input.hours = numberText(v.hoursPerWeek);
		if ('longerThan3Months' in v) input.longer = v.longerThan3Months ? 'yes' : 'no';
		if ('caredForInDordrecht' in v) input.place = v.caredForInDordrecht === null ? 'unknown' : v.caredForInDordrecht ? 'yes' : 'no';
		if ('months' in v) input.months = numberText(v.months);
		for (const detail of CARE_DETAILS) {
			if (detail in v) {
				const d = (v as Record<string, unknown>)[detail];
				input[detail] = d === null ? 'unknown' : d ? 'yes' : 'no';
			}
		}
	}
	return input;
}

/**
 * The form for an answer carried over from the balance check (journey/prefill.ts): filled in as
 * suggested, except where the person cared for lives. The balance check does not ask that, so it
 * is left open to answer here instead of showing "weet ik niet".
 */
export function carriedOverInput(suggested: Answers, field: QuestionId): FormInput {
	const input = initialInput(suggested, field);
	if (field === 'care') input.place = '';
	return input;
}

/** The radio options of a question (message keys under regelingen.answer). */
export function optionsFor(kind: FieldKind): { value: string; label: string }[] {
	const yes = { value: 'yes', label: 'regelingen.answer.yes' };
	const no = { value: 'no', label: 'regelingen.answer.no' };
	if (kind === 'yesNo' || kind === 'care' || kind === 'volunteering') return [yes, no];
	if (kind === 'yesNoUnknown') return [yes, no, { value: 'unknown', label: 'regelingen.answer.dontKnow' }];
	return [];
}

/** A second button that is an answer in itself ("Weet ik niet", "Ik huur niet", "Sla over", "Geen kinderen"). */
export function shortcutFor(kind: FieldKind): { action: NonNullable<FieldInput['action']>; label: string; third: boolean } | null {
	switch (kind) {
		case 'amount': return { action: 'dontKnow', label: 'regelingen.answer.dontKnow', third: false };
		case 'rent': return { action: 'notRenting', label: 'regelingen.answer.notRenting', third: true };
		case 'partnerAge': return { action: 'skip', label: 'question.skip', third: false };
		case 'children': return { action: 'none', label: 'regelingen.children.none', third: false };
		case 'adults': return { action: 'none', label: 'regelingen.adults.none', third: false };
		case 'received': return { action: 'none', label: 'regelingen.received.none', third: false };
		default: return null;
	}
}
