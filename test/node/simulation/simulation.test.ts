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
		parameters: { resource: 'simulation', ...parameters } as never,
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
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Simulation', () => {
	it('Get reads one simulation', async () => {
		const expected = await apiData('/simulations/simulation_00003');

		const { outputs, error } = await run({
			operation: 'get',
			simulationId: byId('simulation_00003'),
		});

		expect(error).toBeUndefined();
		expect(requests()).toEqual([
			{
				method: 'GET',
				path: '/simulations/simulation_00003',
				query: {},
				body: undefined,
				authorization: `Bearer ${sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs)).toEqual([expected]);
		expect(json(outputs)[0]).toMatchObject({ id: 'simulation_00003', status: 'running' });
	});

	it('Get refuses "metrics" as an ID: it would reach Get Metrics', async () => {
		const { error } = await run({ operation: 'get', simulationId: byId('metrics') });

		expect(error?.message).toBe('Simulation ID: "metrics" is not an ID');
		expect(sandbox.control.requestLog).toEqual([]);
	});

	it('Get Many returns one item per simulation, cut to Limit', async () => {
		const all = (await apiData('/simulations')) as unknown[];

		const limited = await run({ operation: 'getAll', limit: 2 });
		const everything = await run({ operation: 'getAll', returnAll: true });

		expect(requests()).toEqual(
			Array(2).fill({
				method: 'GET',
				path: '/simulations',
				query: {},
				body: undefined,
				authorization: `Bearer ${sandbox.keys.tenant}`,
			}),
		);
		expect(json(limited.outputs)).toEqual(all.slice(0, 2));
		expect(json(everything.outputs)).toEqual(all);
		expect(all).toHaveLength(4);
	});

	it('Get Metrics returns the totals and per-simulation counts as one item', async () => {
		const expected = (await apiData('/simulations/metrics')) as { totalMetrics: unknown };

		const { outputs, error } = await run({ operation: 'getMetrics' });

		expect(error).toBeUndefined();
		expect(requests()).toEqual([
			{
				method: 'GET',
				path: '/simulations/metrics',
				query: {},
				body: undefined,
				authorization: `Bearer ${sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs)).toEqual([expected]);
		expect(expected.totalMetrics).toEqual({
			opened: 247,
			visited: 74,
			compromised: 21,
			reported: 146,
			total: 912,
		});
	});

	it.each(['get', 'getAll', 'getMetrics'])(
		'%s reads a child company when the MSP Company scope is set',
		async (operation) => {
			const { childA } = sandbox.companies;
			const [first] = (await apiData(
				`/simulations?companyId=${childA}`,
				sandbox.keys.msp,
			)) as Array<{ id: string }>;

			const { error } = await run(
				{ operation, returnAll: true, companyId: byId(childA), simulationId: byId(first.id) },
				sandbox.keys.msp,
			);

			expect(error).toBeUndefined();
			expect(sandbox.control.requestLog.map((entry) => [entry.query, entry.status])).toEqual([
				[{ companyId: childA }, 200],
			]);
		},
	);
});
