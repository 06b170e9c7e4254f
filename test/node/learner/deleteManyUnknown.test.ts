import type { INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { run, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();

const items = (...lists: string[][]): INodeExecutionData[] =>
	lists.map((ids) => ({ json: { ids } }));

const deleteMany = (input: INodeExecutionData[], extra = {}, options = {}) =>
	run(
		ctx.sandbox,
		{
			resource: 'learner',
			operation: 'deleteMany',
			learnerIds: '={{ $json.ids }}',
			options,
		} as never,
		{ items: input, ...extra },
	);

/** Method, path, body and status of every request, with the Bearer header checked on each. */
const requests = () =>
	ctx.sandbox.control.requestLog.map((entry) => {
		expect(entry.headers.authorization).toBe(`Bearer ${ctx.sandbox.keys.tenant}`);
		return [entry.method, entry.path, entry.body, entry.status];
	});

const remaining = (...ids: string[]) => {
	const stored = new Set(
		ctx.sandbox.control
			.learners(ctx.sandbox.companies.tenant)
			.map((learner) => (learner as { id: string }).id),
	);
	return ids.filter((id) => stored.has(id));
};

const TYPO_ITEMS = items(['learner_00001'], ['learner_TYPO'], ['learner_00002']);
const TYPO_ERROR = 'Learner IDs: no learner with ID learner_TYPO in this organization';

describe('learner delete many with an unknown ID', () => {
	it('with Continue On Fail, fails only the item naming it and deletes the others', async () => {
		const { outputs, error } = await deleteMany(TYPO_ITEMS, { continueOnFail: true });

		expect(error).toBeUndefined();
		expect(requests()).toEqual([
			[
				'DELETE',
				'/learners/bulk',
				{ learnerIds: ['learner_00001', 'learner_TYPO', 'learner_00002'] },
				404,
			],
			['GET', '/learners', undefined, 200],
			['DELETE', '/learners/bulk', { learnerIds: ['learner_00001', 'learner_00002'] }, 200],
		]);
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ deleted: true, learnerIds: ['learner_00001'] }, { item: 0 }],
			[{ error: TYPO_ERROR }, { item: 1 }],
			[{ deleted: true, learnerIds: ['learner_00002'] }, { item: 2 }],
		]);
		const itemError = outputs[0][1].error as NodeOperationError;
		expect(itemError).toBeInstanceOf(NodeOperationError);
		expect(itemError.context).toEqual({ itemIndex: 1 });
		expect(itemError.description).toBe(
			'The ID is misspelt, or the learner was already deleted (parameter "learnerIds")',
		);
		expect(remaining('learner_00001', 'learner_00002', 'learner_00003')).toEqual(['learner_00003']);
	});

	it('with the error output, sends that item there paired to its input', async () => {
		const { outputs } = await deleteMany(TYPO_ITEMS, { onError: 'continueErrorOutput' });

		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ deleted: true, learnerIds: ['learner_00001'] }, { item: 0 }],
			[{ deleted: true, learnerIds: ['learner_00002'] }, { item: 2 }],
		]);
		expect(outputs[1].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: TYPO_ERROR }, { item: 1 }],
		]);
		expect(remaining('learner_00001', 'learner_00002')).toEqual([]);
	});

	it('without Continue On Fail, stops naming it and deletes nothing (one request)', async () => {
		const { outputs, error } = await deleteMany(TYPO_ITEMS);

		expect(outputs).toEqual([]);
		expect(requests()).toEqual([
			[
				'DELETE',
				'/learners/bulk',
				{ learnerIds: ['learner_00001', 'learner_TYPO', 'learner_00002'] },
				404,
			],
			['GET', '/learners', undefined, 200],
		]);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(TYPO_ERROR);
		expect(error?.context).toEqual({ itemIndex: 1 });
		expect(error?.description).toBe(
			'Nothing was deleted: the API refuses a whole request naming an unknown ID (unknown in this run: learner_TYPO). Remove them, or turn on Continue On Fail to delete the others (parameter "learnerIds")',
		);
		expect(remaining('learner_00001', 'learner_00002')).toEqual(['learner_00001', 'learner_00002']);
	});

	it('without Continue On Fail, checks the list before sending several requests', async () => {
		const input = items(['learner_00001'], ['learner_00002', 'learner_GONE'], ['learner_TYPO']);

		const { error } = await deleteMany(input, {}, { batchSize: 1 });

		expect(requests()).toEqual([['GET', '/learners', undefined, 200]]);
		expect(error?.message).toBe(
			'Learner IDs: no learner with ID learner_GONE in this organization',
		);
		expect(error?.context).toEqual({ itemIndex: 1 });
		expect(error?.description).toBe(
			'Nothing was deleted: the API refuses a whole request naming an unknown ID (unknown in this run: learner_GONE, learner_TYPO). Remove them, or turn on Continue On Fail to delete the others (parameter "learnerIds")',
		);
		expect(remaining('learner_00001', 'learner_00002')).toEqual(['learner_00001', 'learner_00002']);
	});

	it('reads the list once and leaves unknown IDs out of later requests', async () => {
		// Batches of 2: [TYPO, 00001] (404, resent as [00001]), [00002, GONE] (sent as [00002]).
		const input = items(['learner_TYPO'], ['learner_00001'], ['learner_00002', 'learner_GONE']);

		const { outputs } = await deleteMany(input, { continueOnFail: true }, { batchSize: 2 });

		expect(requests()).toEqual([
			['DELETE', '/learners/bulk', { learnerIds: ['learner_TYPO', 'learner_00001'] }, 404],
			['GET', '/learners', undefined, 200],
			['DELETE', '/learners/bulk', { learnerIds: ['learner_00001'] }, 200],
			['DELETE', '/learners/bulk', { learnerIds: ['learner_00002'] }, 200],
		]);
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: TYPO_ERROR }, { item: 0 }],
			[{ deleted: true, learnerIds: ['learner_00001'] }, { item: 1 }],
			[
				{
					error:
						'Learner IDs: no learner with ID learner_GONE in this organization (its other ID(s) were deleted: learner_00002)',
				},
				{ item: 2 },
			],
		]);
		expect(remaining('learner_00001', 'learner_00002')).toEqual([]);
	});

	it('keeps the API 404 on every item of the request when the list cannot be read', async () => {
		ctx.sandbox.control.injectFaults({ count: 1, status: 500, route: '/learners', method: 'GET' });

		const { outputs } = await deleteMany(TYPO_ITEMS, { continueOnFail: true });

		expect(requests()).toEqual([
			[
				'DELETE',
				'/learners/bulk',
				{ learnerIds: ['learner_00001', 'learner_TYPO', 'learner_00002'] },
				404,
			],
			['GET', '/learners', undefined, 500],
		]);
		const notFound = 'unknown learner ID(s): learner_TYPO [not_found]';
		expect(outputs[0].map((item) => item.json)).toEqual([
			{ error: notFound },
			{ error: notFound },
			{ error: notFound },
		]);
		expect(remaining('learner_00001', 'learner_00002')).toEqual(['learner_00001', 'learner_00002']);
	});

	it('names the parameter when the ID list holds no IDs', async () => {
		const { error } = await deleteMany([{ json: { ids: ['learner_00001', true] } }]);

		expect(requests()).toEqual([]);
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe('Learner IDs: true is not an ID');
		expect(error?.context).toEqual({ itemIndex: 0 });
		expect(error?.description).toBe(
			'Use IDs, records with an "id" field, or text with IDs separated by commas, semicolons or line breaks (parameter "learnerIds")',
		);
	});
});
