import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TriggerState } from '../../nodes/SiberMate/trigger/state';
import { ROUTES } from '../../sandbox/routes';
import type { RouteDef } from '../../sandbox/server/context';
import {
	byId,
	controllableClock,
	expectedItem,
	jsonCopy,
	PersistedPoller,
	requestLines,
	triggerParameters,
	useSandbox,
} from './helpers';

/** IDs `GET /simulations` leaves out of its answer (the sandbox otherwise lists every one). */
const unlisted = new Set<string>();
const original = ROUTES['GET /simulations'];
const listHandler = typeof original === 'function' ? original : (original as RouteDef).handler;
ROUTES['GET /simulations'] = ((...args: Parameters<typeof listHandler>) =>
	(listHandler(...args) as IDataObject[]).filter(
		(simulation) => !unlisted.has(String(simulation.id)),
	)) as typeof listHandler;

describe('SiberMate Trigger: the watched simulation', () => {
	const ctx = useSandbox();
	beforeEach(() => {
		unlisted.clear();
	});

	const tenant = () => ctx.sandbox.companies.tenant;
	const NOPE_MESSAGE = 'Simulation: no simulation with ID nope in this organization';
	const NOPE_DESCRIPTION =
		'The trigger would never fire. Choose the simulation from the list, or leave the field empty to watch every simulation (parameter "simulationId")';

	async function failure(poll: Promise<unknown>): Promise<NodeOperationError> {
		const error = await poll.then(
			() => undefined,
			(thrown: unknown) => thrown,
		);
		expect(error).toBeInstanceOf(NodeOperationError);
		return error as NodeOperationError;
	}

	it('fails a scheduled poll when it does not exist, saving nothing', async () => {
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ simulationId: byId('nope') }),
		);

		const error = await failure(poller.harness.poll('trigger'));

		expect([error.message, error.description]).toEqual([NOPE_MESSAGE, NOPE_DESCRIPTION]);
		expect(ctx.sandbox.control.requestLog.map((entry) => [entry.path, entry.status])).toEqual([
			['/simulations', 200],
			['/simulations/nope', 404],
		]);
		expect(ctx.sandbox.control.requestLog[1].headers.authorization).toBe(
			`Bearer ${ctx.sandbox.keys.tenant}`,
		);
		expect(poller.harness.staticData()).toEqual({});

		// Every later poll says so again.
		await failure(poller.harness.poll('trigger'));
	});

	it('fails Fetch Test Event when it does not exist', async () => {
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ simulationId: byId('nope') }),
		);

		const error = await failure(poller.harness.poll('manual'));

		expect([error.message, error.description]).toEqual([NOPE_MESSAGE, NOPE_DESCRIPTION]);
		expect(requestLines(ctx.sandbox)).toEqual(['GET /simulations/nope']);
	});

	it('checks it once in Fetch Test Event when it exists', async () => {
		const watched = ctx.sandbox.control.simulations(tenant()).find((s) => s.status === 'running')!;
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ simulationId: byId(watched.id) }),
		);

		await poller.harness.poll('manual');

		expect(requestLines(ctx.sandbox).slice(0, 2)).toEqual([
			`GET /simulations/${watched.id}`,
			'GET /learners',
		]);
	});

	it('stays quiet, without failing, once a simulation it watched is removed, forgotten or not', async () => {
		const clock = controllableClock();
		try {
			const watched = ctx.sandbox.control
				.simulations(tenant())
				.find((s) => s.status === 'running')!;
			const poller = new PersistedPoller(
				ctx.sandbox,
				triggerParameters({ simulationId: byId(watched.id), options: { retentionDays: 30 } }),
			);
			await poller.poll();
			const learnerId = watched.results.find((r) => !r.open)!.learnerId;
			const applied = ctx.sandbox.control.advanceActivity({
				simulationId: watched.id,
				events: [{ learnerId, type: 'open' }],
			});
			expect(await poller.poll()).toEqual([expectedItem(ctx.sandbox, tenant(), applied[0])]);

			ctx.sandbox.control.store.of(tenant()).simulations.delete(watched.id);
			ctx.sandbox.control.clearLog();
			expect(await poller.poll()).toEqual([]);
			expect(requestLines(ctx.sandbox)).toEqual(['GET /simulations']);

			clock.advanceHours(31 * 24);
			expect(await poller.poll()).toEqual([]);
			const state = jsonCopy(poller.harness.staticData()) as unknown as TriggerState;
			expect(state.companies[''].simulations).toEqual({
				[watched.id]: {
					counters: expect.any(Array) as unknown,
					delivered: {},
					endedSeenAt: expect.any(Number) as unknown,
					forgotten: true,
				},
			});
			expect(await poller.poll()).toEqual([]);

			// After a restart, from the state saved when the event was emitted.
			poller.restart();
			expect(await poller.poll()).toEqual([]);
			expect(await poller.poll()).toEqual([]);
		} finally {
			clock.restore();
		}
	});

	it('accepts one the API still answers by ID though it is no longer listed', async () => {
		const watched = ctx.sandbox.control
			.simulations(tenant())
			.find((s) => s.status === 'completed')!;
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ simulationId: byId(watched.id) }),
		);
		unlisted.add(watched.id);

		expect(await poller.poll()).toEqual([]);
		expect(requestLines(ctx.sandbox).slice(0, 2)).toEqual([
			'GET /simulations',
			`GET /simulations/${watched.id}`,
		]);
	});
});
