import { getContext, setContext } from 'svelte';
import { personKey } from '$lib/journey/roles';
import type { LangCode } from '$lib/i18n/locales';
import type { Translate } from '$lib/i18n/translator';
import { role } from '$lib/state/role.svelte';

/**
 * What nearly every component needs, set once by the language layout instead of passed down as
 * props: the page's translator, language and speech code, and the one rule for wording that
 * follows the role (`tp`: the key with `Third` appended in helper mode, see journey/roles.ts).
 * `t` and `tp` are stable functions that always use the current language, so destructuring them
 * is safe; read `lang` and `speech` from the object (`page.lang`), they change on a language switch.
 * A component that renders in another language than the page's (the overzicht's Dutch copy) takes
 * explicit props instead.
 */
export interface PageContext {
	readonly t: Translate;
	/** t for words about the person: third person ("de persoon die je helpt") in helper mode. */
	readonly tp: Translate;
	readonly lang: LangCode;
	/** The language's speech code for read-aloud, e.g. 'ar'. */
	readonly speech: string;
}

const KEY = Symbol('hulpwijzer-page');

export function setPageContext(current: () => { t: Translate; lang: LangCode; speech: string }): PageContext {
	const context: PageContext = {
		t: (key, values) => current().t(key, values),
		tp: (key, values) => current().t(personKey(key, role.current), values),
		get lang() {
			return current().lang;
		},
		get speech() {
			return current().speech;
		}
	};
	return setContext(KEY, context);
}

/** The page context; only inside the language layout (every page but the language choice). */
export function pageContext(): PageContext {
	const context = getContext<PageContext | undefined>(KEY);
	if (!context) throw new Error('pageContext() outside the language layout');
	return context;
}
