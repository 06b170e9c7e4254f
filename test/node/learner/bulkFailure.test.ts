import type { INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { calls, json, run, useSandbox } from '../shared/sandboxRun';
import { faultOnRequest } from './faultOnRequest';

const ctx = useSandbox();
let removeHook = () => {};
afterEach(() => removeHook());

/** Batch k > 1 of a bulk operation fails as a whole; batch 1 went through. */
const failSecondRequest = (fault: Parameters<typeof faultOnRequest>[3]) => {
	removeHook = faultOnRequest(ctx.sandbox, 2, '/learners/bulk', fault);
};

const SERVER_ERROR = 'injected fault: Internal Server Error [internal_error]';
/** What the stopping error adds about the earlier batches of the runs below. */
const CREATE_NOTE =
	"Earlier requests of this run already created 1 learner(s) from the rows before input item 2 (the API refused 1 other row(s)); they are not undone. This request's 2 row(s) are not confirmed as created and the 1 row(s) after it were not sent. Re-running the same input reports the rows already created as existing (duplicates) and creates the rest.";
const DELETE_NOTE =
	"Earlier requests of this run already deleted 2 learner(s): every ID before learner_00003 in input order; that is not undone. This request's 2 ID(s) are not confirmed as deleted and the 1 ID(s) after it were not sent. Re-running with the same IDs stops on the deleted ones as unknown before deleting anything: remove them first, or turn on Continue On Fail.";
/** Item 2's ID learner_00004 went in the failed request, learner_00005 in a later one. */
const PARTLY_DELETED = `${SERVER_ERROR} (its other ID(s) were deleted: learner_00005)`;

describe('learner create many when a later batch fails', () => {
	const row = (index: number, email = `bulk.${index}@acme.example`): INodeExecutionData => ({
		json: { email, first: 'Bulk', last: `Person ${index}` },
	});
	// Batches of 2: [0, 1 (refused by the API)], [2, 3] (fails), [4].
	const ITEMS = [row(0), row(1, 'bulk.1@gmail.com'), row(2), row(3), row(4)];
	const createMany = (extra = {}) =>
		run(
			ctx.sandbox,
			{
				resource: 'learner',
				operation: 'createMany',
				email: '={{ $json.email }}',
				firstName: '={{ $json.first }}',
				lastName: '={{ $json.last }}',
				options: { batchSize: 2 },
			} as never,
			{ items: ITEMS, ...extra },
		);
	const stored = () =>
		[0, 2, 3, 4].map(
			(index) =>
				ctx.sandbox.control.findLearnerByEmail(
					ctx.sandbox.companies.tenant,
					`bulk.${index}@acme.example`,
				) !== undefined,
		);
	const idOf = (index: number) =>
		(
			ctx.sandbox.control.findLearnerByEmail(
				ctx.sandbox.companies.tenant,
				`bulk.${index}@acme.example`,
			) as { id: string }
		).id;
	/** The transport's own description of a fault, as a failing first batch (nothing done before) has it. */
	const firstBatchError = async (fault: Parameters<typeof faultOnRequest>[3]) => {
		removeHook = faultOnRequest(ctx.sandbox, 1, '/learners/bulk', fault);
		const { error } = await createMany();
		removeHook();
		ctx.sandbox.control.reset();
		expect(error?.description).not.toMatch(/Earlier requests/);
		return { message: error?.message, description: error?.description };
	};
	const REFUSED_ROW =
		"email 'bulk.1@gmail.com' uses the free email provider gmail.com; use a work address [free_email_domain]";

	it('without Continue On Fail, stops with an error saying what earlier batches created', async () => {
		const plain = await firstBatchError({ count: 1, status: 500 });
		failSecondRequest({ count: 1, status: 500 });

		const { outputs, error } = await createMany();

		expect(outputs).toEqual([]);
		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk', 'POST /learners/bulk']);
		expect(error?.message).toBe(SERVER_ERROR);
		expect(error?.context).toEqual({ itemIndex: 2 });
		expect(error?.description).toBe(`${plain.description} ${CREATE_NOTE}`);
		expect(stored()).toEqual([true, false, false, false]);

		// What the description promises for a re-run.
		removeHook();
		const rerun = await createMany();
		expect(json(rerun.outputs[0]).map((item) => item.error ?? item.success)).toEqual([
			{
				code: 'duplicate_email',
				message: "a learner with email 'bulk.0@acme.example' already exists",
			},
			{
				code: 'free_email_domain',
				message:
					"email 'bulk.1@gmail.com' uses the free email provider gmail.com; use a work address",
			},
			true,
			true,
			true,
		]);
		expect(stored()).toEqual([true, true, true, true]);
	});

	it.each([
		['a 429 that outlasts the waits', { count: 1, status: 429, retryAfter: 61 }],
		['a dropped connection', { count: 1, drop: true }],
	])('adds the same note to %s', async (_name, fault) => {
		const plain = await firstBatchError(fault);
		failSecondRequest(fault);

		const { error } = await createMany();

		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk', 'POST /learners/bulk']);
		expect(error?.message).toBe(plain.message);
		expect(error?.context).toEqual({ itemIndex: 2 });
		expect(error?.description).toBe(`${plain.description} ${CREATE_NOTE}`);
		expect(stored()).toEqual([true, false, false, false]);
	});

	it('with Continue On Fail, fails the rows of that batch on their own items and sends the later ones', async () => {
		failSecondRequest({ count: 1, status: 500 });

		const { outputs, error } = await createMany({ continueOnFail: true });

		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([
			'POST /learners/bulk',
			'POST /learners/bulk',
			'POST /learners/bulk',
			'GET /learners',
		]);
		expect(
			ctx.sandbox.control.requestLog
				.filter((entry) => entry.method === 'POST')
				.map((entry) =>
					(entry.body as { learners: Array<{ email: string }> }).learners.map((l) => l.email),
				),
		).toEqual([
			['bulk.0@acme.example', 'bulk.1@gmail.com'],
			['bulk.2@acme.example', 'bulk.3@acme.example'],
			['bulk.4@acme.example'],
		]);
		expect(stored()).toEqual([true, false, false, true]);
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{
					success: true,
					id: idOf(0),
					email: 'bulk.0@acme.example',
					externalLearnerId: null,
					name: 'Bulk Person 0',
					inactive: false,
				},
				{ item: 0 },
			],
			[{ error: REFUSED_ROW }, { item: 1 }],
			[{ error: SERVER_ERROR }, { item: 2 }],
			[{ error: SERVER_ERROR }, { item: 3 }],
			[
				{
					success: true,
					id: idOf(4),
					email: 'bulk.4@acme.example',
					externalLearnerId: null,
					name: 'Bulk Person 4',
					inactive: false,
				},
				{ item: 4 },
			],
		]);
		expect(outputs[0][2].error?.description).not.toMatch(/Earlier requests/);
	});

	it('with the error output, sends the failed batch there and the created rows on', async () => {
		failSecondRequest({ count: 1, status: 500 });

		const { outputs } = await createMany({ onError: 'continueErrorOutput' });

		expect(outputs[0].map((item) => [item.json.email, item.pairedItem])).toEqual([
			['bulk.0@acme.example', { item: 0 }],
			['bulk.4@acme.example', { item: 4 }],
		]);
		expect(outputs[1].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: REFUSED_ROW }, { item: 1 }],
			[{ error: SERVER_ERROR }, { item: 2 }],
			[{ error: SERVER_ERROR }, { item: 3 }],
		]);
		expect(stored()).toEqual([true, false, false, true]);
	});

	it('says the learners were created when only reading their IDs back fails', async () => {
		const plain = await firstBatchError({ count: 1, status: 500 });
		ctx.sandbox.control.injectFaults({ count: 1, status: 500, route: '/learners', method: 'GET' });

		const { error } = await createMany();

		expect(calls(ctx.sandbox)).toEqual([
			'POST /learners/bulk',
			'POST /learners/bulk',
			'POST /learners/bulk',
			'GET /learners',
		]);
		expect(error?.message).toBe(SERVER_ERROR);
		expect(error?.description).toBe(
			`${plain.description} All 4 learner(s) the API accepted were created; only reading their IDs back failed. Re-running the same input reports them as already existing (duplicates).`,
		);
		expect(stored()).toEqual([true, true, true, true]);
	});
});

