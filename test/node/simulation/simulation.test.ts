import { apiData, byId, json, requests, runner, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const run = runner(ctx, 'simulation');

describe('Simulation', () => {
	it('Get reads one simulation', async () => {
		const expected = await apiData(ctx.sandbox, '/simulations/simulation_00003');

		const { outputs, error } = await run({
			operation: 'get',
			simulationId: byId('simulation_00003'),
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/simulations/simulation_00003',
				query: {},
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual([expected]);
		expect(json(outputs[0])[0]).toMatchObject({ id: 'simulation_00003', status: 'running' });
	});

	it('Get refuses "metrics" as an ID: it would reach Get Metrics', async () => {
		const { error } = await run({ operation: 'get', simulationId: byId('metrics') });

		expect(error?.message).toBe('Simulation ID: "metrics" is not an ID');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});

	it('Get Many returns one item per simulation, cut to Limit', async () => {
		const all = (await apiData(ctx.sandbox, '/simulations')) as unknown[];

		const limited = await run({ operation: 'getAll', limit: 2 });
		const everything = await run({ operation: 'getAll', returnAll: true });

		expect(requests(ctx.sandbox)).toEqual(
			Array(2).fill({
				method: 'GET',
				path: '/simulations',
				query: {},
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			}),
		);
		expect(json(limited.outputs[0])).toEqual(all.slice(0, 2));
		expect(json(everything.outputs[0])).toEqual(all);
		expect(all).toHaveLength(4);
	});

	it('Get Metrics returns the totals and per-simulation counts as one item', async () => {
		const expected = (await apiData(ctx.sandbox, '/simulations/metrics')) as {
			totalMetrics: unknown;
		};

		const { outputs, error } = await run({ operation: 'getMetrics' });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/simulations/metrics',
				query: {},
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual([expected]);
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
			const { childA } = ctx.sandbox.companies;
			const [first] = (await apiData(
				ctx.sandbox,
				`/simulations?companyId=${childA}`,
				ctx.sandbox.keys.msp,
			)) as Array<{ id: string }>;

			const { error } = await run(
				{ operation, returnAll: true, companyId: byId(childA), simulationId: byId(first.id) },
				{ apiKey: ctx.sandbox.keys.msp },
			);

			expect(error).toBeUndefined();
			expect(ctx.sandbox.control.requestLog.map((entry) => [entry.query, entry.status])).toEqual([
				[{ companyId: childA }, 200],
			]);
		},
	);
});
