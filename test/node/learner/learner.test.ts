import { apiData, byId, calls, json, run, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const learner = (parameters: Record<string, unknown>, options = {}) =>
	run(ctx.sandbox, { resource: 'learner', ...parameters } as never, options);

const NADIA = 'nadia.wong@acme.example';

const AISHA = {
	id: 'learner_00001',
	email: 'aisha.nguyen@acme.example',
	name: 'Aisha Nguyen',
	firstName: 'Aisha',
	lastName: 'Nguyen',
	externalLearnerId: 'EMP-0001',
	inactive: false,
	locale: 'en',
	riskScoreLevel: 'low',
	groups: [{ id: 'group_00001', name: 'Finance' }],
};

describe('learner create', () => {
	const parameters = {
		operation: 'create',
		email: 'new.person@acme.example',
		firstName: 'New',
		lastName: 'Person',
		additionalFields: {
			groupIds: ['group_00001', 'group_00002'],
			externalLearnerId: 'EMP-9001',
			locale: 'en',
			excludedFromAutoEnrol: '={{ "false" }}',
		},
	};

	it('sends the typed body and, as the API answers {}, outputs the learner found by email', async () => {
		const { outputs, error } = await learner(parameters);

		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual(['POST /learners', 'GET /learners']);
		const [create] = ctx.sandbox.control.requestLog;
		expect(create.body).toEqual({
			email: 'new.person@acme.example',
			firstName: 'New',
			lastName: 'Person',
			groupIds: ['group_00001', 'group_00002'],
			externalLearnerId: 'EMP-9001',
			locale: 'en',
			excludedFromAutoEnrol: false,
		});
		expect(create.headers.authorization).toBe(`Bearer ${ctx.sandbox.keys.tenant}`);
		const stored = ctx.sandbox.control.findLearnerByEmail(
			ctx.sandbox.companies.tenant,
			'new.person@acme.example',
		) as { id: string };
		expect(json(outputs[0])).toEqual([
			{
				id: stored.id,
				email: 'new.person@acme.example',
				externalLearnerId: 'EMP-9001',
				name: 'New Person',
				inactive: false,
			},
		]);
	});

	it('outputs the returned record without a lookup when the API returns it', async () => {
		ctx.sandbox.control.setCreateReturnsRecord(true);

		const { outputs } = await learner(parameters);

		expect(calls(ctx.sandbox)).toEqual(['POST /learners']);
		expect(outputs[0][0].json).toMatchObject({ email: 'new.person@acme.example', locale: 'en' });
		expect(outputs[0][0].json.id).toMatch(/^learner_/);
	});

	it('leaves unset optional fields out', async () => {
		await learner({ ...parameters, additionalFields: {} });

		expect(ctx.sandbox.control.requestLog[0].body).toEqual({
			email: 'new.person@acme.example',
			firstName: 'New',
			lastName: 'Person',
		});
	});

	it('refuses a malformed email before sending', async () => {
		const { error } = await learner({ ...parameters, email: 'not-an-email' });

		expect(error?.message).toBe('Email: "not-an-email" is not an email address');
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it.each([
		[
			'free email',
			'someone@gmail.com',
			"email 'someone@gmail.com' uses the free email provider gmail.com; use a work address [free_email_domain]",
		],
		[
			'domain lock',
			'someone@elsewhere.example',
			"email 'someone@elsewhere.example' is not on the company domain acme.example (domain lock is on) [email_domain_locked]",
		],
		[
			'duplicate',
			AISHA.email,
			`a learner with email '${AISHA.email}' already exists [duplicate_email]`,
		],
	])('passes the API rejection (%s) on word for word', async (_case, email, message) => {
		const { error } = await learner({ ...parameters, email });

		expect(error?.message).toBe(message);
		expect(calls(ctx.sandbox)).toEqual(['POST /learners']);
	});
});

describe('learner get', () => {
	it('returns the simplified learner by default', async () => {
		const { outputs } = await learner({ operation: 'get', learnerId: byId(AISHA.id) });

		expect(calls(ctx.sandbox)).toEqual([`GET /learners/${AISHA.id}`]);
		expect(json(outputs[0])).toEqual([AISHA]);
	});

	it('returns the whole record with Simplify off', async () => {
		const { outputs } = await learner({
			operation: 'get',
			learnerId: byId(AISHA.id),
			simplify: false,
		});

		expect(json(outputs[0])).toEqual([await apiData(ctx.sandbox, `/learners/${AISHA.id}`)]);
	});

	it.each([
		['email', AISHA.email],
		['externalId', 'EMP-0001'],
	])('finds the learner by %s', async (mode, value) => {
		const { outputs } = await learner({
			operation: 'get',
			learnerId: { __rl: true, mode, value },
		});

		expect(calls(ctx.sandbox)).toEqual(['GET /learners', `GET /learners/${AISHA.id}`]);
		expect(outputs[0][0].json.id).toBe(AISHA.id);
	});

	it.each([
		['a/b?c#d', '/learners/a%2Fb%3Fc%23d'],
		['../companies', '/learners/..%2Fcompanies'],
	])('keeps the ID %s in one path segment', async (id, path) => {
		await learner({ operation: 'get', learnerId: byId(id) });

		expect(ctx.sandbox.control.requestLog.map((entry) => entry.path)).toEqual([path]);
	});

	it('reads a child company with an MSP key and the Company scope', async () => {
		const child = ctx.sandbox.companies.childA;
		const [first] = (await apiData(
			ctx.sandbox,
			`/learners?companyId=${child}`,
			ctx.sandbox.keys.msp,
		)) as Array<{ id: string }>;

		const { outputs } = await learner(
			{ operation: 'get', learnerId: byId(first.id), companyId: byId(child) },
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(ctx.sandbox.control.requestLog.at(-1)?.query).toEqual({ companyId: child });
		expect(outputs[0][0].json.id).toBe(first.id);
	});
});

describe('learner get many', () => {
	it('cuts to Limit', async () => {
		const all = (await apiData(ctx.sandbox, '/learners')) as unknown[];
		const { outputs } = await learner({ operation: 'getAll', limit: 3 });

		expect(calls(ctx.sandbox)[0]).toBe('GET /learners');
		expect(ctx.sandbox.control.requestLog[0].query).toEqual({});
		expect(json(outputs[0])).toEqual(all.slice(0, 3));
	});

	it('returns every learner with Return All', async () => {
		const { outputs } = await learner({ operation: 'getAll', returnAll: true });

		expect(outputs[0]).toHaveLength(240);
	});
});

describe('learner update, delete, activation, groups', () => {
	it('updates the profile, sending only the fields set', async () => {
		const { outputs } = await learner({
			operation: 'update',
			learnerId: byId(AISHA.id),
			firstName: 'Aisha',
			lastName: 'Tran',
			updateFields: { locale: 'vi', excludedFromAutoEnrol: true },
		});

		const [entry] = ctx.sandbox.control.requestLog;
		expect([entry.method, entry.path]).toEqual(['PATCH', `/learners/${AISHA.id}`]);
		expect(entry.body).toEqual({
			firstName: 'Aisha',
			lastName: 'Tran',
			locale: 'vi',
			excludedFromAutoEnrol: true,
		});
		expect(json(outputs[0])).toEqual([{ success: true }]);
		expect(ctx.sandbox.control.learner(ctx.sandbox.companies.tenant, AISHA.id)).toMatchObject({
			lastName: 'Tran',
			locale: 'vi',
			groups: AISHA.groups,
		});
	});

	it('deletes one learner', async () => {
		const { outputs } = await learner({ operation: 'delete', learnerId: byId(AISHA.id) });

		expect(calls(ctx.sandbox)).toEqual([`DELETE /learners/${AISHA.id}`]);
		expect(json(outputs[0])).toEqual([{ deleted: true }]);
	});

	it.each(['activate', 'deactivate'])('%s sends the learner IDs', async (operation) => {
		const { outputs } = await learner({
			operation,
			learnerIds: '={{ ["learner_00001", "learner_00002", "learner_00001"] }}',
		});

		expect(calls(ctx.sandbox)).toEqual([`POST /learners/${operation}`]);
		expect(ctx.sandbox.control.requestLog[0].body).toEqual({
			learnerIds: ['learner_00001', 'learner_00002'],
		});
		expect(json(outputs[0])).toEqual([{ success: true }]);
		expect(ctx.sandbox.control.learner(ctx.sandbox.companies.tenant, AISHA.id)).toMatchObject({
			inactive: operation === 'deactivate',
		});
	});

	it.each(['activate', 'deactivate'])(
		'%s refuses an empty list before sending',
		async (operation) => {
			const { error } = await learner({ operation, learnerIds: '={{ [] }}' });

			expect(error?.message).toBe('Learner IDs: choose at least one ID');
			expect(calls(ctx.sandbox)).toEqual([]);
		},
	);

	it('replaces groups, and an empty list clears them', async () => {
		await learner({
			operation: 'replaceGroups',
			learnerId: byId(AISHA.id),
			groupIds: ['group_00002'],
		});
		await learner({ operation: 'replaceGroups', learnerId: byId(AISHA.id), groupIds: [] });

		expect(
			ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path, entry.body]),
		).toEqual([
			['PUT', `/learners/${AISHA.id}/groups`, { groupIds: ['group_00002'] }],
			['PUT', `/learners/${AISHA.id}/groups`, { groupIds: [] }],
		]);
		expect(ctx.sandbox.control.learner(ctx.sandbox.companies.tenant, AISHA.id)).toMatchObject({
			groups: [],
		});
	});
});

describe('learner results', () => {
	it.each([
		['getBreaches', 'breaches'],
		['getCourseResults', 'course-results'],
		['getGapAnalysisResults', 'gap-analysis-results'],
		['getPolicyResults', 'policy-results'],
		['getSimulationQueue', 'simulation-queue'],
		['getSimulationResults', 'simulation-results'],
	])('%s outputs one item per entry of GET .../%s', async (operation, tail) => {
		// Aisha has no breach; Nadia has two.
		const id =
			operation === 'getBreaches'
				? (
						ctx.sandbox.control.findLearnerByEmail(ctx.sandbox.companies.tenant, NADIA) as {
							id: string;
						}
					).id
				: AISHA.id;
		const path = `/learners/${id}/${tail}`;
		const expected = (await apiData(ctx.sandbox, path)) as unknown[];

		const { outputs, error } = await learner({ operation, learnerId: byId(id) });

		expect(expected.length).toBeGreaterThan(0);
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toEqual([`GET ${path}`]);
		expect(ctx.sandbox.control.requestLog[0].query).toEqual({});
		expect(json(outputs[0])).toEqual(expected);
	});

	it('filters policy results by policy', async () => {
		const all = (await apiData(ctx.sandbox, `/learners/${AISHA.id}/policy-results`)) as Array<{
			policyId: string;
		}>;
		const { policyId } = all[0];

		const { outputs } = await learner({
			operation: 'getPolicyResults',
			learnerId: byId(AISHA.id),
			filters: { policyId: byId(policyId) },
		});

		expect(ctx.sandbox.control.requestLog[0].query).toEqual({ policyId });
		expect(json(outputs[0])).toEqual(all.filter((result) => result.policyId === policyId));
	});
});
