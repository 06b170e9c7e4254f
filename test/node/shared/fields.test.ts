import { registerNodeType } from '../../harness';
import { SharedProbe } from './probeNode';
import { apiData, byId, run, runner, useSandbox } from './sandboxRun';

registerNodeType('sharedProbe', new SharedProbe());

const ctx = useSandbox();
const probe = runner(ctx, 'probe', { type: 'sharedProbe' });
let learnerId: string;
let learnerEmail: string;

beforeAll(() => {
	const learner = ctx.sandbox.control.learners(ctx.sandbox.companies.tenant)[0] as {
		id: string;
		email: string;
	};
	learnerId = learner.id;
	learnerEmail = learner.email;
});

describe('pathWithIds', () => {
	it.each([
		['a/b?c#d', '/learners/a%2Fb%3Fc%23d'],
		['../companies', '/learners/..%2Fcompanies'],
	])('encodes %s into one path segment', async (id, path) => {
		await probe({ operation: 'read', learnerId: byId(id) });

		expect(ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path])).toEqual([
			['GET', path],
		]);
	});

	it.each(['={{ "" }}', '  ', '.', '..', 'bulk', 'activate', 'deactivate'])(
		'rejects %p locally, naming the parameter',
		async (id) => {
			const { error } = await probe({ operation: 'read', learnerId: byId(id) });

			expect(error?.message).toMatch(/^Learner ID: /);
			expect(error?.description).toContain('parameter "learnerId"');
			expect(ctx.sandbox.control.requestLog).toEqual([]);
		},
	);

	it('finds a learner by email (any case) through GET /learners, then reads it', async () => {
		const { outputs, error } = await probe({
			operation: 'read',
			learnerId: { __rl: true, mode: 'email', value: learnerEmail.toUpperCase() },
		});

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
			'GET /learners',
			`GET /learners/${learnerId}`,
		]);
		expect(outputs[0][0].json.id).toBe(learnerId);
	});

	it('says so when no learner has the email, naming the organization searched', async () => {
		const { error } = await probe({
			operation: 'read',
			learnerId: { __rl: true, mode: 'email', value: 'nobody@acme.example' },
		});

		expect(error?.message).toBe(
			'No learner in your own organization has the email "nobody@acme.example"',
		);
		expect(ctx.sandbox.control.requestLog.map((entry) => entry.path)).toEqual(['/learners']);
	});

	it("a write looks a child company's learner up in the MSP's own organization, saying so", async () => {
		const { error } = await probe(
			{
				operation: 'write',
				learnerId: { __rl: true, mode: 'email', value: 'maya.smith@globex.example' },
				groupIds: [],
			},
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(error?.message).toBe(
			'No learner in your own organization has the email "maya.smith@globex.example"',
		);
		expect(error?.description).toBe(
			'The API key\'s own organization was searched: writes always act on it, so an MSP key cannot change a child company\'s learner. Check parameter "learnerId", or pick the learner From List or By ID.',
		);
		expect(
			ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path, entry.query]),
		).toEqual([['GET', '/learners', {}]]);
	});

	it('a read in a chosen company names that company', async () => {
		const { error } = await probe(
			{
				operation: 'read',
				learnerId: { __rl: true, mode: 'email', value: 'nobody@acme.example' },
				companyId: byId(ctx.sandbox.companies.childA),
			},
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(error?.message).toBe(
			`No learner in company "${ctx.sandbox.companies.childA}" has the email "nobody@acme.example"`,
		);
		expect(error?.description).toBe(
			'Check parameter "learnerId", or pick the learner From List or By ID.',
		);
		expect(ctx.sandbox.control.requestLog.map((entry) => entry.query)).toEqual([
			{ companyId: ctx.sandbox.companies.childA },
		]);
	});
});

