import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { ROUTES } from '../../../sandbox/routes';
import type { RouteDef } from '../../../sandbox/server/context';
import { calls, json, run, useSandbox } from '../shared/sandboxRun';

/**
 * The bulk create answer as a test rewrites it: the sandbox's real handler runs, then its
 * `errors` items pass through `rewriteErrors` (identity unless a test sets it).
 */
let rewriteErrors = (errors: IDataObject[]) => errors;
const original = ROUTES['POST /learners/bulk'];
const handler = typeof original === 'function' ? original : (original as RouteDef).handler;
ROUTES['POST /learners/bulk'] = ((...args: Parameters<typeof handler>) => {
	const answer = handler(...args) as IDataObject;
	return { ...answer, errors: rewriteErrors(answer.errors as IDataObject[]) };
}) as typeof handler;

const ctx = useSandbox();
afterEach(() => {
	rewriteErrors = (errors) => errors;
});

const row = (index: number, email = `bulk.${index}@acme.example`): INodeExecutionData => ({
	json: { email, first: 'Bulk', last: `Person ${index}` },
});
/** Row 1 is refused by the API (free email provider); rows 0 and 2 are created. */
const ITEMS = [row(0), row(1, 'bulk.1@gmail.com'), row(2)];
const GMAIL = {
	code: 'free_email_domain',
	message: "email 'bulk.1@gmail.com' uses the free email provider gmail.com; use a work address",
};

const createMany = (items: INodeExecutionData[], extra = {}, additionalFields = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'learner',
			operation: 'createMany',
			email: '={{ $json.email }}',
			firstName: '={{ $json.first }}',
			lastName: '={{ $json.last }}',
			additionalFields,
		} as never,
		{ items, ...extra },
	);

const stored = (email: string) =>
	ctx.sandbox.control.findLearnerByEmail(ctx.sandbox.companies.tenant, email) as
		{ id: string } | undefined;

/** `[success, email, error]` of each output item. */
const outcome = (items: INodeExecutionData[]) =>
	json(items).map((item) => [item.success, item.email, item.error]);

const unconfirmed = (reasons: string) => ({
	code: 'unconfirmed',
	message: `Not confirmed as created: the API refused 1 row(s) of this request without saying which (${reasons}). Check with Get Many; re-running reports rows already created as duplicates.`,
});

describe('learner create many reading the API errors', () => {
	it('places an error with a null index by its email, not on row 0', async () => {
		rewriteErrors = (errors) => errors.map((error) => ({ ...error, index: null }));

		const { outputs } = await createMany(ITEMS);

		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk', 'GET /learners']);
		expect(outcome(outputs[0])).toEqual([
			[true, 'bulk.0@acme.example', undefined],
			[false, 'bulk.1@gmail.com', GMAIL],
			[true, 'bulk.2@acme.example', undefined],
		]);
		expect(json(outputs[0]).map((item) => item.id)).toEqual([
			stored('bulk.0@acme.example')?.id,
			undefined,
			stored('bulk.2@acme.example')?.id,
		]);
	});

	it('places an error whose index names a row with another email by its email', async () => {
		rewriteErrors = (errors) => errors.map((error) => ({ ...error, index: 0 }));

		const { outputs } = await createMany(ITEMS);

		expect(outcome(outputs[0]).map(([success]) => success)).toEqual([true, false, true]);
	});

	it.each([
		['a null index and no email', { index: null, email: undefined }],
		['a text index and no email', { index: '1', email: undefined }],
		['an index out of range and an unknown email', { index: 7, email: 'someone@acme.example' }],
	])('claims no row created when an error has %s', async (_name, change) => {
		rewriteErrors = (errors) => errors.map((error) => ({ ...error, ...change }));

		const { outputs } = await createMany(ITEMS);

		const reason = unconfirmed(`${GMAIL.message} [${GMAIL.code}]`);
		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk']);
		expect(outcome(outputs[0])).toEqual([
			[false, 'bulk.0@acme.example', reason],
			[false, 'bulk.1@gmail.com', reason],
			[false, 'bulk.2@acme.example', reason],
		]);
		expect(outputs[0].map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
		// They were created all the same: the node only refuses to claim it.
		expect([stored('bulk.0@acme.example'), stored('bulk.2@acme.example')]).not.toContain(undefined);
	});

	it('keeps the placed rejection and confirms no other row when an error item is not a record', async () => {
		rewriteErrors = (errors) => [null as unknown as IDataObject, ...errors];

		const { outputs } = await createMany(ITEMS);

		expect(outcome(outputs[0])).toEqual([
			[false, 'bulk.0@acme.example', unconfirmed('no details')],
			[false, 'bulk.1@gmail.com', GMAIL],
			[false, 'bulk.2@acme.example', unconfirmed('no details')],
		]);
	});

	it('confirms the rows the API returned as records despite an error it cannot place', async () => {
		ctx.sandbox.control.setCreateReturnsRecord(true);
		rewriteErrors = (errors) => errors.map((error) => ({ ...error, index: null, email: '' }));

		const { outputs } = await createMany(ITEMS, { onError: 'continueErrorOutput' });

		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk']);
		expect(outputs[0].map((item) => [item.json.id, item.pairedItem])).toEqual([
			[stored('bulk.0@acme.example')?.id, { item: 0 }],
			[stored('bulk.2@acme.example')?.id, { item: 2 }],
		]);
		const reason = unconfirmed(`${GMAIL.message} [${GMAIL.code}]`);
		expect(outputs[1].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: `${reason.message} [unconfirmed]` }, { item: 1 }],
		]);
	});
});

