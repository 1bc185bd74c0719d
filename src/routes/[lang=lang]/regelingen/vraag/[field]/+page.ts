import { error } from '@sveltejs/kit';
import { LANG_CODES } from '$lib/i18n/locales';
import { QUESTION_ORDER } from '$lib/regelingen/household';
import { isQuestionId } from '$lib/regelingen/answers';
import type { EntryGenerator, PageLoad } from './$types';

/** Every question in every language is a static page. */
export const entries: EntryGenerator = () => LANG_CODES.flatMap((lang) => QUESTION_ORDER.map((field) => ({ lang, field })));

export const load: PageLoad = ({ params }) => {
	if (!isQuestionId(params.field)) error(404, 'Not found');
	return { field: params.field };
};
