import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync, readdirSync } from 'node:fs';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { JOB_NAMESPACES, NAMESPACES } from './src/lib/i18n/namespaces.ts';
import { fontSubsets } from './src/build/font-subsets.ts';
import { purgeNldsCss } from './src/build/purge-nlds-css.ts';
import { clientChunks } from './src/build/client-chunks.ts';

const VIRTUAL = 'virtual:hw-messages';

/**
 * Splits messages/<lang>.json into one small chunk per language and namespace, so a page loads
 * only the text it shows (the shell plus its own job) instead of every string of the app.
 * The service worker still precaches all chunks for offline use.
 */
function messageChunks(): Plugin {
	const dir = new URL('./messages/', import.meta.url);
	const langs = () => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
	const namespaceOf = (json: Record<string, unknown>, ns: string) =>
		ns === 'shell' ? Object.fromEntries(Object.entries(json).filter(([k]) => !(JOB_NAMESPACES as readonly string[]).includes(k))) : (json[ns] ?? {});
	return {
		name: 'hulpwijzer-message-chunks',
		resolveId(id) {
			return id === VIRTUAL || id.startsWith(`${VIRTUAL}/`) ? `\0${id}` : undefined;
		},
		load(id) {
			if (id === `\0${VIRTUAL}`) {
				const entries = langs().flatMap((lang) =>
					NAMESPACES.map((ns) => `'${lang}:${ns}': () => import('${VIRTUAL}/${lang}/${ns}')`)
				);
				return `export const loaders = {${entries.join(',\n')}};`;
			}
			if (id.startsWith(`\0${VIRTUAL}/`)) {
				const [lang, ns] = id.slice(VIRTUAL.length + 2).split('/');
				const file = new URL(`${lang}.json`, dir);
				this.addWatchFile(file.pathname);
				const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
				const content = ns === 'shell' ? namespaceOf(json, ns) : { [ns as string]: namespaceOf(json, ns as string) };
				return `export default ${JSON.stringify(content)};`;
			}
			return undefined;
		}
	};
}

export default defineConfig({
	plugins: [
		{
			// Data is content: a malformed scheme, norm or place stops the build with a
			// readable list of what is wrong, before anything reaches a phone.
			name: 'hulpwijzer-validate-data',
			apply: 'build',
			async buildStart() {
				const { module } = await runnerImport<typeof import('./src/lib/data/validate')>(
					'./src/lib/data/validate.ts'
				);
				const problems = module.validateAllData();
				if (problems.length > 0) {
					throw new Error(`Data files do not match their schema:\n${problems.join('\n')}`);
				}
			}
		},
		messageChunks(),
		fontSubsets(),
		purgeNldsCss(),
		clientChunks(),
		{
			// `vite preview` serves SvelteKit's output, but the app shell 200.html (which the service
			// worker precaches for client-rendered pages) is written by the adapter into the build
			// folder only. Serve it from there, so the preview behaves like the real static host.
			name: 'hulpwijzer-preview-app-shell',
			configurePreviewServer(server) {
				server.middlewares.use((req, res, next) => {
					if (req.url?.split('?')[0] !== '/200.html') return next();
					const dir = process.env.HULPWIJZER_BUILD_DIR ?? 'build';
					res.setHeader('content-type', 'text/html; charset=utf-8');
					res.end(readFileSync(`${dir}/200.html`));
				});
			}
		},
		sveltekit()
	],
	build: {
		rolldownOptions: {
			treeshake: {
				// The domain folders are pure TypeScript (a project rule: importing them does nothing
				// by itself). Saying so lets a page that imports one function through a folder's
				// index.ts get that function only, not every module the index re-exports (the zod
				// schemas, the data files): without it the job pages grew by 40-95 KB gzip.
				moduleSideEffects: [{ test: /\/src\/lib\/(balance|regelingen|places)\/[\w-]+\.ts$/, sideEffects: false }]
			}
		}
	},
	server: { fs: { allow: ['messages'] } },
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
		// The property tests run thousands of cases; the CI machine has two slow cores.
		testTimeout: 30_000
	}
});
