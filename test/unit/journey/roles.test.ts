import { describe, expect, it } from 'vitest';
import { isHelper, isRole, personKey } from '../../../src/lib/journey/roles';
import { orderHints, orderNeeds, orderSteps } from '../../../src/lib/journey/ordering';

describe('role → personKey', () => {
	it('self and mantelzorger speak in the first person, helper in the third', () => {
		expect(personKey('x.title', 'self')).toBe('x.title');
		expect(personKey('x.title', 'mantelzorger')).toBe('x.title');
		expect(personKey('x.title', 'helper')).toBe('x.titleThird');
	});
	it('isHelper and isRole', () => {
		expect([isHelper('self'), isHelper('mantelzorger'), isHelper('helper')]).toEqual([false, false, true]);
		expect([isRole('mantelzorger'), isRole('boss'), isRole(null)]).toEqual([true, false, false]);
	});
});

describe('mantelzorg first', () => {
	const steps = [{ id: 'keep-what-helps' }, { id: 'share-care' }, { id: 'meet-people' }, { id: 'mantelzorg-support' }];
	it('moves mantelzorg steps first for a mantelzorger only, keeping order', () => {
		expect(orderSteps(steps, 'mantelzorger').map((s) => s.id)).toEqual(['share-care', 'mantelzorg-support', 'keep-what-helps', 'meet-people']);
		expect(orderSteps(steps, 'self')).toEqual(steps);
	});
	it('hints and needs', () => {
		expect(orderHints([{ id: 'a' }, { id: 'mantelzorgwaardering' }], 'mantelzorger')[0]?.id).toBe('mantelzorgwaardering');
		expect(orderHints([{ id: 'a' }, { id: 'mantelzorgwaardering' }], 'helper')[0]?.id).toBe('a');
		expect(orderNeeds(['money', 'mantelzorg', 'alle'], 'mantelzorger')).toEqual(['mantelzorg', 'money', 'alle']);
	});
});
