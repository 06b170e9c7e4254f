import { apiData, byId, json, requests, runner, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const policy = runner(ctx, 'policy');
const tenant = () => ctx.sandbox.companies.tenant;
const bearer = () => `Bearer ${ctx.sandbox.keys.tenant}`;

describe('Policy → Get', () => {
	it('reads one policy', async () => {
		const expected = await apiData(ctx.sandbox, '/policies/policy_00002');

		const { outputs, error } = await policy({
			operation: 'get',
			policyId: byId('policy_00002'),
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/policies/policy_00002',
				query: {},
				body: undefined,
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([expected]);
		expect(json(outputs[0])[0]).toMatchObject({
			id: 'policy_00002',
			name: 'Information Security Policy',
		});
	});

	it('reads a child company’s policy with an MSP key and the Company scope', async () => {
		const { msp } = ctx.sandbox.keys;
		const { childA } = ctx.sandbox.companies;
		const expected = await apiData(ctx.sandbox, `/policies/policy_00007?companyId=${childA}`, msp);

		const { outputs, error } = await policy(
			{ operation: 'get', policyId: byId('policy_00007'), companyId: byId(childA) },
			{ apiKey: msp },
		);

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/policies/policy_00007',
				query: { companyId: childA },
				body: undefined,
				authorization: `Bearer ${msp}`,
			},
		]);
		expect(json(outputs[0])).toEqual([expected]);
	});
});

describe('Policy → Get Many', () => {
	it('sends both filters (false included) and cuts to Limit', async () => {
		const expected = (await apiData(
			ctx.sandbox,
			'/policies?publishedOnly=true&pdfOnly=false',
		)) as unknown[];
		expect(expected).toHaveLength(2);

		const { outputs, error } = await policy({
			operation: 'getAll',
			limit: 1,
			filters: { publishedOnly: true, pdfOnly: '={{ "false" }}' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/policies',
				query: { publishedOnly: 'true', pdfOnly: 'false' },
				body: undefined,
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual(expected.slice(0, 1));
	});

	it('returns every policy as one item each', async () => {
		const expected = (await apiData(ctx.sandbox, '/policies')) as unknown[];

		const { outputs, error } = await policy({ operation: 'getAll', returnAll: true });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)[0]).toMatchObject({ path: '/policies', query: {} });
		expect(json(outputs[0])).toEqual(expected);
		expect(expected.length).toBeGreaterThanOrEqual(3);
	});
});

describe('Policy → Publish Draft / Discard Draft', () => {
	it('publishes the draft as a major version and resends it', async () => {
		const { outputs, error } = await policy({
			operation: 'publishDraft',
			policyId: byId('policy_00002'),
			options: { major: true, resend: '={{ "true" }}' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/policies/policy_00002/publish-draft',
				query: {},
				body: { major: true, resend: true },
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
		expect(ctx.sandbox.control.policy(tenant(), 'policy_00002')).toMatchObject({
			inDraft: false,
			majorVersion: 3,
			minorVersion: 0,
			lastPublishResend: true,
		});
	});

	it('discards a draft', async () => {
		const { outputs, error } = await policy({
			operation: 'discardDraft',
			policyId: byId('policy_00003'),
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/policies/policy_00003/discard-draft',
				query: {},
				body: undefined,
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
		expect(ctx.sandbox.control.policy(tenant(), 'policy_00003')).toMatchObject({ inDraft: false });
	});

	it('surfaces the API’s answer when there is no draft', async () => {
		const { error } = await policy({
			operation: 'publishDraft',
			policyId: byId('policy_00001'),
		});

		expect(requests(ctx.sandbox).map((r) => [r.path, r.body])).toEqual([
			['/policies/policy_00001/publish-draft', undefined],
		]);
		expect(error?.message).toBe("policy 'policy_00001' has no draft to publish [no_draft]");
		expect(error?.httpCode).toBe('400');
	});
});

describe('Policy → Assign / Send Reminder / Remove Assignment', () => {
	it('assigns every policy to every learner and keeps the bulk result as one item', async () => {
		const { outputs, error } = await policy({
			operation: 'assign',
			policyIds: ['policy_00001'],
			learnerIds: '={{ "learner_00006, learner_00007, learner_00006" }}',
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/policy-assignments',
				query: {},
				body: { policyIds: ['policy_00001'], learnerIds: ['learner_00006', 'learner_00007'] },
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([
			{
				success: true,
				completed: [
					{ learnerId: 'learner_00006', policyId: 'policy_00001' },
					{ learnerId: 'learner_00007', policyId: 'policy_00001' },
				],
				failures: [],
				errors: [],
			},
		]);
	});

	it('reminds learners and reports who could not be reminded', async () => {
		const { outputs, error } = await policy({
			operation: 'sendReminder',
			policyIds: ['policy_00001'],
			learnerIds: ['learner_00002', 'learner_00001'],
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)[0]).toMatchObject({
			method: 'POST',
			path: '/policy-reminders',
			body: { policyIds: ['policy_00001'], learnerIds: ['learner_00002', 'learner_00001'] },
		});
		expect(json(outputs[0])).toEqual([
			{
				success: true,
				completed: [{ learnerId: 'learner_00002', policyId: 'policy_00001' }],
				failures: [
					{
						learnerId: 'learner_00001',
						policyId: 'policy_00001',
						code: 'already_signed',
						message: "learner 'learner_00001' already signed 'policy_00001'",
					},
				],
				errors: [],
			},
		]);
	});

	it('removes assignments', async () => {
		const { outputs, error } = await policy({
			operation: 'removeAssignment',
			policyIds: ['policy_00001'],
			learnerIds: ['learner_00006'],
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/policy-removals',
				query: {},
				body: { policyIds: ['policy_00001'], learnerIds: ['learner_00006'] },
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
		const assigned = ctx.sandbox.control
			.policyAssignments(tenant())
			.filter((a) => a.policyId === 'policy_00001')
			.map((a) => a.learnerId);
		expect(assigned).not.toContain('learner_00006');
		expect(assigned).toContain('learner_00007');
	});

	it('refuses an empty learner list locally', async () => {
		const { error } = await policy({
			operation: 'assign',
			policyIds: ['policy_00001'],
			learnerIds: '={{ [] }}',
		});

		expect(ctx.sandbox.control.requestLog).toEqual([]);
		expect(error?.message).toBe('Learner IDs: choose at least one ID');
	});
});

describe('Policy → Delete Many', () => {
	it('deletes the listed policies with a JSON body on DELETE', async () => {
		const { outputs, error } = await policy({
			operation: 'deleteMany',
			policyIds: '={{ ["policy_00003", "policy_00002"] }}',
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'DELETE',
				path: '/policies/bulk',
				query: {},
				body: { policyIds: ['policy_00003', 'policy_00002'] },
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([{ deleted: true }]);
		expect(ctx.sandbox.control.policies(tenant()).map((p) => p.id)).toEqual(['policy_00001']);
	});

	it('surfaces the API’s 404 when an ID is unknown, deleting nothing', async () => {
		const { error } = await policy({
			operation: 'deleteMany',
			policyIds: ['policy_00001', 'policy_99999'],
		});

		expect(error?.message).toBe('unknown policy ID(s): policy_99999 [not_found]');
		expect(error?.httpCode).toBe('404');
		expect(ctx.sandbox.control.policy(tenant(), 'policy_00001')).toBeDefined();
	});
});
