import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';

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
		sveltekit()
	],
	server: { fs: { allow: ['messages'] } },
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node'
	}
});
