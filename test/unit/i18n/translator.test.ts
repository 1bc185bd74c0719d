import { describe, expect, it } from 'vitest';
import { createTranslator, loadMessages, namespacesFor } from '../../../src/lib/i18n/translator';

describe('namespacesFor', () => {
	it('gives each job its own messages on top of the shell', () => {
		expect(namespacesFor('/[lang=lang]')).toEqual(['shell']);
		expect(namespacesFor('/[lang=lang]/balans/vraag/[id]')).toEqual(['shell', 'balance', 'places']);
		expect(namespacesFor('/[lang=lang]/regelingen/uitslag')).toEqual(['shell', 'regelingen', 'places']);
		expect(namespacesFor('/[lang=lang]/hulp-in-de-buurt/[category]')).toEqual(['shell', 'places']);
		expect(namespacesFor('/[lang=lang]/overzicht')).toEqual(['shell', 'balance', 'regelingen', 'places', 'summary']);
		expect(namespacesFor(null)).toEqual(['shell']);
	});
});

describe('loadMessages', () => {
	it('loads only the namespaces asked for', async () => {
		const shell = await loadMessages('nl', ['shell']);
		expect(shell).toHaveProperty('directHelp');
		expect(shell).not.toHaveProperty('balance');
		expect(shell).not.toHaveProperty('summary');
		const withBalance = await loadMessages('nl', ['shell', 'balance']);
		expect(withBalance).toHaveProperty('balance');
		expect(withBalance).toHaveProperty('home');
	});
});

describe('createTranslator', () => {
	it('picks Arabic plural forms through Intl.PluralRules', () => {
		const t = createTranslator('ar', {
			n: { x_zero: 'zero', x_one: 'one', x_two: 'two', x_few: 'few', x_many: 'many', x_other: 'other' }
		});
		expect([0, 1, 2, 3, 11, 100].map((count) => t('n.x', { count }))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
	});

	it('does not escape values: Svelte escapes output already', () => {
		const t = createTranslator('nl', { a: 'Bel {{phone}}' });
		expect(t('a', { phone: '0800 & 2000' })).toBe('Bel 0800 & 2000');
	});

	it('stops the build on a missing message instead of showing its key', () => {
		const t = createTranslator('nl', { a: 'er' });
		expect(() => t('b.c')).toThrow(/Missing message "b.c"/);
	});
});
