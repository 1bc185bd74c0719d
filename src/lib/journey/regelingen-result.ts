import type { LangCode } from '$lib/i18n/locales';
import type { Translate } from '$lib/i18n/translator';
import { groupHints, regelingenPath, screen, splitReceived, toHousehold, type Answers, type Hint } from '$lib/regelingen';
import { orderHints } from './ordering';
import type { Role } from './roles';

/*
 * The regelingen result, apart from the question flow (./regelingen.ts): the start and question
 * pages import the flow, and a module is bundled whole, so keeping screen() and the schemes out
 * of it keeps about 20 KB gzip off those pages.
 */

/** The hints for this visit's answers, or null while the questions are not answered yet. */
export function hintsFor(answers: Answers, on: Date = new Date()): Hint[] | null {
	const household = toHousehold(answers);
	return household ? screen(household, on) : null;
}

/** What the list and every scheme page show before the questions are answered: start with them. */
export function noAnswersYet(t: Translate, lang: LangCode): { text: string; href: string; label: string } {
	return { text: t('regelingen.result.empty'), href: regelingenPath.start(lang), label: t('regelingen.result.startLink') };
}

/**
 * The result as a short list: what is likely, what to ask about ("maybe", and "we can't say yet"
 * when every deciding answer was "weet ik niet"), what the household already gets, what is unlikely.
 * Each group most valuable first; a mantelzorger sees the carer schemes first.
 */
export interface ResultList {
	likely: Hint[];
	maybe: Hint[];
	received: Hint[];
	unlikely: Hint[];
}

export function resultList(hints: readonly Hint[], role: Role): ResultList {
	const { received, open } = splitReceived(hints);
	const groups = groupHints(open);
	return {
		likely: orderHints(groups.likely, role),
		maybe: orderHints([...groups.maybe, ...groups.unknown], role),
		received,
		unlikely: groups.unlikely
	};
}

/** "Wat je nu kunt doen": the one or two schemes to apply for first, the likely ones before the maybes. */
export function firstSteps(list: ResultList, howMany = 2): Hint[] {
	return [...list.likely, ...list.maybe].slice(0, howMany);
}
