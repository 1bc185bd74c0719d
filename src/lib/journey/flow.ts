/**
 * One question per page, for every question flow (the balance check, the regelingen check, and
 * the next one). A flow is a list of questions in asking order; which of them apply depends on
 * the answers so far (no mantelzorg questions without care, no partner's age without a partner).
 * From that alone come "Vraag n, nog m vragen", next, previous, the first open question, and where to
 * send someone who opens a question that does not apply to them. Pure, generic, unit tested:
 * a flow's adapter (journey/balance.ts, journey/regelingen.ts) only says which questions apply
 * and what counts as answered.
 */
export interface Flow<Id extends string, A> {
	/** Every question, in the order asked when all of them apply. */
	readonly order: readonly Id[];
	/** The questions that apply now, in asking order (a part of `order`). */
	applying(answers: A): readonly Id[];
	/** True when the question has an answer that counts (a skipped question is still open). */
	answered(answers: A, id: Id): boolean;
}

export function isQuestion<Id extends string, A>(flow: Flow<Id, A>, value: string): value is Id {
	return (flow.order as readonly string[]).includes(value);
}

/** The questions that apply, with `id` in its place even when it does not apply itself. */
function listWith<Id extends string, A>(flow: Flow<Id, A>, answers: A, id: Id): readonly Id[] {
	const list = flow.applying(answers);
	return list.includes(id) ? list : flow.order.filter((q) => q === id || list.includes(q));
}

/** Where someone is in a flow: what the question page says above the question. */
export interface Progress {
	/** "Vraag 3": this question's place among the questions asked so far. */
	number: number;
	/** "nog 9 vragen": the questions after this one, given the answers so far (0: the last). */
	left: number;
	/** How many questions the previous answer added (> 0) or took away (< 0), to say so. */
	changed: number;
}

/**
 * "Vraag 3, nog 9 vragen", never "Vraag 3 van 12": which questions apply follows the answers, so
 * a total would jump under the person's hands (18, 16, 15). The number counts what was asked and
 * stays put; what is left may shrink or grow faster than one a page, and then `changed` says by
 * how much the previous answer did that ("Door je vorige antwoord vallen 2 vragen weg").
 */
export function progress<Id extends string, A extends object>(flow: Flow<Id, A>, answers: A, id: Id): Progress {
	const list = listWith(flow, answers, id);
	const number = list.indexOf(id) + 1;
	const left = list.length - number;
	const before = previous(flow, answers, id);
	if (before === null) return { number, left, changed: 0 };
	// What was left after the previous question before it was answered, against now (this one included).
	const { [before]: _answered, ...unanswered } = answers as Record<string, unknown>;
	const leftThen = afterCount(flow, unanswered as A, before);
	return { number, left, changed: left + 1 - leftThen };
}

function afterCount<Id extends string, A>(flow: Flow<Id, A>, answers: A, id: Id): number {
	const list = listWith(flow, answers, id);
	return list.length - list.indexOf(id) - 1;
}

/** The question after this one, or null when this was the last (then the flow's end follows). */
export function next<Id extends string, A>(flow: Flow<Id, A>, answers: A, id: Id): Id | null {
	const list = listWith(flow, answers, id);
	return list[list.indexOf(id) + 1] ?? null;
}

/** The question before this one, or null for the first (then "Terug" goes to the start page). */
export function previous<Id extends string, A>(flow: Flow<Id, A>, answers: A, id: Id): Id | null {
	const list = listWith(flow, answers, id);
	return list[list.indexOf(id) - 1] ?? null;
}

/** The first question that applies and is not answered yet, or null when all are answered. */
export function firstOpen<Id extends string, A>(flow: Flow<Id, A>, answers: A): Id | null {
	return flow.applying(answers).find((q) => !flow.answered(answers, q)) ?? null;
}

/**
 * Where to go instead when a question does not apply (opened from a bookmark, or an earlier
 * answer changed): to the first open question before it, since an earlier answer decides whether
 * it applies; when all those are answered, to the question that follows it (`to: null` is the
 * flow's end). Null when the question applies: stay.
 */
export function redirect<Id extends string, A>(flow: Flow<Id, A>, answers: A, id: Id): { to: Id | null } | null {
	const list = flow.applying(answers);
	if (list.includes(id)) return null;
	const before = flow.order.slice(0, flow.order.indexOf(id));
	const open = list.find((q) => before.includes(q) && !flow.answered(answers, q));
	return { to: open ?? next(flow, answers, id) };
}
