import { onMount } from 'svelte';
import { browser } from '$app/environment';

/*
 * Only the first page of a load that came as prerendered HTML is hydrated: what it shows is on
 * screen before the app starts. A page the app renders itself (from the app shell 200.html, as
 * every page is once the service worker keeps the app, or one opened within the app) has nothing
 * on screen yet, so it can show what this visit holds (voices, answers) from its first frame.
 */
const paintedFromHtml = browser && document.getElementById('inhoud') !== null;

/** Whether a component created now is part of the server's HTML that is being hydrated. */
export function hydratingServerHtml(): boolean {
	return paintedFromHtml && document.documentElement.dataset.hydrated !== 'true';
}

/**
 * For a form whose page is prerendered, HTML that knows no answers: `fresh` is true while that
 * HTML is hydrated, so the form renders as it was served; once mounted it turns false and
 * `reload` takes in what this visit holds. Outside hydration it is false from the start.
 */
export function servedUntilMounted(reload: () => void): { readonly fresh: boolean } {
	let fresh = $state(hydratingServerHtml());
	onMount(() => {
		if (!fresh) return;
		fresh = false;
		reload();
	});
	return {
		get fresh() {
			return fresh;
		}
	};
}
