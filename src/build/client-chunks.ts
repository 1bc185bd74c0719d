import type { Plugin } from 'vite';

/** What rolldown's chunking context tells about a module (the part we read). */
interface ModuleGraph {
	getModuleInfo(id: string): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

const APP_ENTRY = /\/\.svelte-kit\/generated\/client-optimized\/app\.js$/;
const KIT_ENTRY = /\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/;
const NODE = /\/\.svelte-kit\/generated\/client-optimized\/nodes\/\d+\.js$/;
/** Pages that render inside a language: its routes, and the 404 page (it borrows the page shell). */
const LANG_ROUTES = ['/src/routes/[lang=lang]/', '/src/routes/[...path]/'];
const LANG_LAYOUT = /\/src\/routes\/\[lang=lang\]\/\+layout\.(ts|svelte)$/;

/**
 * A domain folder's index.ts re-exports all of it, and tree-shaking keeps only what a page uses
 * (vite.config.ts); the graph does not know which part that is, so the walk stops there: what a
 * page takes through an index stays in the automatic chunks.
 */
const DOMAIN_INDEX = /\/src\/lib\/[\w-]+\/index\.ts$/;

/** The modules `roots` import statically, directly or through others (a module graph walk). */
function staticClosure(graph: ModuleGraph, roots: string[]): Set<string> {
	const seen = new Set<string>();
	const todo = [...roots];
	while (todo.length) {
		const id = todo.pop()!;
		if (seen.has(id) || DOMAIN_INDEX.test(id)) continue;
		seen.add(id);
		todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
	}
	return seen;
}

/** Which chunk each module joins, 'app' or 'lang-shell'; the others keep rolldown's automatic splitting. */
function chunkGroups(graph: ModuleGraph, entries: string[]): Map<string, 'app' | 'lang-shell'> {
	const nodes = entries.flatMap((entry) => graph.getModuleInfo(entry)?.dynamicallyImportedIds.filter((id) => NODE.test(id)) ?? []);
	const ownFiles = (node: string) => graph.getModuleInfo(node)?.importedIds ?? [];
	const inLang = (node: string) => ownFiles(node).some((id) => LANG_ROUTES.some((route) => id.includes(route)));
	// A page's own files stay in its node chunk.
	const own = new Set(nodes.flatMap((node) => [node, ...ownFiles(node)]));
	const groups = new Map<string, 'app' | 'lang-shell'>();
	// What the entries, the root layout and the pages outside a language (the chooser) import:
	// Svelte's runtime and SvelteKit's client, on every page.
	const app = staticClosure(graph, [...entries, ...nodes.filter((node) => !inLang(node))]);
	const langLayout = nodes.find((node) => ownFiles(node).some((id) => LANG_LAYOUT.test(id)));
	const lang = langLayout ? staticClosure(graph, [langLayout]) : new Set<string>();
	// What every page loads after mount (the service worker's registration) and the [lang] layout
	// imports too: in the app chunk, or the chooser would load the lang-shell chunk for it.
	const later = [...app].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? []).filter((id) => !NODE.test(id));
	for (const id of staticClosure(graph, later)) if (lang.has(id)) app.add(id);
	for (const id of app) if (!entries.includes(id) && !own.has(id)) groups.set(id, 'app');
	// What the [lang] layout imports besides: every page of a language loads all of it anyway.
	for (const id of lang) if (!app.has(id) && !own.has(id)) groups.set(id, 'lang-shell');
	return groups;
}

/**
 * V8's explicit compile hint (Chrome 136 and later; to other engines it is a comment): compile every
 * function of the file eagerly, on the thread that streams the script in, instead of each one
 * lazily on the main thread the first time hydration calls it. Only for the two chunks whose code
 * runs on every page load. Lighthouse, mobile, alternating runs on /nl/regelingen/: TBT 200-300 ms
 * without, 50-140 ms with.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Fewer, larger chunks for the browser (issue #18). Rolldown's automatic splitting gives every
 * set of pages that shares a module its own chunk, so a page loaded 18 to 46 files, many of them
 * under 200 bytes gzip; on a phone each is a round trip. Two chunks join modules that the pages
 * loading them load (nearly) all of anyway:
 * - `app`: what the entries, the root layout and the language chooser import, on every page;
 * - `lang-shell`: what the [lang] layout imports besides (i18next, header, footer, read-aloud).
 * The app group comes first (a group also takes in what its modules import, unless an earlier
 * group has it), so the chooser never loads the lang-shell chunk.
 * The server build keeps its own splitting (nothing there is downloaded).
 */
export function clientChunks(): Plugin {
	const entries = new Set<string>();
	let groups: Map<string, string> | null = null;
	const groupOf = (graph: ModuleGraph, id: string) => (groups ??= chunkGroups(graph, [...entries])).get(id);
	return {
		name: 'hulpwijzer-client-chunks',
		apply: 'build',
		buildStart() {
			groups = null;
		},
		transform(_code, id) {
			if (APP_ENTRY.test(id) || KIT_ENTRY.test(id)) entries.add(id);
			return null;
		},
		outputOptions(options) {
			if (this.environment?.name !== 'client') return null;
			return {
				...options,
				// After minification, or the minifier would drop it: the hint must be the file's first line.
				postBanner: (chunk) => (chunk.name === 'app' || chunk.name === 'lang-shell' ? COMPILE_HINT : ''),
				codeSplitting: {
					groups: [
						{ name: (id, graph) => (groupOf(graph, id) === 'app' ? 'app' : null), priority: 2 },
						{ name: (id, graph) => (groupOf(graph, id) === 'lang-shell' ? 'lang-shell' : null), priority: 1 }
					]
				}
			};
		}
	};
}
