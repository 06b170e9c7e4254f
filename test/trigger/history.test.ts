import type { TriggerState } from '../../nodes/SiberMate/trigger/state';

import {
	controllableClock,
	expectedItem,
	inEmitOrder,
	PersistedPoller,
	requestLines,
	runningSimulationId,
	triggerParameters,
	untouchedLearners,
	useSandbox,
} from './helpers';

describe('SiberMate Trigger: timestamps, hidden changes and retention', () => {
	let clock: ReturnType<typeof controllableClock>;
	const ctx = useSandbox();
	beforeEach(() => {
		clock = controllableClock();
	});
	afterEach(() => clock.restore());

	const tenant = () => ctx.sandbox.companies.tenant;

	const running = () => runningSimulationId(ctx.sandbox, tenant());

	it('delivers events sharing a timestamp, in the same poll and in a later one', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const [a, b, c] = untouchedLearners(ctx.sandbox, tenant(), running(), 3);
		const at = '2026-06-15T10:00:00.000Z';

		const together = ctx.sandbox.control.advanceActivity({
			events: [
				{ learnerId: a, type: 'open', at },
				{ learnerId: b, type: 'open', at },
			],
		});
		expect(await poller.poll()).toEqual(
			inEmitOrder(together).map((event) => expectedItem(ctx.sandbox, tenant(), event)),
		);

		const later = ctx.sandbox.control.advanceActivity({
			events: [{ learnerId: c, type: 'open', at }],
		});
		expect(await poller.poll()).toEqual([expectedItem(ctx.sandbox, tenant(), later[0])]);
	});

	it('delivers a result that shows up late, older than events already delivered', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const recent = ctx.sandbox.control.advanceActivity({ events: 2 });
		expect(await poller.poll()).toHaveLength(2);

		const [late] = untouchedLearners(ctx.sandbox, tenant(), running(), 1);
		const hourBefore = new Date(Date.parse(recent[0].at) - 3_600_000).toISOString();
		const applied = ctx.sandbox.control.advanceActivity({
			events: [{ learnerId: late, type: 'report', at: hourBefore }],
		});

		expect(await poller.poll()).toEqual([expectedItem(ctx.sandbox, tenant(), applied[0])]);
	});

	it('catches in the reconciliation scan a change the counters hide', async () => {
		const [leaver, joiner] = ctx.sandbox.control.addLearners(tenant(), 2);
		const simulation = ctx.sandbox.control.startSimulation({
			name: 'Payroll lure',
			learnerIds: [leaver],
		});
		ctx.sandbox.control.advanceActivity({
			simulationId: simulation,
			events: [{ learnerId: leaver, type: 'open' }],
		});
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();

		// One recipient who opened leaves, another joins and opens: every counter stays the same.
		const deleted = await fetch(`${ctx.sandbox.baseUrl}/learners/${leaver}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${ctx.sandbox.keys.tenant}` },
		});
		expect(deleted.status).toBe(200);
		const hidden = ctx.sandbox.control.advanceActivity({
			simulationId: simulation,
			events: [{ learnerId: joiner, type: 'open' }],
		});
		ctx.sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(ctx.sandbox)).toEqual(['GET /simulations']);

		clock.advanceHours(24);
		const learners = ctx.sandbox.control.learners(tenant()).length;
		ctx.sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([expectedItem(ctx.sandbox, tenant(), hidden[0])]);
		expect(ctx.sandbox.control.requestLog).toHaveLength(2 + learners);

		ctx.sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(ctx.sandbox)).toEqual(['GET /simulations']);
	});

	it('delivers an event that happens mid-scan once, and the next poll stays idle', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const learners = untouchedLearners(ctx.sandbox, tenant(), running(), 300);
		const [early, late] = [learners[0], learners[learners.length - 1]];
		clock.advanceHours(24);
		const before = ctx.sandbox.control.advanceActivity({
			events: [{ learnerId: early, type: 'open' }],
		});
		ctx.sandbox.control.clearLog();
		ctx.sandbox.control.setLatency(2);

		const polling = poller.poll();
		const listed = () =>
			ctx.sandbox.control.requestLog.some((e) => e.path === '/learners' && e.status === 200);
		while (!listed()) await new Promise((resolve) => setTimeout(resolve, 1));
		const during = ctx.sandbox.control.advanceActivity({
			events: [{ learnerId: late, type: 'open' }],
		});

		expect(await polling).toEqual(
			[...before, ...during].map((event) => expectedItem(ctx.sandbox, tenant(), event)),
		);
		ctx.sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(requestLines(ctx.sandbox)).toEqual(['GET /simulations']);
	});

	it('forgets finished simulations after the retention window and never replays them', async () => {
		const completed = ctx.sandbox.control
			.simulations(tenant())
			.find((s) => s.status === 'completed')!;
		const poller = new PersistedPoller(
			ctx.sandbox,
			triggerParameters({ options: { retentionDays: 30 } }),
		);
		await poller.poll();
		const stateOf = () =>
			(poller.harness.staticData() as unknown as TriggerState).companies[''].simulations[
				completed.id
			];
		const [first, second] = untouchedLearners(ctx.sandbox, tenant(), completed.id, 2);
		const sizeBefore = JSON.stringify(poller.harness.staticData()).length;

		const withinWindow = ctx.sandbox.control.advanceActivity({
			simulationId: completed.id,
			events: [{ learnerId: first, type: 'report' }],
		});
		clock.advanceHours(29 * 24);
		expect(await poller.poll()).toEqual([expectedItem(ctx.sandbox, tenant(), withinWindow[0])]);

		clock.advanceHours(2 * 24);
		expect(await poller.poll()).toEqual([]);
		expect(stateOf()).toMatchObject({ delivered: {}, forgotten: true });
		expect(JSON.stringify(poller.harness.staticData()).length).toBeLessThan(sizeBefore);

		ctx.sandbox.control.advanceActivity({
			simulationId: completed.id,
			events: [{ learnerId: second, type: 'report' }],
		});
		clock.advanceHours(24);
		expect(await poller.poll()).toEqual([]);
	});
});
