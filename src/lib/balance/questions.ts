/**
 * The questions of the balance check, as data. Text lives in messages/<lang>.json under
 * balance.question.<id>.*; here are only ids, sides, domains, points and pictogram ids.
 * Change a weight here and the tests in test/unit/balance/ tell you what it changed.
 */
import type {
	AnswerOption,
	Answers,
	BaseQuestionId,
	DomainId,
	MantelzorgQuestionId,
	Question,
	QuestionId,
	Side
} from './types';
import { SKIPPED } from './types';

type Points = AnswerOption['points'];

/** Builds the message keys by one convention, so a missing text is easy to find. */
function question(
	id: QuestionId,
	side: Side,
	domain: DomainId,
	options: ReadonlyArray<readonly [value: string, points: Points]>,
	withHint = false
): Question {
	const base = `balance.question.${id}`;
	return {
		id,
		side,
		domain,
		pictogram: `question-${id}`,
		titleKey: `${base}.title`,
		titleThirdKey: `${base}.titleThird`,
		...(withHint ? { hintKey: `${base}.hint`, hintThirdKey: `${base}.hintThird` } : {}),
		whyWeAskKey: `${base}.whyWeAsk`,
		whyWeAskThirdKey: `${base}.whyWeAskThird`,
		options: options.map(([value, points]) => ({
			value,
			points,
			labelKey: `${base}.options.${value}.label`,
			labelThirdKey: `${base}.options.${value}.labelThird`,
			// The picture follows the points, so the same weight looks the same on every screen.
			pictogram: points === null ? 'not-applicable' : `${side === 'draaglast' ? 'weight' : 'strength'}-${points}`
		}))
	};
}

/**
 * The base questions in the order they are asked: first what weighs, then what helps.
 * Draaglast: 0 = does not weigh, 3 = weighs heavily. Draagkracht: 0 = hardly helps, 3 = helps a lot.
 */
export const BASE_QUESTIONS: readonly Question[] = [
	question('money', 'draaglast', 'money', [['none', 0], ['sometimes', 1], ['often', 2], ['always', 3]]),
	question('obligations', 'draaglast', 'obligations', [['light', 0], ['ok', 1], ['heavy', 2], ['too-heavy', 3]], true),
	question('care', 'draaglast', 'care', [['no', 0], ['little', 1], ['quite', 2], ['lot', 3]], true),
	question('health', 'draaglast', 'health', [['none', 0], ['little', 1], ['quite', 2], ['lot', 3]], true),
	question('housing', 'draaglast', 'housing', [['none', 0], ['small', 1], ['big', 2], ['very-big', 3]], true),
	question('lifeEvents', 'draaglast', 'lifeEvents', [['no', 0], ['yes-ok', 1], ['yes-weighs', 2], ['yes-heavy', 3]], true),
	question('energy', 'draagkracht', 'energy', [['very-little', 0], ['little', 1], ['enough', 2], ['plenty', 3]]),
	question('rest', 'draagkracht', 'rest', [['rarely', 0], ['sometimes', 1], ['mostly', 2], ['almost-always', 3]], true),
	question('people', 'draagkracht', 'people', [['nobody', 0], ['hardly', 1], ['some', 2], ['enough', 3]], true),
	question('arranging', 'draagkracht', 'arranging', [['not', 0], ['with-help', 1], ['mostly', 2], ['easily', 3]], true),
	question('languageDigital', 'draagkracht', 'languageDigital', [['not', 0], ['hard', 1], ['mostly', 2], ['easily', 3]], true)
];

/**
 * The mantelzorg module: asked only when someone cares for another person. All of them
 * weigh on the draaglast side and count in the 'care' domain, so caring counts once as a
 * domain, however many questions describe it.
 */
export const MANTELZORG_QUESTIONS: readonly Question[] = [
	question('careHours', 'draaglast', 'care', [['under-8', 0], ['8-20', 1], ['20-40', 2], ['over-40', 3]]),
	question('careDuration', 'draaglast', 'care', [['under-3-months', 0], ['3-12-months', 1], ['1-5-years', 2], ['over-5-years', 3]]),
	question('careHeaviness', 'draaglast', 'care', [['light', 0], ['ok', 1], ['heavy', 2], ['too-heavy', 3]]),
	question('careBreak', 'draaglast', 'care', [['yes', 0], ['sometimes', 1], ['rarely', 2], ['never', 3]]),
	question('careCombine', 'draaglast', 'care', [['no-work-school', null], ['well', 0], ['mostly', 1], ['hard', 2], ['not', 3]])
];

export const ALL_QUESTIONS: readonly Question[] = [...BASE_QUESTIONS, ...MANTELZORG_QUESTIONS];

/** One answer that stands for a range of numbers: from `from` up to, not including, `below` (null: no end). */
export interface AnswerBand {
	value: string;
	from: number;
	below: number | null;
}

/**
 * What the answers that are ranges mean in numbers. The bands of a question follow each other
 * without overlap or gap, and every language words them so ("8 tot en met 19 uur", "20 tot en
 * met 39 uur", "40 uur of meer"): a person caring exactly 20 hours finds one answer, not two.
 * test/unit/balance/answer-bands.test.ts checks both, the labels in all seven languages too.
 */
