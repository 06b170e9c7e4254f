import { Expression } from 'n8n-workflow';

import { byId, calls, json, runner, useSandbox } from '../shared/sandboxRun';

/**
 * Path IDs given as `{{ $json.field }}` (what n8n writes when a field is dragged in) are read
 * from the item without n8n's expression sandbox, with the same requests and output as when
 * n8n evaluates them; every other form still goes through n8n.
 */
const ctx = useSandbox();
const learner = runner(ctx, 'learner');

const fromInput = (expression = '={{ $json.id }}') => ({
	__rl: true,
	mode: 'id',
	value: expression,
});

/** Expressions evaluated while `action` runs, and whether the package's path code asked for each. */
async function evaluations(action: () => Promise<unknown>) {
	const seen: Array<{ expression: string; byPackage: boolean }> = [];
	const original = Expression.prototype.resolveSimpleParameterValue;
	const spy = jest
		.spyOn(Expression.prototype, 'resolveSimpleParameterValue')
		.mockImplementation(function (this: Expression, ...args) {
			if (typeof args[0] === 'string' && args[0].startsWith('=')) {
				const stack = new Error().stack ?? '';
				seen.push({ expression: args[0], byPackage: /shared[\\/]send\.ts/.test(stack) });
			}
			return original.apply(this, args);
		});
	try {
		await action();
	} finally {
		spy.mockRestore();
	}
	return seen;
}

let ids: string[];

beforeAll(() => {
	const learners = ctx.sandbox.control.learners(ctx.sandbox.companies.tenant) as Array<{
		id: string;
		email: string;
	}>;
	ids = learners.slice(0, 3).map((record) => record.id);
});

describe('path IDs from {{ $json.field }}', () => {
	it('reads each item its own learner, exactly as with fixed IDs', async () => {
		const items = [
			{ json: { id: ids[0] } },
			{ json: { id: ` ${ids[1]} ` } },
			{ json: { id: ids[2] } },
		];

		const { outputs, error } = await learner(
			{ operation: 'get', learnerId: fromInput() },
			{ items },
		);

		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(ids.map((id) => `GET /learners/${id}`));
		expect(outputs[0].map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		const expected = [];
		for (const id of ids) {
			expected.push(...json((await learner({ operation: 'get', learnerId: byId(id) })).outputs[0]));
		}
		expect(json(outputs[0])).toEqual(expected);
	});

	it('encodes, checks and refuses item values like typed IDs, naming the parameter', async () => {
		const items = [
			{ json: { id: 'a/b?c' } },
			{ json: { id: 42 } },
			{ json: { name: 'no id field' } },
			{ json: { id: 'bulk' } },
			{ json: { id: '..' } },
			{ json: { id: null } },
		];

		const { outputs } = await learner(
			{ operation: 'get', learnerId: fromInput() },
			{ items, continueOnFail: true },
		);

		expect(calls(ctx.sandbox)).toEqual(['GET /learners/a%2Fb%3Fc', 'GET /learners/42']);
		expect(outputs[0].map((item) => [item.pairedItem, item.error?.message])).toEqual([
			[{ item: 0 }, "learner 'a/b?c' was not found [not_found]"],
			[{ item: 1 }, "learner '42' was not found [not_found]"],
			[{ item: 2 }, 'Learner ID: enter an ID'],
			[{ item: 3 }, 'Learner ID: "bulk" is not an ID'],
			[{ item: 4 }, 'Learner ID: ".." is not an ID'],
			[{ item: 5 }, 'Learner ID: enter an ID'],
		]);
	});

	it('finds a learner By Email from the item', async () => {
		const [record] = ctx.sandbox.control.learners(ctx.sandbox.companies.tenant) as Array<{
			id: string;
			email: string;
		}>;

		const { outputs, error } = await learner(
			{
				operation: 'get',
				learnerId: { __rl: true, mode: 'email', value: '={{ $json.mail }}' },
			},
			{ items: [{ json: { mail: record.email } }] },
		);

		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['GET /learners', `GET /learners/${record.id}`]);
		expect(outputs[0][0].json.id).toBe(record.id);
	});

	it('leaves {{ $json.field }} to n8n alone; other expressions still go through n8n', async () => {
		const items = [{ json: { id: ids[0] } }, { json: { id: ids[1] } }];

		const simple = await evaluations(
			async () => await learner({ operation: 'get', learnerId: fromInput() }, { items }),
		);
		const other = await evaluations(
			async () =>
				await learner(
					{ operation: 'get', learnerId: fromInput('={{ $json.id.trim() }}') },
					{ items },
				),
		);

		expect(calls(ctx.sandbox)).toEqual(
			[...ids.slice(0, 2), ...ids.slice(0, 2)].map((id) => `GET /learners/${id}`),
		);
		// n8n's routing evaluates the field itself; the package adds no evaluation of it...
		expect(simple.filter((seen) => seen.expression === '={{ $json.id }}').length).toBeGreaterThan(
			0,
		);
		expect(simple.filter((seen) => seen.byPackage)).toEqual([]);
		// ...while any other expression is evaluated by n8n for the package, once per item.
		expect(other.filter((seen) => seen.byPackage)).toEqual([
			{ expression: '={{ $json.id.trim() }}', byPackage: true },
			{ expression: '={{ $json.id.trim() }}', byPackage: true },
		]);
	});
});

