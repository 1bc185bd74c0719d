import { describe, expect, it } from 'vitest';
import { purgeCss, usedClasses } from '../../../src/build/purge-nlds-css';

const used = new Set(['utrecht-button', 'utrecht-button--primary-action']);

describe('purgeCss: NL Design System rules that cannot match are dropped', () => {
	it('keeps a rule whose classes are all used and drops one with an unused variant', () => {
		const out = purgeCss('.utrecht-button{a:1}.utrecht-button--subtle{b:2}.utrecht-button--primary-action:hover{c:3}', used);
		expect(out).toContain('.utrecht-button{a:1}');
		expect(out).toContain('.utrecht-button--primary-action:hover{c:3}');
		expect(out).not.toContain('subtle');
	});

	it('keeps only the matching selectors of a list, and commas inside :is() are not split', () => {
		const out = purgeCss('.utrecht-button:disabled,.utrecht-button--disabled,:is(.utrecht-button--busy,.x){d:4}', used);
		expect(out).toBe('.utrecht-button:disabled{d:4}\n');
	});

	it('purges inside @media and drops an @media that is left empty; other at-rules stay whole', () => {
		const out = purgeCss('@media (forced-colors: active){.utrecht-button--subtle{e:5}}@media print{.utrecht-button{f:6}}@font-face{font-family:x}', used);
		expect(out).not.toContain('forced-colors');
		expect(out).toContain('@media print{.utrecht-button{f:6}\n}');
		expect(out).toContain('@font-face{font-family:x}');
	});

	it('leaves rules without utrecht classes alone', () => {
		expect(purgeCss('/* c */ :root{--x:1} a:hover{g:7}', used)).toBe(':root{--x:1}\na:hover{g:7}\n');
	});

	it('finds the classes the app really uses in its source', () => {
		const classes = usedClasses();
		expect(classes.has('utrecht-button--primary-action')).toBe(true);
		expect(classes.has('utrecht-button--subtle')).toBe(false);
	});
});
