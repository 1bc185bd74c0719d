import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Each domain folder's index.ts is its public API (checks outside the codebase rely on it), so
 * the code around the domains imports them only through it: `$lib/places`, never
 * `$lib/places/view`. The domain folders themselves, and src/lib/data (it validates the data
 * files with the zod schemas, which the public API keeps out of the pages), are not scanned.
 */
const DOMAINS = ['balance', 'regelingen', 'places'];
const SCANNED = ['src/routes', 'src/lib/components', 'src/lib/journey', 'src/lib/state', 'src/lib/summary'];
const ALLOWED: readonly string[] = [];

const root = resolve(import.meta.dirname, '../../..');
const toPosix = (p: string) => p.split(sep).join(posix.sep);

/** The import specifiers of a module (static, dynamic and bare side-effect imports). */
function specifiers(source: string): string[] {
	return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

/** The deep domain imports in a file: a specifier that reaches past a domain folder's index.ts. */
function deepDomainImports(file: string, source: string): string[] {
	return specifiers(source).filter((spec) => {
		const target = spec.startsWith('$lib/')
			? posix.join('src/lib', spec.slice('$lib/'.length))
			: spec.startsWith('.')
				? toPosix(relative(root, resolve(root, dirname(file), spec)))
				: null;
		const parts = target?.match(/^src\/lib\/([^/]+)\/(.+)$/);
		return !!parts && DOMAINS.includes(parts[1]!) && !/^index(\.ts)?$/.test(parts[2]!);
	});
}

function filesUnder(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
		.map((e) => toPosix(relative(root, join(e.parentPath, e.name))));
}

describe('domain modules are imported through their index.ts', () => {
	it('finds a deep import, and lets an index import pass (negative control)', () => {
		const file = 'src/routes/[lang=lang]/hulp-in-de-buurt/Example.svelte';
		expect(deepDomainImports(file, `import { distanceText } from '$lib/places/view';`)).toEqual(['$lib/places/view']);
		expect(deepDomainImports(file, `import type { Place } from "$lib/places/schema";`)).toEqual(['$lib/places/schema']);
		expect(deepDomainImports('src/lib/summary/text.ts', `import { helperById } from '../regelingen/screen';`)).toEqual(['../regelingen/screen']);
		expect(deepDomainImports(file, `const m = await import('$lib/balance/score');`)).toEqual(['$lib/balance/score']);
		expect(deepDomainImports(file, `import { distanceText } from '$lib/places';`)).toEqual([]);
		expect(deepDomainImports(file, `import { x } from '$lib/places/index';`)).toEqual([]);
		expect(deepDomainImports(file, `import { pageContext } from '$lib/components/page-context';`)).toEqual([]);
	});

	it('no route, component, journey, state or summary module reaches past a domain index.ts', () => {
		const offenders = SCANNED.flatMap(filesUnder)
			.filter((file) => !ALLOWED.some((folder) => file.startsWith(folder)))
			.flatMap((file) => deepDomainImports(file, readFileSync(join(root, file), 'utf8')).map((spec) => `${file}: ${spec}`));
		expect(offenders, 'import these through the folder (e.g. $lib/places), adding the name to its index.ts').toEqual([]);
	});
});
