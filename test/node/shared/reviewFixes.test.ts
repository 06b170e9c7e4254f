import { byId, calls, json, requests, run, runner, useSandbox } from './sandboxRun';

const ctx = useSandbox();
const learner = runner(ctx, 'learner');
const policy = runner(ctx, 'policy');

describe('Batch Size is refused like Limit when it is not a whole number of 1 or more', () => {
	it.each([
		['abc', 'Batch Size: "abc" is not a whole number'],
		['2.5', 'Batch Size: "2.5" is not a whole number'],
		[0, 'Batch Size: 0 is below 1'],
		[-3, 'Batch Size: -3 is below 1'],
		['={{ "abc" }}', 'Batch Size: "abc" is not a whole number'],
	])('Create Many with Batch Size %p fails before any request', async (batchSize, message) => {
		const { error } = await learner(
			{
				operation: 'createMany',
				email: 'new.person@acme.example',
				firstName: 'New',
				lastName: 'Person',
				options: { batchSize },
			},
			{},
		);

		expect(error?.message).toBe(message);
		expect(error?.description).toContain('(parameter "options.batchSize")');
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it('Delete Many with Batch Size 0 fails before any request', async () => {
		const { error } = await learner({
			operation: 'deleteMany',
			learnerIds: 'learner_00001',
			options: { batchSize: 0 },
		});

		expect(error?.message).toBe('Batch Size: 0 is below 1');
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it('a Batch Size from an expression giving "2" is used', async () => {
		const { error } = await learner({
			operation: 'deleteMany',
			learnerIds: 'learner_00001, learner_00002, learner_00003',
			options: { batchSize: '={{ "2" }}' },
		});

		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([
			'GET /learners',
			'DELETE /learners/bulk',
			'DELETE /learners/bulk',
		]);
	});
});

describe('Company: an expression giving no company ID', () => {
	const companyFromItem = { __rl: true, mode: 'id', value: '={{ $json.companyId }}' };

	it('refuses that item instead of reading the own organization', async () => {
		const child = ctx.sandbox.companies.childA;
		const { outputs, error } = await run(
			ctx.sandbox,
			{ resource: 'learner', operation: 'getAll', returnAll: true, companyId: companyFromItem },
			{
				apiKey: ctx.sandbox.keys.msp,
				continueOnFail: true,
				items: [{ json: { companyId: child } }, { json: { companyId: '' } }],
			},
		);

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/learners',
				query: { companyId: child },
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.msp}`,
			},
		]);
		expect(json(outputs[0]).at(-1)).toEqual({
			error:
				'Company: the expression gave no company ID; clear the field to read your own organization',
		});
	});

	it('stops the node without Continue On Fail', async () => {
		const { error } = await learner(
			{ operation: 'getAll', returnAll: true, companyId: companyFromItem },
			{ apiKey: ctx.sandbox.keys.msp, items: [{ json: { companyId: '  ' } }] },
		);

		expect(error?.message).toBe(
			'Company: the expression gave no company ID; clear the field to read your own organization',
		);
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it('a field left empty still reads the own organization', async () => {
		const { error } = await learner(
			{ operation: 'getAll', limit: 1, companyId: { __rl: true, mode: 'list', value: '' } },
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox).map((r) => [r.path, r.query])).toEqual([['/learners', {}]]);
	});
});

describe('Learner By Email with no match', () => {
	it('a read does not speak of MSP writes', async () => {
		const { error } = await learner({
			operation: 'get',
			learnerId: { __rl: true, mode: 'email', value: 'nobody@acme.example' },
		});

		expect(error?.message).toBe(
			'No learner in your own organization has the email "nobody@acme.example"',
		);
		expect(error?.description).toBe(
			'The API key\'s own organization was searched. Check parameter "learnerId", or pick the learner From List or By ID.',
		);
		expect(calls(ctx.sandbox)).toEqual(['GET /learners']);
	});
});

describe('Create From Template: the template ID as a path segment', () => {
	it.each(['.', '..'])('refuses %p before any request', async (id) => {
		const { error } = await policy({
			operation: 'createFromTemplate',
			policyTemplateId: byId(id),
			action: 'saveDraft',
		});

		expect(error?.message).toBe(`Policy Template ID: "${id}" is not an ID`);
		expect(calls(ctx.sandbox)).toEqual([]);
	});
});
