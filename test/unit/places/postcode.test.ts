import { describe, it, expect } from 'vitest';
import { parsePostcode } from '../../../src/lib/places/postcode';

describe('parsePostcode', () => {
	it.each(['3317', '3317 KX', '3317kx', ' 3317 kx ', '3317KX', '3317  Kx'])('reads %j as 3317', (input) => {
		expect(parsePostcode(input)).toEqual({ ok: true, pc4: '3317' });
	});

	it.each(['٣٣١٧', '٣٣١٧ KX', '۳۳۱۷', ' ٣٣١٧kx '])('reads Arabic-Indic or Persian digits %j as 3317', (input) => {
		expect(parsePostcode(input)).toEqual({ ok: true, pc4: '3317' });
	});

	it('says outsideDordrecht for a well-formed Arabic-Indic postcode elsewhere', () => {
		expect(parsePostcode('١٠١٢ AB')).toEqual({ ok: false, reason: 'outsideDordrecht' });
	});

	it('accepts all eleven Dordrecht areas, including 3328 and 3329', () => {
		for (const pc4 of ['3311', '3312', '3313', '3314', '3315', '3316', '3317', '3318', '3319', '3328', '3329']) {
			expect(parsePostcode(pc4)).toEqual({ ok: true, pc4 });
		}
	});

	it('says outsideDordrecht for a well-formed postcode elsewhere', () => {
		expect(parsePostcode('1012 AB')).toEqual({ ok: false, reason: 'outsideDordrecht' });
		expect(parsePostcode('3320')).toEqual({ ok: false, reason: 'outsideDordrecht' }); // Zwijndrecht side
		expect(parsePostcode('3310')).toEqual({ ok: false, reason: 'outsideDordrecht' });
	});

	it.each(['', '   ', 'abc', '331', '33177', '0317', '3317 K', '3317 KXX', 'Dordrecht', '3317-KX', '3 3 1 7'])(
		'says invalid for %j',
		(input) => {
			expect(parsePostcode(input)).toEqual({ ok: false, reason: 'invalid' });
		}
	);
});
