import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateAllData } from './src/lib/data/validate';

export default defineConfig({
	plugins: [
		{
			// Data is content: a malformed scheme, norm or place stops the build with a
			// readable list of what is wrong, before anything reaches a phone.
			name: 'hulpwijzer-validate-data',
			buildStart() {
				const problems = validateAllData();
				if (problems.length > 0) {
					throw new Error(`Data files do not match their schema:\n${problems.join('\n')}`);
				}
			}
		},
		sveltekit()
	],
	server: { fs: { allow: ['messages'] } },
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node'
	}
});