describe('learner create many when only the ID read-back fails', () => {
	it('with Continue On Fail, marks the created rows with a null ID and a warning', async () => {
		ctx.sandbox.control.injectFaults({ count: 1, status: 500, route: '/learners', method: 'GET' });

		const { outputs, error } = await createMany(ITEMS, { continueOnFail: true });

		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk', 'GET /learners']);
		const warning =
			'Created, but reading its ID back failed (injected fault: Internal Server Error [internal_error]). Find it with Get Many.';
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ success: true, email: 'bulk.0@acme.example', id: null, warning }, { item: 0 }],
			[{ error: `${GMAIL.message} [${GMAIL.code}]` }, { item: 1 }],
			[{ success: true, email: 'bulk.2@acme.example', id: null, warning }, { item: 2 }],
		]);
		expect(stored('bulk.2@acme.example')).toBeDefined();
	});
});

describe('learner create many with a bad group ID list', () => {
	const items = [
		{ json: { ...row(0).json, groups: ['group_00001'] } },
		{ json: { ...row(1).json, groups: [{ name: 'no id' }] } },
	];
	const groups = { groupIds: '={{ $json.groups }}' };

	it('refuses that row naming the parameter and creates the others', async () => {
		const { outputs, error } = await createMany(items, {}, groups);

		expect(error).toBeUndefined();
		expect(
			ctx.sandbox.control.requestLog
				.filter((entry) => entry.method === 'POST')
				.map((entry) => entry.body),
		).toEqual([
			{
				learners: [
					{
						email: 'bulk.0@acme.example',
						firstName: 'Bulk',
						lastName: 'Person 0',
						groupIds: ['group_00001'],
					},
				],
			},
		]);
		expect(outcome(outputs[0])).toEqual([
			[true, 'bulk.0@acme.example', undefined],
			[
				false,
				'bulk.1@acme.example',
				{ code: 'invalid_group_ids', message: 'Group IDs: {"name":"no id"} is not an ID' },
			],
		]);
	});

	it('with Continue On Fail, gives that row the error naming the parameter', async () => {
		const { outputs } = await createMany(items, { continueOnFail: true }, groups);

		expect(outputs[0][1].json).toEqual({ error: 'Group IDs: {"name":"no id"} is not an ID' });
		expect(outputs[0][1].error?.description).toBe(
			'Use IDs, records with an "id" field, or text with IDs separated by commas, semicolons or line breaks (parameter "additionalFields.groupIds")',
		);
		expect(outputs[0][1].error?.context).toEqual({ itemIndex: 1 });
	});
});