describe('body fields and ID lists from {{ $json.field }}', () => {
	const fromItem = {
		operation: 'create',
		email: '={{ $json.email }}',
		firstName: '={{ $json.first }}',
		lastName: '={{$json.last}}',
		additionalFields: {
			groupIds: '={{ $json.groups }}',
			excludedFromAutoEnrol: '={{ $json.excluded }}',
			locale: '={{ $json.locale }}',
		},
	};

	it('sends each item its typed body, as when n8n evaluates the fields', async () => {
		ctx.sandbox.control.setCreateReturnsRecord(true);
		const items = [
			{
				json: {
					email: ' ada@acme.example ',
					first: 'Ada',
					last: 'Lovelace',
					groups: 'group_00001, group_00002',
					excluded: 'TRUE',
					locale: 'en',
				},
			},
			{
				json: {
					email: 'alan@acme.example',
					first: 'Alan',
					last: 'Turing',
					groups: ['group_00002'],
					excluded: false,
					locale: '',
				},
			},
		];

		const { outputs, error } = await learner(fromItem, { items });

		expect(error).toBeUndefined();
		expect(
			ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path, entry.body]),
		).toEqual([
			[
				'POST',
				'/learners',
				{
					email: 'ada@acme.example',
					firstName: 'Ada',
					lastName: 'Lovelace',
					groupIds: ['group_00001', 'group_00002'],
					excludedFromAutoEnrol: true,
					locale: 'en',
				},
			],
			[
				'POST',
				'/learners',
				{
					email: 'alan@acme.example',
					firstName: 'Alan',
					lastName: 'Turing',
					groupIds: ['group_00002'],
					excludedFromAutoEnrol: false,
				},
			],
		]);
		expect(outputs[0].map((item) => [item.pairedItem, item.json.email])).toEqual([
			[{ item: 0 }, 'ada@acme.example'],
			[{ item: 1 }, 'alan@acme.example'],
		]);
	});

	it('refuses values of the wrong type and missing required fields, naming the parameter', async () => {
		const items = [
			{ json: { email: 'grace@acme.example', first: 'Grace', last: 'Hopper', excluded: 'maybe' } },
			{ json: { email: 'grace@acme.example', first: 'Grace' } },
			{ json: { email: 'grace@acme.example', first: 'Grace', last: 'Hopper', groups: [true] } },
		];

		const { outputs } = await learner(fromItem, { items, continueOnFail: true });

		expect(ctx.sandbox.control.requestLog).toEqual([]);
		expect(outputs[0].map((item) => [item.pairedItem, item.error?.message])).toEqual([
			[{ item: 0 }, 'Excluded From Auto Enrol: "maybe" is not true or false'],
			[{ item: 1 }, 'Last Name: enter a value'],
			[{ item: 2 }, 'Group IDs: true is not an ID'],
		]);
	});

	it('the shared field readers evaluate no {{ $json.field }} themselves', async () => {
		ctx.sandbox.control.setCreateReturnsRecord(true);
		const items = [
			{
				json: {
					email: 'ada@acme.example',
					first: 'Ada',
					last: 'L',
					groups: 'group_00001',
					excluded: true,
					locale: 'en',
				},
			},
		];

		const seen = await evaluations(async () => await learner(fromItem, { items }));

		expect(calls(ctx.sandbox)).toEqual(['POST /learners']);
		expect(seen.filter((entry) => entry.expression.includes('$json')).length).toBeGreaterThan(0);
		expect(seen.filter((entry) => entry.byPackage)).toEqual([]);
	});
});

describe('values left to n8n', () => {
	it.each([
		['a field the item lacks', '={{ $json.id }}', { other: 'x' }],
		['an object', '={{ $json.id }}', { id: { value: 'x' } }],
	])('%s is evaluated by n8n for the package', async (_case, expression, itemJson) => {
		const seen = await evaluations(
			async () =>
				await learner(
					{ operation: 'get', learnerId: fromInput(expression) },
					{ items: [{ json: itemJson }], continueOnFail: true },
				),
		);

		expect(seen.filter((entry) => entry.byPackage)).toEqual([{ expression, byPackage: true }]);
	});
});
