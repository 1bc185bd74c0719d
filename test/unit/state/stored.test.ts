import { describe, expect, it } from 'vitest';
import { readKept } from '../../../src/lib/state/stored-schema';
import { migrateV1, type KeptStateV1 } from '../../../src/lib/state/stored';

const places = { origin: { kind: 'wijk', wijk: 'Stadspolders' }, list: 'money' };
const v2 = { version: 2, role: 'mantelzorger', balance: { money: 'often', care: 'lot' }, regelingen: { age: 40, partner: false }, places };

describe('readKept (the stored format)', () => {
	it('reads a valid version 2', () => {
		const r = readKept(JSON.stringify(v2));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.state.role).toBe('mantelzorger');
		expect(r.state.balance).toEqual({ money: 'often', care: 'lot' });
		expect(r.state.regelingen).toEqual({ age: 40, partner: false });
	});
	it('drops answers that do not fit but keeps the rest', () => {
		const r = readKept(JSON.stringify({ ...v2, balance: { money: 'often', care: 'banana' }, regelingen: { age: 400, partner: true } }));
		expect(r.ok && r.state.balance).toEqual({ money: 'often' });
		expect(r.ok && r.state.regelingen).toEqual({ partner: true });
	});
	it('broken JSON is not ok', () => {
		expect(readKept('{broken')).toEqual({ ok: false, reason: 'json' });
	});
	it('a wrong shape is not ok', () => {
		expect(readKept('null')).toEqual({ ok: false, reason: 'shape' });
		expect(readKept(JSON.stringify({ ...v2, role: 'boss' }))).toEqual({ ok: false, reason: 'shape' });
		expect(readKept(JSON.stringify({ ...v2, balance: 'x' }))).toEqual({ ok: false, reason: 'shape' });
		expect(readKept(JSON.stringify([1, 2]))).toEqual({ ok: false, reason: 'shape' });
	});
	it('an unknown version is not ok', () => {
		expect(readKept(JSON.stringify({ ...v2, version: 3 }))).toEqual({ ok: false, reason: 'version' });
		expect(readKept(JSON.stringify({ ...v2, version: 0 }))).toEqual({ ok: false, reason: 'version' });
	});
	it('version 1 is migrated', () => {
		const r = readKept(JSON.stringify({ ...v2, version: 1, role: 'helper' }));
		expect(r.ok && r.state.version).toBe(2);
		expect(r.ok && r.state.role).toBe('helper');
		expect(r.ok && r.state.balance).toEqual({ money: 'often', care: 'lot' });
	});
	it('version 1 never had the mantelzorger role', () => {
		expect(readKept(JSON.stringify({ ...v2, version: 1 }))).toEqual({ ok: false, reason: 'shape' });
	});
});

describe('migrateV1', () => {
	it('keeps everything and sets version 2', () => {
		const old: KeptStateV1 = { version: 1, role: 'self', balance: { money: 'none' }, regelingen: { age: 30 }, places: { origin: null, list: null } };
		expect(migrateV1(old)).toEqual({ ...old, version: 2 });
	});
});
