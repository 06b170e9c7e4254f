import type { INode } from 'n8n-workflow';
import { NodeOperationError, UserError } from 'n8n-workflow';

import { castValue, normaliseIdList } from '../../../nodes/SiberMate/shared';
import { sameText } from '../../../nodes/SiberMate/shared/values';
import { parameterLabel } from '../../../nodes/SiberMate/shared/labels';
import { pickCreated } from '../../../nodes/SiberMate/shared/created';

describe('castValue', () => {
	it.each([
		['2026-01-15', '2026-01-15'],
		['2026-01-15T23:30:00.000Z', '2026-01-15'],
		['2026-01-15T00:00:00', '2026-01-15'],
		[new Date('2026-02-03T10:00:00.000Z'), '2026-02-03'],
		[{ toISODate: () => '2026-03-04' }, '2026-03-04'],
		['March 5, 2026 12:00 UTC', '2026-03-05'],
		['not a date', undefined],
	])('date %p → %p', (value, expected) => {
		expect(castValue(value, 'date')).toBe(expected);
	});

	it.each([
		[true, true],
		['false', false],
		[' TRUE ', true],
		['yes', undefined],
	])('boolean %p → %p', (value, expected) => {
		expect(castValue(value, 'boolean')).toBe(expected);
	});

	it.each([
		[0, 0],
		['12', 12],
		['1.5', undefined],
		['', undefined],
		['x', undefined],
	])('integer %p → %p', (value, expected) => {
		expect(castValue(value, 'integer')).toBe(expected);
	});

	it('checks email shape and trims', () => {
		expect(castValue(' a@b.example ', 'email')).toBe('a@b.example');
		expect(castValue('a@b', 'email')).toBeUndefined();
	});
});

describe('normaliseIdList', () => {
	it.each([
		[
			['a', ' b ', 'a', ''],
			['a', 'b'],
		],
		['a, b,,c', ['a', 'b', 'c']],
		['["a","b"]', ['a', 'b']],
		['single', ['single']],
		[[{ __rl: true, mode: 'id', value: 'x' }], ['x']],
		[undefined, []],
		['', []],
		[
			[{ id: 'learner_1', name: 'A' }, { id: 7 }],
			['learner_1', '7'],
		],
		[{ id: 'learner_1' }, ['learner_1']],
		['a;b\nc\r\nd', ['a', 'b', 'c', 'd']],
		[42, ['42']],
		[[null, 'a'], ['a']],
	])('%p → %p', (value, expected) => {
		expect(normaliseIdList(value)).toEqual(expected);
	});

	const source = { node: { name: 'SiberMate' } as INode, itemIndex: 2, parameter: 'courseIds' };

	it.each([
		[true, 'Course IDs: true is not an ID'],
		[{ name: 'x' }, 'Course IDs: {"name":"x"} is not an ID'],
		[[['a']], 'Course IDs: ["a"] is not an ID'],
		['[a, b', 'Course IDs: "[a, b" is not a JSON array'],
	])('refuses %p naming the parameter and the item', (value, message) => {
		const attempt = () => normaliseIdList(value, source);

		expect(attempt).toThrow(NodeOperationError);
		expect(attempt).toThrow(message);
		try {
			attempt();
		} catch (error) {
			expect((error as NodeOperationError).context.itemIndex).toBe(2);
		}
	});
});

it('normaliseIdList without a source still refuses a non-ID, as a user error', () => {
	expect(() => normaliseIdList([true])).toThrow(UserError);
	expect(() => normaliseIdList([true])).toThrow('ID list: true is not an ID');
});

describe('sameText', () => {
	it.each([
		[' Sales ', 'Sales', false, true],
		['sales', 'Sales', false, false],
		['SALES ', 'sales', true, true],
		[42, '42', false, false],
	])('%p vs %p (case-insensitive %p) → %p', (field, wanted, caseInsensitive, expected) => {
		expect(sameText(field, wanted, caseInsensitive)).toBe(expected);
	});
});

describe('parameterLabel', () => {
	it.each([
		['learnerIds', 'Learner IDs'],
		['learnerId', 'Learner ID'],
		['additionalFields.locale', 'Locale'],
		['fromGroupId', 'From Group ID'],
	])('%s → %s', (parameter, label) => {
		expect(parameterLabel(parameter)).toBe(label);
	});
});

describe('pickCreated', () => {
	const records = [
		{ id: 'g1', name: 'Sales', createdAt: '2025-01-01T00:00:00.000Z' },
		{ id: 'g2', name: 'sales', createdAt: '2026-01-01T00:00:00.000Z' },
		{ id: 'g3', name: 'Sales', createdAt: '2026-06-01T00:00:00.000Z' },
	];

	it('takes the newest exact match', () => {
		expect(pickCreated(records, 'name', 'Sales')?.id).toBe('g3');
	});

	it('matches case-insensitively when asked', () => {
		expect(pickCreated(records.slice(0, 2), 'name', 'SALES', true)?.id).toBe('g2');
	});

	it('finds nothing without a match', () => {
		expect(pickCreated(records, 'name', 'Finance')).toBeUndefined();
	});
});
