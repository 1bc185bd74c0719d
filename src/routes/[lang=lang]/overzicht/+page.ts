import { LANG_CODES } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => LANG_CODES.map((lang) => ({ lang }));