describe('companyScope', () => {
	it('sends companyId only when set', async () => {
		await probe({ operation: 'read', learnerId: byId(learnerId) });
		await probe(
			{
				operation: 'read',
				learnerId: byId('learner_x'),
				companyId: byId(ctx.sandbox.companies.childA),
			},
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(ctx.sandbox.control.requestLog.map((entry) => entry.query)).toEqual([
			{},
			{ companyId: ctx.sandbox.companies.childA },
		]);
	});
});

describe('sendIdList and sendFields', () => {
	it('normalises an ID list and casts expression strings to the API types', async () => {
		const { error } = await probe({
			operation: 'write',
			learnerId: byId(learnerId),
			groupIds: ' g1, g2 ,g1,, ',
			fields: {
				locale: 'en',
				excluded: 'false',
				count: '12',
				since: '2026-01-15T00:00:00',
				email: ' ari@acme.example ',
			},
		});

		const [entry] = ctx.sandbox.control.requestLog;
		expect(error).toBeDefined(); // the sandbox rejects unknown groups; the request is what counts
		expect(entry.method).toBe('PATCH');
		expect(entry.query).toEqual({ count: '12', since: '2026-01-15' });
		expect(entry.body).toEqual({
			groupIds: ['g1', 'g2'],
			locale: 'en',
			excludedFromAutoEnrol: false,
			email: 'ari@acme.example',
		});
		expect(entry.headers.authorization).toBe(`Bearer ${ctx.sandbox.keys.tenant}`);
	});

	it('sends an empty list when allowed, and leaves unset fields out', async () => {
		await probe({ operation: 'write', learnerId: byId(learnerId), groupIds: [], fields: {} });

		expect(ctx.sandbox.control.requestLog[0].body).toEqual({ groupIds: [] });
	});

	it('rejects a value that cannot be cast, naming the parameter', async () => {
		const { error } = await probe({
			operation: 'write',
			learnerId: byId(learnerId),
			fields: { excluded: 'maybe' },
		});

		expect(error?.message).toBe('Excluded: "maybe" is not true or false');
		expect(error?.description).toContain('parameter "fields.excluded"');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});

	it('rejects an empty required ID list before any request', async () => {
		const { error } = await probe({ operation: 'activate', learnerIds: '' });

		expect(error?.message).toBe('Learner IDs: choose at least one ID');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});

	it('accepts a JSON array text', async () => {
		await probe({ operation: 'activate', learnerIds: `["${learnerId}"]` });

		expect(ctx.sandbox.control.requestLog[0].body).toEqual({ learnerIds: [learnerId] });
	});

	const both = ['learner_00001', 'learner_00002'];
	it.each([
		[
			'records of a Get Many',
			'={{ [{ id: "learner_00001", email: "a" }, { id: "learner_00002" }] }}',
			both,
		],
		[
			'text with semicolons and line breaks',
			'learner_00001;learner_00002\n learner_00001\r\n',
			both,
		],
		['a JSON array of records', '[{"id":"learner_00001"},"learner_00002"]', both],
		['numbers as text', '={{ [1, "learner_00002"] }}', ['1', 'learner_00002']],
	])('sends %s as a list of IDs', async (_form, learnerIds, expected) => {
		await probe({ operation: 'activate', learnerIds });

		expect(ctx.sandbox.control.requestLog.map((entry) => entry.body)).toEqual([
			{ learnerIds: expected },
		]);
	});

	it('takes the ID of the input item given as $json', async () => {
		const { error } = await probe(
			{ operation: 'activate', learnerIds: '={{ $json }}' },
			{ items: [{ json: { id: learnerId, email: learnerEmail } }] },
		);

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((entry) => entry.body)).toEqual([
			{ learnerIds: [learnerId] },
		]);
	});

	it.each([
		['={{ true }}', 'Learner IDs: true is not an ID'],
		[
			'={{ [{ email: "a@acme.example" }] }}',
			'Learner IDs: {"email":"a@acme.example"} is not an ID',
		],
		['={{ [["learner_00001"]] }}', 'Learner IDs: ["learner_00001"] is not an ID'],
		['={{ ["learner_00001", false] }}', 'Learner IDs: false is not an ID'],
		['["learner_00001"', 'Learner IDs: "["learner_00001"" is not a JSON array'],
	])('refuses %s before any request, naming the parameter', async (learnerIds, message) => {
		const { error } = await probe({ operation: 'activate', learnerIds });

		expect(error?.message).toBe(message);
		expect(error?.description).toContain('parameter "learnerIds"');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});
});

describe('Get Many: Return All and Limit from expressions', () => {
	const groups = async () => ((await apiData(ctx.sandbox, '/groups')) as unknown[]).length;

	it.each([
		[{ returnAll: '={{ "false" }}', limit: '={{ "2" }}' }, 2],
		[{ returnAll: '={{ "true" }}', limit: 2 }, 'all'],
		[{ returnAll: false, limit: 1 }, 1],
	])('%p → %p items', async (parameters, count) => {
		const all = await groups();

		const { outputs, error } = await probe({ operation: 'list', ...parameters });

		expect(error).toBeUndefined();
		expect(all).toBeGreaterThan(2);
		expect(outputs[0]).toHaveLength(count === 'all' ? all : (count as number));
		expect(ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path])).toEqual([
			['GET', '/groups'],
		]);
	});

	it.each([
		[{ limit: 0 }, 'Limit: 0 is below 1', 'limit'],
		[{ limit: '={{ -1 }}' }, 'Limit: -1 is below 1', 'limit'],
		[{ limit: '={{ "abc" }}' }, 'Limit: "abc" is not a whole number', 'limit'],
		[{ limit: 2.5 }, 'Limit: "2.5" is not a whole number', 'limit'],
		[{ returnAll: '={{ "maybe" }}' }, 'Return All: "maybe" is not true or false', 'returnAll'],
	])('refuses %p before any request', async (parameters, message, parameter) => {
		const { error } = await probe({ operation: 'list', ...parameters });

		expect(error?.message).toBe(message);
		expect(error?.description).toContain(`parameter "${parameter}"`);
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});

	it('the real node refuses a Limit of 0 before any request', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'group',
			operation: 'getAll',
			limit: '={{ 0 }}',
		});

		expect(error?.message).toBe('Limit: 0 is below 1');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});
});
