import type { INodeExecutionData } from 'n8n-workflow';

import { calls, json, run, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();

/** Each input item is one roster row; the node reads it through expressions. */
const ROW_PARAMETERS = {
	resource: 'learner',
	operation: 'createMany',
	email: '={{ $json.email }}',
	firstName: '={{ $json.first }}',
	lastName: '={{ $json.last }}',
	additionalFields: { externalLearnerId: '={{ $json.emp }}' },
};

const row = (index: number, email = `bulk.${index}@acme.example`): INodeExecutionData => ({
	json: { email, first: 'Bulk', last: `Person ${index}`, emp: `EMP-B${index}` },
});

const createMany = (
	items: INodeExecutionData[],
	options: Record<string, unknown> = {},
	extra = {},
) => run(ctx.sandbox, { ...ROW_PARAMETERS, options } as never, { items, ...extra });

const bulkRequests = () =>
	ctx.sandbox.control.requestLog.filter((entry) => entry.path === '/learners/bulk');

describe('learner create many', () => {
	it('creates 200 rows in ceil(200 / batch) requests, pairing each output to its input', async () => {
		const items = Array.from({ length: 200 }, (_, index) => row(index));
		items[17] = row(17, 'free.mail@gmail.com');
		items[88] = row(88, 'locked.out@elsewhere.example');
		items[151] = row(151, 'aisha.nguyen@acme.example');

		const { outputs, error } = await createMany(items, { batchSize: 50 });

		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([
			'POST /learners/bulk',
			'POST /learners/bulk',
			'POST /learners/bulk',
			'POST /learners/bulk',
			'GET /learners',
		]);
		expect(
			bulkRequests().map((entry) => (entry.body as { learners: unknown[] }).learners.length),
		).toEqual([50, 50, 50, 50]);
		expect((bulkRequests()[0].body as { learners: unknown[] }).learners[1]).toEqual({
			email: 'bulk.1@acme.example',
			firstName: 'Bulk',
			lastName: 'Person 1',
			externalLearnerId: 'EMP-B1',
		});

		const [main] = outputs;
		expect(main).toHaveLength(200);
		expect(main.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));

		const created = main.filter((item) => item.json.success === true);
		expect(created).toHaveLength(197);
		for (const item of created) {
			const stored = ctx.sandbox.control.findLearnerByEmail(
				ctx.sandbox.companies.tenant,
				item.json.email as string,
			) as { id: string };
			expect(item.json.id).toBe(stored.id);
		}
		expect(main[0].json).toEqual({
			success: true,
			id: created[0].json.id,
			email: 'bulk.0@acme.example',
			externalLearnerId: 'EMP-B0',
			name: 'Bulk Person 0',
			inactive: false,
		});

		expect([main[17], main[88], main[151]].map((item) => item.json)).toEqual([
			{
				success: false,
				email: 'free.mail@gmail.com',
				error: {
					code: 'free_email_domain',
					message:
						"email 'free.mail@gmail.com' uses the free email provider gmail.com; use a work address",
				},
			},
			{
				success: false,
				email: 'locked.out@elsewhere.example',
				error: {
					code: 'email_domain_locked',
					message:
						"email 'locked.out@elsewhere.example' is not on the company domain acme.example (domain lock is on)",
				},
			},
			{
				success: false,
				email: 'aisha.nguyen@acme.example',
				error: {
					code: 'duplicate_email',
					message: "a learner with email 'aisha.nguyen@acme.example' already exists",
				},
			},
		]);
	});

	it('uses the records the API returns, without a lookup', async () => {
		ctx.sandbox.control.setCreateReturnsRecord(true);

		const { outputs } = await createMany([row(1), row(2)]);

		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk']);
		expect(json(outputs[0]).map((item) => [item.success, item.email, typeof item.id])).toEqual([
			[true, 'bulk.1@acme.example', 'string'],
			[true, 'bulk.2@acme.example', 'string'],
		]);
	});

	it('rejects rows it can tell are bad on their own item and sends the rest', async () => {
		const items = [
			row(0),
			{ json: { email: 'no.last@acme.example', first: 'No', last: '' } },
			row(2, 'not-an-email'),
			row(3, 'BULK.0@acme.example'),
			row(4),
		];

		const { outputs } = await createMany(items);

		expect(calls(ctx.sandbox)).toEqual(['POST /learners/bulk', 'GET /learners']);
		expect(
			(bulkRequests()[0].body as { learners: Array<{ email: string }> }).learners.map(
				(learner) => learner.email,
			),
		).toEqual(['bulk.0@acme.example', 'bulk.4@acme.example']);
		expect(json(outputs[0]).map((item) => [item.success, item.error])).toEqual([
			[true, undefined],
			[false, { code: 'missing_last_name', message: 'Last Name is empty' }],
			[false, { code: 'invalid_email', message: '"not-an-email" is not an email address' }],
			[
				false,
				{
					code: 'duplicate_in_input',
					message: '"BULK.0@acme.example" appears in an earlier input item',
				},
			],
			[true, undefined],
		]);
	});

	it('sends rejected rows to the error output when it is enabled, keeping pairing', async () => {
		const items = [row(0), row(1, 'x@gmail.com'), row(2), row(3, 'bad')];

		const { outputs } = await createMany(items, {}, { onError: 'continueErrorOutput' });

		expect(outputs[0].map((item) => [item.json.email, item.pairedItem])).toEqual([
			['bulk.0@acme.example', { item: 0 }],
			['bulk.2@acme.example', { item: 2 }],
		]);
		// n8n's error items: `error` is the API's message and code (n8n adds the input row's
		// fields when a previous node feeds this one; the harness has none).
		expect(outputs[1].map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{
					error:
						"email 'x@gmail.com' uses the free email provider gmail.com; use a work address [free_email_domain]",
				},
				{ item: 1 },
			],
			[{ error: '"bad" is not an email address [invalid_email]' }, { item: 3 }],
		]);
	});

	it('fails the node when a whole request fails, unless Continue On Fail is on', async () => {
		ctx.sandbox.control.injectFaults({ status: 503, route: '/learners/bulk', count: 1 });

		const stopped = await createMany([row(0), row(1)]);
		expect(stopped.error?.message).toMatch(/\[http_503\]|\[service_unavailable\]|unavailable/i);

		ctx.sandbox.control.injectFaults({ status: 503, route: '/learners/bulk', count: 1 });
		const continued = await createMany(
			[row(0), row(1), row(2)],
			{ batchSize: 2 },
			{
				continueOnFail: true,
			},
		);
		expect(json(continued.outputs[0]).map((item) => item.success ?? item.error)).toEqual([
			stopped.error?.message,
			stopped.error?.message,
			true,
		]);
	});
});

