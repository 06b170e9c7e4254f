import { startSandbox, type RunningSandbox } from '../../../sandbox';
import { runNode } from '../../harness';

let sandbox: RunningSandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.control.clearLog());

const run = async (parameters: Record<string, unknown>, apiKey = sandbox.keys.tenant) =>
	await runNode({
		parameters: { resource: 'breach', ...parameters } as never,
		credentials: { apiKey, baseUrl: sandbox.baseUrl },
	});

/** What the API itself answers, read before the node runs (the log is cleared after). */
async function apiData(path: string, apiKey = sandbox.keys.tenant): Promise<unknown> {
	const response = await fetch(`${sandbox.baseUrl}${path}`, {
		headers: { Authorization: `Bearer ${apiKey}` },
	});
	const { data } = (await response.json()) as { data: unknown };
	sandbox.control.clearLog();
	return data;
}

const requests = () =>
	sandbox.control.requestLog.map(({ method, path, query, body, headers }) => ({
		method,
		path,
		query,
		body,
		authorization: headers.authorization,
	}));

const json = (outputs: Array<Array<{ json: unknown }>>) => outputs[0].map((item) => item.json);

describe('Breach → Get Many Accounts', () => {
	it('lists exposed accounts, cut to Limit', async () => {
		const all = (await apiData('/breaches/accounts')) as unknown[];

		const { outputs, error } = await run({ operation: 'getAllAccounts', limit: 5 });

		expect(error).toBeUndefined();
		expect(requests()).toEqual([
			{
				method: 'GET',
				path: '/breaches/accounts',
				query: {},
				body: undefined,
				authorization: `Bearer ${sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs)).toEqual(all.slice(0, 5));
	});

	it('sends accountType=employee, which the API answers with active learners', async () => {
		const expected = (await apiData('/breaches/accounts?accountType=employee')) as Array<{
			accountType: string;
		}>;

		const { outputs, error } = await run({
			operation: 'getAllAccounts',
			returnAll: true,
			filters: { accountType: 'employee' },
		});

		expect(error).toBeUndefined();
		expect(requests().map((request) => request.query)).toEqual([{ accountType: 'employee' }]);
		expect(json(outputs)).toEqual(expected);
		expect(new Set(expected.map((account) => account.accountType))).toEqual(
			new Set(['activeLearner']),
		);
	});

	it('rejects an account type from an expression that the API does not know', async () => {
		const { error } = await run({
			operation: 'getAllAccounts',
			filters: { accountType: '={{ "contractor" }}' },
		});

		expect(error?.message).toBe('Account Type: "contractor" is not an allowed value');
		expect(error?.description).toBe(
			'Use one of activeLearner, employee, inactiveLearner, nonLearner (parameter "filters.accountType")',
		);
		expect(sandbox.control.requestLog).toEqual([]);
	});

	it('maps the 503 of unavailable breach data', async () => {
		sandbox.control.setBreachUnavailable(sandbox.companies.tenant, true);
		try {
			const { error } = await run({ operation: 'getAllAccounts' });

			expect(error?.description).toBe(
				'Breach data is temporarily unavailable for this organization. Try again later.',
			);
			expect(error?.message).toMatch(/\[breach_unavailable\]$/);
			expect(JSON.stringify(error)).not.toContain(sandbox.keys.tenant);
		} finally {
			sandbox.control.setBreachUnavailable(sandbox.companies.tenant, false);
		}
	});
});

describe('Breach → Get Many Services', () => {
	it('sends hasAffectedAccounts=false and an account type from an expression', async () => {
		const expected = await apiData(
			'/breaches/services?accountType=inactiveLearner&hasAffectedAccounts=false',
		);

		const { outputs, error } = await run({
			operation: 'getAllServices',
			returnAll: true,
			filters: { accountType: '={{ "inactiveLearner" }}', hasAffectedAccounts: false },
		});

		expect(error).toBeUndefined();
		expect(requests()).toEqual([
			{
				method: 'GET',
				path: '/breaches/services',
				query: { accountType: 'inactiveLearner', hasAffectedAccounts: 'false' },
				body: undefined,
				authorization: `Bearer ${sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs)).toEqual(expected);
	});

	it('casts hasAffectedAccounts from an expression', async () => {
		const { error } = await run({
			operation: 'getAllServices',
			filters: { hasAffectedAccounts: '={{ "TRUE" }}' },
		});

		expect(error).toBeUndefined();
		expect(requests().map((request) => request.query)).toEqual([{ hasAffectedAccounts: 'true' }]);
	});

	it.each([
		[{ accountType: '={{ "everyone" }}' }, 'Account Type: "everyone" is not an allowed value'],
		[
			{ hasAffectedAccounts: '={{ "maybe" }}' },
			'Has Affected Accounts: "maybe" is not true or false',
		],
	])('rejects %p before any request', async (filters, message) => {
		const { error } = await run({ operation: 'getAllServices', filters });

		expect(error?.message).toBe(message);
		expect(sandbox.control.requestLog).toEqual([]);
	});

	it.each(['getAllAccounts', 'getAllServices'])(
		'%s reads a child company when the MSP Company scope is set',
		async (operation) => {
			const { childA } = sandbox.companies;

			const { error } = await run(
				{ operation, companyId: { __rl: true, mode: 'list', value: childA } },
				sandbox.keys.msp,
			);

			expect(error).toBeUndefined();
			expect(sandbox.control.requestLog.map((entry) => [entry.query, entry.status])).toEqual([
				[{ companyId: childA }, 200],
			]);
		},
	);
});
