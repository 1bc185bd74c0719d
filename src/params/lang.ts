import type { ParamMatcher } from '@sveltejs/kit';
import { isLangCode } from '$lib/i18n/locales';

export const match: ParamMatcher = (param) => isLangCode(param);