describe('learner delete many', () => {
	const deleteMany = (items: INodeExecutionData[], extra = {}, options = {}) =>
		run(
			ctx.sandbox,
			{
				resource: 'learner',
				operation: 'deleteMany',
				learnerIds: '={{ $json.ids }}',
				options,
			} as never,
			{ items, ...extra },
		);

	it('gathers the IDs of all items, deduplicated, into bulk requests', async () => {
		const items = [
			{ json: { ids: ['learner_00001', 'learner_00002'] } },
			{ json: { ids: 'learner_00003, learner_00001' } },
			{ json: { ids: ['learner_00004'] } },
		];

		const { outputs } = await deleteMany(items, {}, { batchSize: 3 });

		// Two requests: the learner list is read first, so an unknown ID would stop the node
		// before the first one.
		expect(
			ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path, entry.body]),
		).toEqual([
			['GET', '/learners', undefined],
			[
				'DELETE',
				'/learners/bulk',
				{ learnerIds: ['learner_00001', 'learner_00002', 'learner_00003'] },
			],
			['DELETE', '/learners/bulk', { learnerIds: ['learner_00004'] }],
		]);
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ deleted: true, learnerIds: ['learner_00001', 'learner_00002'] }, { item: 0 }],
			[{ deleted: true, learnerIds: ['learner_00003', 'learner_00001'] }, { item: 1 }],
			[{ deleted: true, learnerIds: ['learner_00004'] }, { item: 2 }],
		]);
		expect(ctx.sandbox.control.learners(ctx.sandbox.companies.tenant)).toHaveLength(236);
	});

	it('refuses an item without IDs before sending anything', async () => {
		const { error } = await deleteMany([
			{ json: { ids: ['learner_00001'] } },
			{ json: { ids: [] } },
		]);

		expect(error?.message).toBe('Learner IDs: choose at least one ID');
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it('with Continue On Fail, fails the item naming an unknown ID and deletes the others', async () => {
		const items = [
			{ json: { ids: ['learner_00001'] } },
			{ json: { ids: ['learner_missing'] } },
			{ json: { ids: [] } },
			{ json: { ids: ['learner_00002'] } },
		];

		const { outputs } = await deleteMany(items, { continueOnFail: true }, { batchSize: 2 });

		expect(
			ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path, entry.status]),
		).toEqual([
			['DELETE', '/learners/bulk', 404],
			['GET', '/learners', 200],
			['DELETE', '/learners/bulk', 200],
			['DELETE', '/learners/bulk', 200],
		]);
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[{ deleted: true, learnerIds: ['learner_00001'] }, { item: 0 }],
			[
				{ error: 'Learner IDs: no learner with ID learner_missing in this organization' },
				{ item: 1 },
			],
			[{ error: 'Learner IDs: choose at least one ID' }, { item: 2 }],
			[{ deleted: true, learnerIds: ['learner_00002'] }, { item: 3 }],
		]);
	});
});
