import { error } from '@sveltejs/kit';
import { ALL_QUESTIONS } from '$lib/balance/questions';
import { isQuestionId } from '$lib/balance/navigation';
import { LANG_CODES } from '$lib/i18n/locales';
import type { EntryGenerator, PageLoad } from './$types';

// Every question in every language is a static page, also the mantelzorg questions that no
// link reaches until the care answer makes them appear.
export const entries: EntryGenerator = () =>
	LANG_CODES.flatMap((lang) => ALL_QUESTIONS.map((q) => ({ lang, questionId: q.id })));

export const load: PageLoad = ({ params }) => {
	if (!isQuestionId(params.questionId)) error(404, 'Unknown question');
	return { questionId: params.questionId };
};
