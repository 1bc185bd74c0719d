/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = '/200.html';

// Everything the app is: built JS/CSS/fonts, static files (manifest, icons), the prerendered
// data (the language choice's texts) and the app shell. After one visit every page in every
// language works without a connection: the shell renders any of them from the precached code.
// The prerendered HTML pages themselves are not kept: each carries its CSS inline (so a first
// visit paints from one response), and 70 copies of that CSS would double the offline copy.
// Hashed files under /immutable/ never change, so they need no revision.
const isPage = (url: string) => url.endsWith('/') || url.endsWith('.html');
const entries = [
	...build.map((url) => ({ url, revision: url.includes('/immutable/') ? null : version })),
	...files.map((url) => ({ url, revision: version })),
	...prerendered.filter((url) => !isPage(url)).map((url) => ({ url, revision: version })),
	{ url: SHELL, revision: version }
];

precacheAndRoute(entries, {
	// SvelteKit adds these parameters when it fetches data during client-side navigation;
	// without ignoring them the precache never matches and offline navigation fails.
	ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^x-sveltekit-invalidated$/, /^x-sveltekit-trailing-slash$/],
	cleanURLs: false
});
cleanupOutdatedCaches();
// Every page of the app opens from the shell, which renders it from the precached code and data.
registerRoute(new NavigationRoute(createHandlerBoundToURL(SHELL)));
// On the very first install, take charge of the open page at once so it works offline right
// away. Updates still wait for the person's consent: without skipWaiting a new worker never
// activates while an old one controls a page.
clientsClaim();

// An update waits until the person agrees in the app; the page then asks us to take over.
sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
