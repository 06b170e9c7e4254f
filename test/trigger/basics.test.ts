import {
	ALL_EVENTS,
	appliedKey,
	eventKey,
	expectedItem,
	inEmitOrder,
	jsonCopy,
	PersistedPoller,
	requestLines,
	startSandbox,
	triggerParameters,
	type RunningSandbox,
} from './helpers';

describe('SiberMate Trigger: polling basics', () => {
	let sandbox: RunningSandbox;

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.control.reset());

	const tenant = () => sandbox.companies.tenant;
	const learnerCount = () => sandbox.control.learners(tenant()).length;

	it('records where things stand on the first poll and emits nothing', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());

		expect(await poller.poll()).toEqual([]);

		expect(requestLines(sandbox).slice(0, 2)).toEqual(['GET /simulations', 'GET /learners']);
		expect(sandbox.control.requestLog).toHaveLength(2 + learnerCount());
		const state = poller.harness.staticData() as { companies: Record<string, unknown> };
		expect(Object.keys(state.companies)).toEqual(['']);
	});

	it('emits K new events among N learners once each, with their fields', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();

		const applied = sandbox.control.advanceActivity({ events: 7 });
		expect(applied).toHaveLength(7);
		const items = await poller.poll();

		expect(items).toEqual(
			inEmitOrder(applied).map((event) => expectedItem(sandbox, tenant(), event)),
		);
		expect(await poller.poll()).toEqual([]);
	});

	it('makes exactly one request on an idle poll', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		sandbox.control.clearLog();

		expect(await poller.poll()).toEqual([]);

		const log = sandbox.control.requestLog;
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({
			method: 'GET',
			path: '/simulations',
			query: {},
			status: 200,
		});
		expect(log[0].headers.authorization).toBe(`Bearer ${sandbox.keys.tenant}`);
	});

	it('stops reading learners once the counters are accounted for', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		// Opens have no earlier event to go by, so the scan reads learners in list order.
		const first = sandbox.control.learners(tenant()).slice(0, 3);
		const applied = sandbox.control.advanceActivity({
			events: first.map((learner) => ({ learnerId: learner.id, type: 'open' as const })),
		});
		sandbox.control.clearLog();

		const items = await poller.poll();

		expect(items.map(eventKey)).toEqual(inEmitOrder(applied).map(appliedKey));
		const lines = requestLines(sandbox);
		expect(lines.slice(0, 2)).toEqual(['GET /simulations', 'GET /learners']);
		expect(lines.slice(2, 5)).toEqual(
			first.map((learner) => `GET /learners/${learner.id}/simulation-results`),
		);
		// Eight reads are in flight at once; a few more may start before the third answer arrives.
		expect(lines.length).toBeLessThanOrEqual(2 + 16);
		expect(lines.length).toBeLessThan(2 + learnerCount());
	});

	it('returns a recent sample in manual mode and leaves the saved state alone', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		sandbox.control.advanceActivity({ events: 3 });
		const before = jsonCopy(poller.harness.staticData());
		sandbox.control.clearLog();

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
		expect(requestLines(sandbox)[0]).toBe('GET /learners');
		expect(sandbox.control.requestLog).toHaveLength(1 + 100);

		// The scheduled poll still delivers the three events: the sample consumed nothing.
		expect(await poller.poll()).toHaveLength(3);
	});

	it('does nothing in a poll that overlaps a running one', async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		const applied = sandbox.control.advanceActivity({ events: 4 });
		sandbox.control.setLatency(5);

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
