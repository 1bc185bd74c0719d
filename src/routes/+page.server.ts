import { LANG_CODES, type LangCode } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

type ChooserText = { prompt: string; suggested: string };

// Read at build time only: the language choice needs two short strings per language, so the
// page carries just those (in its HTML) instead of seven whole message files.
const files = import.meta.glob<ChooserText>('../../messages/*.json', { import: 'chooser', eager: true });

export const load: PageServerLoad = () => {
	const chooser = Object.fromEntries(
		LANG_CODES.map((lang) => {
			const text = files[`../../messages/${lang}.json`];
			if (!text) throw new Error(`messages/${lang}.json has no chooser texts`);
			return [lang, text];
		})
	) as Record<LangCode, ChooserText>;
	return { chooser };
};
