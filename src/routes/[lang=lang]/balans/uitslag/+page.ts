import { LANG_CODES } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

// The result is reached by the "Verder" button, not by a link the crawler could follow.
export const entries: EntryGenerator = () => LANG_CODES.map((lang) => ({ lang }));
