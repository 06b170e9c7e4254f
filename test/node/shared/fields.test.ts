import { startSandbox, type RunningSandbox } from '../../../sandbox';
import { registerNodeType, runNode } from '../../harness';
import { SharedProbe } from './probeNode';

registerNodeType('sharedProbe', new SharedProbe());

let sandbox: RunningSandbox;
let learnerId: string;
let learnerEmail: string;

beforeAll(async () => {
	sandbox = await startSandbox();
	const learner = sandbox.control.learners(sandbox.companies.tenant)[0] as {
		id: string;
		email: string;
	};
	learnerId = learner.id;
	learnerEmail = learner.email;
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.control.clearLog());

const run = async (parameters: Record<string, unknown>, apiKey = sandbox.keys.tenant) =>
	await runNode({
		type: 'sharedProbe',
		parameters: { resource: 'probe', ...parameters } as never,
		credentials: { apiKey, baseUrl: sandbox.baseUrl },
	});

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('pathWithIds', () => {
	it.each([
		['a/b?c#d', '/learners/a%2Fb%3Fc%23d'],
		['../companies', '/learners/..%2Fcompanies'],
	])('encodes %s into one path segment', async (id, path) => {
		await run({ operation: 'read', learnerId: byId(id) });

		expect(sandbox.control.requestLog.map((entry) => [entry.method, entry.path])).toEqual([
			['GET', path],
		]);
	});

	it.each(['={{ "" }}', '  ', '.', '..', 'bulk', 'activate', 'deactivate'])(
		'rejects %p locally, naming the parameter',
		async (id) => {
			const { error } = await run({ operation: 'read', learnerId: byId(id) });

			expect(error?.message).toMatch(/^Learner ID: /);
			expect(error?.description).toContain('parameter "learnerId"');
			expect(sandbox.control.requestLog).toEqual([]);
		},
	);

	it('finds a learner by email (any case) through GET /learners, then reads it', async () => {
		const { outputs, error } = await run({
			operation: 'read',
			learnerId: { __rl: true, mode: 'email', value: learnerEmail.toUpperCase() },
		});

		expect(error).toBeUndefined();
		expect(sandbox.control.requestLog.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
			'GET /learners',
			`GET /learners/${learnerId}`,
		]);
		expect(outputs[0][0].json.id).toBe(learnerId);
	});

	it('says so when no learner has the email', async () => {
		const { error } = await run({
			operation: 'read',
			learnerId: { __rl: true, mode: 'email', value: 'nobody@acme.example' },
		});

		expect(error?.message).toBe('No learner has the email "nobody@acme.example"');
		expect(sandbox.control.requestLog.map((entry) => entry.path)).toEqual(['/learners']);
	});
});

describe('companyScope', () => {
	it('sends companyId only when set', async () => {
		await run({ operation: 'read', learnerId: byId(learnerId) });
		await run(
			{
				operation: 'read',
				learnerId: byId('learner_x'),
				companyId: byId(sandbox.companies.childA),
			},
			sandbox.keys.msp,
		);

		expect(sandbox.control.requestLog.map((entry) => entry.query)).toEqual([
			{},
			{ companyId: sandbox.companies.childA },
		]);
	});
});

describe('sendIdList and sendFields', () => {
	it('normalises an ID list and casts expression strings to the API types', async () => {
		const { error } = await run({
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

		const [entry] = sandbox.control.requestLog;
		expect(error).toBeDefined(); // the sandbox rejects unknown groups; the request is what counts
		expect(entry.method).toBe('PATCH');
		expect(entry.query).toEqual({ count: '12', since: '2026-01-15' });
		expect(entry.body).toEqual({
			groupIds: ['g1', 'g2'],
			locale: 'en',
			excludedFromAutoEnrol: false,
			email: 'ari@acme.example',
		});
		expect(entry.headers.authorization).toBe(`Bearer ${sandbox.keys.tenant}`);
	});

	it('sends an empty list when allowed, and leaves unset fields out', async () => {
		await run({ operation: 'write', learnerId: byId(learnerId), groupIds: [], fields: {} });

		expect(sandbox.control.requestLog[0].body).toEqual({ groupIds: [] });
	});

	it('rejects a value that cannot be cast, naming the parameter', async () => {
		const { error } = await run({
			operation: 'write',
			learnerId: byId(learnerId),
			fields: { excluded: 'maybe' },
		});

		expect(error?.message).toBe('Excluded: "maybe" is not true or false');
		expect(error?.description).toContain('parameter "fields.excluded"');
		expect(sandbox.control.requestLog).toEqual([]);
	});

	it('rejects an empty required ID list before any request', async () => {
		const { error } = await run({ operation: 'activate', learnerIds: '' });

		expect(error?.message).toBe('Learner IDs: choose at least one ID');
		expect(sandbox.control.requestLog).toEqual([]);
	});

	it('accepts a JSON array text', async () => {
		await run({ operation: 'activate', learnerIds: `["${learnerId}"]` });

		expect(sandbox.control.requestLog[0].body).toEqual({ learnerIds: [learnerId] });
	});
});
