import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';

// The build directory and version can be set from outside so the update-flow test can
// build a second, newer version of the app beside the first one.
const buildDir = process.env.HULPWIJZER_BUILD_DIR ?? 'build';

function appVersion() {
	if (process.env.HULPWIJZER_VERSION) return process.env.HULPWIJZER_VERSION;
	try {
		return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return 'dev';
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Question, list and place pages render in the browser from 200.html (see their +page.ts);
		// the service worker serves it for them, also offline.
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '200.html', precompress: true, strict: true }),
		outDir: process.env.HULPWIJZER_KIT_DIR ?? '.svelte-kit',
		// Every page carries the CSS it needs in its own HTML, so it paints from the first response
		// instead of waiting for 7 or 8 stylesheets. The CSP allows that <style> by its hash.
		inlineStyleThreshold: Infinity,
		version: { name: appVersion(), pollInterval: 0 },
		// We register our own Workbox service worker (src/service-worker.ts) from the layout,
		// lazily, so that an update is applied only when the person agrees.
		serviceWorker: { register: false },
		prerender: {
			entries: ['*', '/nl/', '/en/', '/ar/', '/tr/', '/pl/', '/uk/', '/ti/'],
			handleMissingId: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer (the live region that tells screen readers a new page
				// opened) carries one fixed style attribute; allow exactly that one by its hash.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
