import type { TriggerState } from '../../nodes/SiberMate/trigger/state';

import {
	controllableClock,
	expectedItem,
	inEmitOrder,
	PersistedPoller,
	requestLines,
	startSandbox,
	triggerParameters,
	type RunningSandbox,
} from './helpers';

describe('SiberMate Trigger: timestamps, hidden changes and retention', () => {
	let sandbox: RunningSandbox;
	let clock: ReturnType<typeof controllableClock>;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		sandbox.control.reset();
		clock = controllableClock();
	});
	afterEach(() => clock.restore());

	const tenant = () => sandbox.companies.tenant;

	function untouchedLearners(simulationId: string, count: number): string[] {
		const simulation = sandbox.control.simulation(tenant(), simulationId)!;
		return simulation.results
			.filter((r) => !r.open && !r.visit && !r.compromise && !r.report)
			.slice(0, count)
			.map((r) => r.learnerId);
	}

	const running = () =>
		sandbox.control.simulations(tenant()).find((s) => s.status === 'running')!.id;

	it('delivers events sharing a timestamp, in the same poll and in a later one', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		const [a, b, c] = untouchedLearners(running(), 3);
		const at = '2026-06-15T10:00:00.000Z';

		const together = sandbox.control.advanceActivity({
			events: [
				{ learnerId: a, type: 'open', at },
				{ learnerId: b, type: 'open', at },
			],
		});
		expect(await poller.poll()).toEqual(
			inEmitOrder(together).map((event) => expectedItem(sandbox, tenant(), event)),
		);

		const later = sandbox.control.advanceActivity({ events: [{ learnerId: c, type: 'open', at }] });
		expect(await poller.poll()).toEqual([expectedItem(sandbox, tenant(), later[0])]);
	});

	it('delivers a result that shows up late, older than events already delivered', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		const recent = sandbox.control.advanceActivity({ events: 2 });
		expect(await poller.poll()).toHaveLength(2);

		const [late] = untouchedLearners(running(), 1);
		const hourBefore = new Date(Date.parse(recent[0].at) - 3_600_000).toISOString();
		const applied = sandbox.control.advanceActivity({
			events: [{ learnerId: late, type: 'report', at: hourBefore }],
		});

		expect(await poller.poll()).toEqual([expectedItem(sandbox, tenant(), applied[0])]);
	});

	it('catches in the reconciliation scan a change the counters hide', async () => {
		const [leaver, joiner] = sandbox.control.addLearners(tenant(), 2);
		const simulation = sandbox.control.startSimulation({
			name: 'Payroll lure',
			learnerIds: [leaver],
		});
		sandbox.control.advanceActivity({
			simulationId: simulation,
			events: [{ learnerId: leaver, type: 'open' }],
		});
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();

		// One recipient who opened leaves, another joins and opens: every counter stays the same.
		const deleted = await fetch(`${sandbox.baseUrl}/learners/${leaver}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${sandbox.keys.tenant}` },
		});
		expect(deleted.status).toBe(200);
		const hidden = sandbox.control.advanceActivity({
			simulationId: simulation,
			events: [{ learnerId: joiner, type: 'open' }],
		});
		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(sandbox)).toEqual(['GET /simulations']);

		clock.advanceHours(24);
		const learners = sandbox.control.learners(tenant()).length;
		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([expectedItem(sandbox, tenant(), hidden[0])]);
		expect(sandbox.control.requestLog).toHaveLength(2 + learners);

		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(sandbox)).toEqual(['GET /simulations']);
	});

	it('delivers an event that happens mid-scan once, and the next poll stays idle', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		const learners = untouchedLearners(running(), 300);
		const [early, late] = [learners[0], learners[learners.length - 1]];
		clock.advanceHours(24);
		const before = sandbox.control.advanceActivity({
			events: [{ learnerId: early, type: 'open' }],
		});
		sandbox.control.clearLog();
		sandbox.control.setLatency(2);

		const polling = poller.poll();
		const listed = () =>
			sandbox.control.requestLog.some((e) => e.path === '/learners' && e.status === 200);
		while (!listed()) await new Promise((resolve) => setTimeout(resolve, 1));
		const during = sandbox.control.advanceActivity({ events: [{ learnerId: late, type: 'open' }] });

		expect(await polling).toEqual(
			[...before, ...during].map((event) => expectedItem(sandbox, tenant(), event)),
		);
		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(sandbox)).toEqual(['GET /simulations']);
	});

	it('forgets finished simulations after the retention window and never replays them', async () => {
		const completed = sandbox.control.simulations(tenant()).find((s) => s.status === 'completed')!;
		const poller = new PersistedPoller(
			sandbox,
			triggerParameters({ options: { retentionDays: 30 } }),
		);
		await poller.poll();
		const stateOf = () =>
			(poller.harness.staticData() as unknown as TriggerState).companies[''].simulations[
				completed.id
			];
		const [first, second] = untouchedLearners(completed.id, 2);
		const sizeBefore = JSON.stringify(poller.harness.staticData()).length;

		const withinWindow = sandbox.control.advanceActivity({
			simulationId: completed.id,
			events: [{ learnerId: first, type: 'report' }],
		});
		clock.advanceHours(29 * 24);
		expect(await poller.poll()).toEqual([expectedItem(sandbox, tenant(), withinWindow[0])]);

		clock.advanceHours(2 * 24);
		expect(await poller.poll()).toEqual([]);
		expect(stateOf()).toMatchObject({ delivered: {}, forgotten: true });
		expect(JSON.stringify(poller.harness.staticData()).length).toBeLessThan(sizeBefore);

		sandbox.control.advanceActivity({
			simulationId: completed.id,
			events: [{ learnerId: second, type: 'report' }],
		});
		clock.advanceHours(24);
		expect(await poller.poll()).toEqual([]);
	});
});
