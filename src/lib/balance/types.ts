/**
 * Types of the balance check ("Hoe gaat het met je?").
 *
 * Dutch domain words stay Dutch where English would blur them: draaglast (what weighs on
 * someone) and draagkracht (what helps them carry it). See README.md in this folder.
 */
import type { Category } from '../places';

/** The two pans of the scale. */
export type Side = 'draaglast' | 'draagkracht';

/** Draaglast domains: what can weigh on someone. */
export type DraaglastDomain = 'money' | 'obligations' | 'care' | 'health' | 'housing' | 'lifeEvents';

/** Draagkracht domains: what helps someone carry it. */
export type DraagkrachtDomain = 'energy' | 'rest' | 'people' | 'arranging' | 'languageDigital';

export type DomainId = DraaglastDomain | DraagkrachtDomain;

/** The base questions carry the id of their domain; one question per domain. */
export type BaseQuestionId = DomainId;

/** Extra questions for people who care for someone (the mantelzorg module). */
export type MantelzorgQuestionId =
	| 'careHours'
	| 'careDuration'
	| 'careHeaviness'
	| 'careBreak'
	| 'careCombine';

export type QuestionId = BaseQuestionId | MantelzorgQuestionId;

export interface AnswerOption {
	/** Stored in Answers; stable, never translated. */
	value: string;
	/**
	 * 0 to 3. On the draaglast side: how much this weighs (0 = not at all, 3 = heavily).
	 * On the draagkracht side: how much this helps (0 = hardly, 3 = a lot).
	 * null = a real answer that says "does not apply" (e.g. no work or school): it counts as
	 * answered but does not move the scale, so it cannot make someone look lighter or heavier.
	 */
	points: 0 | 1 | 2 | 3 | null;
	/** Message key for the option in "je" form; `labelThirdKey` in helper mode. */
	labelKey: string;
	labelThirdKey: string;
	/** Id of a simple picture the UI draws next to the words (decorative: the words carry the meaning). */
	pictogram: string;
}

export interface Question {
	id: QuestionId;
	side: Side;
	domain: DomainId;
	/** Picture for the question as a whole (decorative). */
	pictogram: string;
	titleKey: string;
	titleThirdKey: string;
	/** Optional extra line under the title, e.g. examples of what counts. */
	hintKey?: string;
	hintThirdKey?: string;
	/** One line: why we ask this. */
	whyWeAskKey: string;
	whyWeAskThirdKey: string;
	/** Ordered from lightest to heaviest situation (as a person would read the scale). */
	options: readonly AnswerOption[];
}

/** Answers by question id: an option value, or 'skipped'. A question not yet reached is absent. */
export type Answers = Partial<Record<QuestionId, string>>;

export const SKIPPED = 'skipped';

export type BalanceState = 'in-balance' | 'wobbly' | 'out-of-balance';
export type ResultState = BalanceState | 'too-few-answers';

export interface DomainScore {
	domain: DomainId;
	side: Side;
	/**
	 * Average points (0..3) of the answered questions in this domain; null when none answered.
	 * 'care': at least the carer's "how heavy does it feel", and 3 for an overburdened carer.
	 */
	score: number | null;
}

export interface SideSummary {
	/**
	 * The side's score in the model (0..3), null when no domain has a score. Draaglast: the
	 * heaviest domain plus a small part of the others. Draagkracht: the average of its domains.
	 */
	score: number | null;
	/** The plain average of the domain scores (0..3); only the safety net uses it. null when none. */
	average: number | null;
	/** Base questions of this side with a real answer (not skipped). */
	answeredBase: number;
}

export interface BalanceResult {
	state: ResultState;
	/** True when the result should open with calm help lines (rule in score.ts / README.md). */
	safetyNet: boolean;
	draaglast: SideSummary;
	draagkracht: SideSummary;
	/** draagkracht.score − draaglast.score (−3..3); null when a side has no score. Tilts the picture (scaleDegrees). */
	tilt: number | null;
	domains: DomainScore[];
	/** Draaglast domains that weigh quite a lot or more (score ≥ 2), heaviest first, at most 3. */
	weighsMost: DraaglastDomain[];
	/** Draagkracht domains that help quite a lot or more (score ≥ 2), strongest first, at most 3. */
	helpsMost: DraagkrachtDomain[];
	/** "Based on N of M answers": answered = real answers among visible questions, asked = visible questions. */
	answered: number;
	asked: number;
	mantelzorger: boolean;
	mantelzorgRecognition: boolean;
	/** Caring is "te zwaar", or 20+ hours a week with (almost) never a break: always out of balance. */
	overburdenedCarer: boolean;
}

/** The four circles of support, lightest first ("zo licht als mogelijk, zo zwaar als nodig"). */
export type Circle = 1 | 2 | 3 | 4;

/** Categories of places in "Hulp in de buurt" (their one list is in places/constants.ts); the UI turns a category into a filtered list. */
export type PlaceCategory = Category;

export interface NextStep {
	id: string;
	circle: Circle;
	/** balance.step.<id>.title and .text */
	titleKey: string;
	textKey: string;
	/** Regelingen scheme ids the UI links to (may be empty). */
	regelingen: string[];
	placeCategory?: PlaceCategory;
}
