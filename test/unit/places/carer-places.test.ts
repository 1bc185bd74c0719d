import { describe, expect, it } from 'vitest';
import { listFor } from '../../../src/lib/places/nearby';
import { PLACES } from '../../../src/lib/places/data';

/** Places for respite, carer support and memory problems (issue #15), appended after the shared list. */
describe('carer places', () => {
	it('respite (helpmijzorgen) is listed under mantelzorg; the 2019 walk-in for memory problems is kept but not shown until confirmed', () => {
		const ids = listFor(null, 'mantelzorg').map((p) => p.place.id);
		expect(ids).toContain('helpmijzorgen-dordrecht');
		expect(ids).not.toContain('tobe-inloop-ouderen-geheugen');
		const tobe = PLACES.find((p) => p.id === 'tobe-inloop-ouderen-geheugen');
		// A 2019 source: not "active", no hours made up, no location guessed.
		expect(tobe).toMatchObject({ status: 'unknown', geo: { precision: 'none' }, phone: null, schedule: { regular: [] } });
		expect(tobe?.sources[0]?.date).toBe('2019-03-05');
		const respite = PLACES.find((p) => p.id === 'helpmijzorgen-dordrecht');
		expect(respite?.website).toBe('https://www.helpmijzorgen.nl/dordrecht');
	});
});