export const ANSWER_BANDS: Readonly<Record<'careHours' | 'careDuration', { unit: 'hours a week' | 'months'; bands: readonly AnswerBand[] }>> = {
	careHours: {
		unit: 'hours a week',
		bands: [
			{ value: 'under-8', from: 0, below: 8 },
			{ value: '8-20', from: 8, below: 20 },
			{ value: '20-40', from: 20, below: 40 },
			{ value: 'over-40', from: 40, below: null }
		]
	},
	careDuration: {
		unit: 'months',
		bands: [
			{ value: 'under-3-months', from: 0, below: 3 },
			{ value: '3-12-months', from: 3, below: 12 },
			{ value: '1-5-years', from: 12, below: 60 },
			{ value: 'over-5-years', from: 60, below: null }
		]
	}
};

/** The answer whose band holds this number (hours a week, or months). */
export function bandOf(id: keyof typeof ANSWER_BANDS, amount: number): string {
	const bands = ANSWER_BANDS[id].bands;
	return (bands.find((b) => amount >= b.from && (b.below === null || amount < b.below)) ?? bands[0]!).value;
}

/** The answers from a number up: e.g. 8 hours a week or more. */
const bandsFrom = (id: keyof typeof ANSWER_BANDS, least: number) => ANSWER_BANDS[id].bands.filter((b) => b.from >= least).map((b) => b.value);

const BY_ID = new Map<QuestionId, Question>(ALL_QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: QuestionId): Question {
	const found = BY_ID.get(id);
	if (!found) throw new Error(`Unknown balance question: ${id}`);
	return found;
}

/** The option chosen for a question, or undefined when absent, skipped or unknown (e.g. an old saved value). */
export function chosenOption(answers: Answers, id: QuestionId): AnswerOption | undefined {
	const value = answers[id];
	if (value === undefined || value === SKIPPED) return undefined;
	return questionById(id).options.find((o) => o.value === value);
}

/**
 * True when the person cares for someone: any answer above "no" on the care question.
 * Then the mantelzorg questions are asked and their answers count.
 */
export function isMantelzorger(answers: Answers): boolean {
	const care = chosenOption(answers, 'care');
	return care !== undefined && care.value !== 'no';
}

/** Answers that count as "≥ 8 hours a week" or "longer than 3 months" (the Dutch mantelzorg definition). */
const MANTELZORG_HOURS: readonly string[] = bandsFrom('careHours', 8);
const MANTELZORG_DURATION: readonly string[] = bandsFrom('careDuration', 3);

/**
 * True when what the person does meets the definition of mantelzorg: unpaid care for someone
 * close, 8 hours a week or more, or longer than 3 months. The UI then says plainly
 * "wat je doet heet mantelzorg", because many carers do not use that word for themselves.
 */
export function mantelzorgRecognition(answers: Answers): boolean {
	if (!isMantelzorger(answers)) return false;
	const hours = chosenOption(answers, 'careHours');
	const duration = chosenOption(answers, 'careDuration');
	return (
		(hours !== undefined && MANTELZORG_HOURS.includes(hours.value)) ||
		(duration !== undefined && MANTELZORG_DURATION.includes(duration.value))
	);
}

/** "20 to 40 hours" and "more than 40 hours" a week: caring many hours. */
const MANY_CARE_HOURS: readonly string[] = bandsFrom('careHours', 20);
/** "Almost never" and "never" a break from caring. */
const RARE_BREAK: readonly string[] = ['rarely', 'never'];

/**
 * True when the carer is overburdened: they say caring is "te zwaar", or they care 20 hours a
 * week or more and (almost) never get a break. It follows the EDIZ-plus, where the statement
 * that caring weighs too much on one's shoulders marks the heaviest band (see README.md).
 * Each part only switches on as an answer gets heavier, so the rule is monotone.
 */
export function overburdenedCarer(answers: Answers): boolean {
	if (!isMantelzorger(answers)) return false;
	const value = (id: MantelzorgQuestionId) => chosenOption(answers, id)?.value ?? '';
	if (value('careHeaviness') === 'too-heavy') return true;
	return MANY_CARE_HOURS.includes(value('careHours')) && RARE_BREAK.includes(value('careBreak'));
}

/**
 * The ordered list of question ids to ask, given the answers so far: the base questions,
 * with the mantelzorg questions right after the care question when they apply. The UI uses
 * it for "Vraag 3 · nog 9 vragen" and for next / previous.
 */
export function visibleQuestions(answers: Answers): QuestionId[] {
	const ids: QuestionId[] = [];
	for (const q of BASE_QUESTIONS) {
		ids.push(q.id);
		if (q.id === 'care' && isMantelzorger(answers)) ids.push(...MANTELZORG_QUESTIONS.map((m) => m.id));
	}
	return ids;
}

export const BASE_QUESTION_IDS: readonly BaseQuestionId[] = BASE_QUESTIONS.map((q) => q.id as BaseQuestionId);
export const MANTELZORG_QUESTION_IDS: readonly MantelzorgQuestionId[] = MANTELZORG_QUESTIONS.map(
	(q) => q.id as MantelzorgQuestionId
);

/**
 * A short notice above a mantelzorg question: the module's introduction on its first question,
 * and "wat je doet heet mantelzorg" once, on the question right after the answer that first
 * meets the definition (hours on careDuration, or duration on careHeaviness).
 */
export function mantelzorgNotice(answers: Answers, id: QuestionId): 'intro' | 'recognition' | null {
	if (id === MANTELZORG_QUESTIONS[0]?.id) return 'intro';
	if (id === 'careDuration') return mantelzorgRecognition(answers) ? 'recognition' : null;
	if (id === 'careHeaviness') {
		const byHoursAlone = mantelzorgRecognition({ ...answers, careDuration: SKIPPED });
		return mantelzorgRecognition(answers) && !byHoursAlone ? 'recognition' : null;
	}
	return null;
}
