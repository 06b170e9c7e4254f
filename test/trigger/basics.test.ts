import {
	ALL_EVENTS,
	appliedKey,
	eventKey,
	expectedItem,
	inEmitOrder,
	jsonCopy,
	PersistedPoller,
	requestLines,
	triggerParameters,
	useSandbox,
} from './helpers';

describe('SiberMate Trigger: polling basics', () => {
	const ctx = useSandbox();

	const tenant = () => ctx.sandbox.companies.tenant;
	const learnerCount = () => ctx.sandbox.control.learners(tenant()).length;

	it('records where things stand on the first poll and emits nothing', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());

		expect(await poller.poll()).toEqual([]);

		expect(requestLines(ctx.sandbox).slice(0, 2)).toEqual(['GET /simulations', 'GET /learners']);
		expect(ctx.sandbox.control.requestLog).toHaveLength(2 + learnerCount());
		const state = poller.harness.staticData() as { companies: Record<string, unknown> };
		expect(Object.keys(state.companies)).toEqual(['']);
	});

	it('emits K new events among N learners once each, with their fields', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();

		const applied = ctx.sandbox.control.advanceActivity({ events: 7 });
		expect(applied).toHaveLength(7);
		const items = await poller.poll();

		expect(items).toEqual(
			inEmitOrder(applied).map((event) => expectedItem(ctx.sandbox, tenant(), event)),
		);
		expect(await poller.poll()).toEqual([]);
	});

	it('makes exactly one request on an idle poll', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		ctx.sandbox.control.clearLog();

		expect(await poller.poll()).toEqual([]);

		const log = ctx.sandbox.control.requestLog;
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({
			method: 'GET',
			path: '/simulations',
			query: {},
			status: 200,
		});
		expect(log[0].headers.authorization).toBe(`Bearer ${ctx.sandbox.keys.tenant}`);
	});

	it('stops reading learners once the counters are accounted for', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		// Opens have no earlier event to go by, so the scan reads learners in list order.
		const first = ctx.sandbox.control.learners(tenant()).slice(0, 3);
		const applied = ctx.sandbox.control.advanceActivity({
			events: first.map((learner) => ({ learnerId: learner.id, type: 'open' as const })),
		});
		ctx.sandbox.control.clearLog();

		const items = await poller.poll();

		expect(items.map(eventKey)).toEqual(inEmitOrder(applied).map(appliedKey));
		const lines = requestLines(ctx.sandbox);
		expect(lines.slice(0, 2)).toEqual(['GET /simulations', 'GET /learners']);
		expect(lines.slice(2, 5)).toEqual(
			first.map((learner) => `GET /learners/${learner.id}/simulation-results`),
		);
		// Eight reads are in flight at once; a few more may start before the third answer arrives.
		expect(lines.length).toBeLessThanOrEqual(2 + 16);
		expect(lines.length).toBeLessThan(2 + learnerCount());
	});

	it('returns a recent sample in manual mode and leaves the saved state alone', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		ctx.sandbox.control.advanceActivity({ events: 3 });
		const before = jsonCopy(poller.harness.staticData());
		ctx.sandbox.control.clearLog();

		const output = await poller.harness.poll('manual');

		expect(jsonCopy(poller.harness.staticData())).toEqual(before);
		const sample = output![0].map((item) => item.json);
		expect(sample).toHaveLength(5);
		const times = sample.map((item) => String(item.occurredAt));
		expect(times).toEqual([...times].sort().reverse());
		for (const item of sample) {
			expect(Object.keys(item).sort()).toEqual(
				['deliveryMethod', 'eventType', 'learner', 'occurredAt', 'resultId', 'simulation'].sort(),
			);
			expect(ALL_EVENTS).toContain(item.eventType);
		}
		expect(requestLines(ctx.sandbox)[0]).toBe('GET /learners');
		expect(ctx.sandbox.control.requestLog).toHaveLength(1 + 100);

		// The scheduled poll still delivers the three events: the sample consumed nothing.
		expect(await poller.poll()).toHaveLength(3);
	});

	it('does nothing in a poll that overlaps a running one', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const applied = ctx.sandbox.control.advanceActivity({ events: 4 });
		ctx.sandbox.control.setLatency(5);

		const [first, second] = await Promise.all([
			poller.harness.poll('trigger'),
			poller.harness.poll('trigger'),
		]);

		expect(second).toBeNull();
		expect(first![0].map((item) => eventKey(item.json))).toEqual(
			inEmitOrder(applied).map(appliedKey),
		);
		expect(await poller.poll()).toEqual([]);
	});
});