describe('learner delete many when a later batch fails', () => {
	// Batches of 2: [00001, 00002], [00003, 00004] (fails), [00005].
	const ITEMS = [
		{ json: { ids: ['learner_00001', 'learner_00002'] } },
		{ json: { ids: ['learner_00003'] } },
		{ json: { ids: ['learner_00004', 'learner_00005'] } },
	];
	const deleteMany = (extra = {}) =>
		run(
			ctx.sandbox,
			{
				resource: 'learner',
				operation: 'deleteMany',
				learnerIds: '={{ $json.ids }}',
				options: { batchSize: 2 },
			} as never,
			{ items: ITEMS, ...extra },
		);
	const remaining = () => {
		const ids = new Set(
			ctx.sandbox.control
				.learners(ctx.sandbox.companies.tenant)
				.map((learner) => (learner as { id: string }).id),
		);
		return [1, 2, 3, 4, 5].map((n) => ids.has(`learner_0000${n}`));
	};

	it('without Continue On Fail, stops with an error saying what earlier requests deleted', async () => {
		// A failing first request: the transport's own description, nothing added.
		removeHook = faultOnRequest(ctx.sandbox, 1, '/learners/bulk', { count: 1, status: 500 });
		const plain = (await deleteMany()).error;
		expect(plain?.context).toEqual({ itemIndex: 0 });
		expect(remaining()).toEqual([true, true, true, true, true]);
		removeHook();
		ctx.sandbox.control.reset();
		failSecondRequest({ count: 1, status: 500 });

		const { error } = await deleteMany();

		expect(
			ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path, entry.body]),
		).toEqual([
			// Several requests: the learner list is read first to stop on unknown IDs.
			['GET', '/learners', undefined],
			['DELETE', '/learners/bulk', { learnerIds: ['learner_00001', 'learner_00002'] }],
			['DELETE', '/learners/bulk', { learnerIds: ['learner_00003', 'learner_00004'] }],
		]);
		expect(error?.message).toBe(SERVER_ERROR);
		expect(error?.context).toEqual({ itemIndex: 1 });
		expect(error?.description).toBe(`${plain?.description} ${DELETE_NOTE}`);
		expect(remaining()).toEqual([false, false, true, true, true]);

		// What the description promises for a re-run.
		removeHook();
		ctx.sandbox.control.clearLog();
		const rerun = await deleteMany();
		expect(rerun.error?.message).toBe(
			'Learner IDs: no learners with IDs learner_00001, learner_00002 in this organization',
		);
		expect(calls(ctx.sandbox)).toEqual(['GET /learners']);
		expect(remaining()).toEqual([false, false, true, true, true]);
	});

	it('with Continue On Fail, fails the items of that request and sends the later ones', async () => {
		failSecondRequest({ count: 1, status: 500 });

		const { outputs, error } = await deleteMany({ continueOnFail: true });

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((entry) => entry.body)).toEqual([
			{ learnerIds: ['learner_00001', 'learner_00002'] },
			{ learnerIds: ['learner_00003', 'learner_00004'] },
			{ learnerIds: ['learner_00005'] },
		]);
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ deleted: true, learnerIds: ['learner_00001', 'learner_00002'] }, { item: 0 }],
			[{ error: SERVER_ERROR }, { item: 1 }],
			[{ error: PARTLY_DELETED }, { item: 2 }],
		]);
		const partly = outputs[0][2].error as NodeApiError;
		expect([partly instanceof NodeApiError, partly.httpCode, partly.context]).toEqual([
			true,
			'500',
			{ itemIndex: 2 },
		]);
		expect(outputs[0][1].error?.context).toEqual({ itemIndex: 1 });
		expect(remaining()).toEqual([false, false, true, true, false]);
	});

	it('with the error output, sends the failed items there', async () => {
		failSecondRequest({ count: 1, status: 500 });

		const { outputs } = await deleteMany({ onError: 'continueErrorOutput' });

		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ deleted: true, learnerIds: ['learner_00001', 'learner_00002'] }, { item: 0 }],
		]);
		expect(outputs[1].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: SERVER_ERROR }, { item: 1 }],
			[{ error: PARTLY_DELETED }, { item: 2 }],
		]);
		expect(remaining()).toEqual([false, false, true, true, false]);
	});
});
