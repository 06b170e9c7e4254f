import type { TriggerState } from '../../nodes/SiberMate/trigger/state';
import { deleteLearner } from '../../sandbox/state/learners';
import {
	type AppliedEvent,
	appliedKey,
	eventKey,
	expectedItem,
	inEmitOrder,
	PersistedPoller,
	startSandbox,
	triggerParameters,
	type RunningSandbox,
} from './helpers';
import { onRequest } from './onRequest';

describe('SiberMate Trigger: a learner deleted while a poll reads results', () => {
	let sandbox: RunningSandbox;
	let removeHook = () => {};

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.control.reset());
	afterEach(() => removeHook());

	const tenant = () => sandbox.companies.tenant;
	const resultsPath = (learnerId: string) => `/learners/${learnerId}/simulation-results`;

	/** Learners with no event yet in the running simulation. */
	function untouchedLearners(count: number): string[] {
		const running = sandbox.control.simulations(tenant()).find((s) => s.status === 'running')!;
		return running.results
			.filter((r) => !r.open && !r.visit && !r.compromise && !r.report)
			.slice(0, count)
			.map((r) => r.learnerId);
	}

	/** Deletes `learnerId` when the poll asks for its results: after the list, before the read. */
	function deleteOnRead(learnerId: string) {
		removeHook = onRequest(sandbox, resultsPath(learnerId), () =>
			deleteLearner(sandbox.control.store.of(tenant()), learnerId),
		);
	}

	const fullScanAt = (poller: PersistedPoller) =>
		(poller.harness.staticData() as unknown as TriggerState).companies[''].fullScanAt;

	const statusOf = (path: string) =>
		sandbox.control.requestLog.filter((entry) => entry.path === path).map((entry) => entry.status);

	it("skips that learner and delivers every other learner's events once", async () => {
		const poller = new PersistedPoller(sandbox, triggerParameters());
		await poller.poll();
		const [gone, b, c] = untouchedLearners(3);
		const applied = sandbox.control.advanceActivity({
			events: [
				{ learnerId: gone, type: 'open' },
				{ learnerId: b, type: 'open' },
				{ learnerId: gone, type: 'visit' },
				{ learnerId: c, type: 'open' },
				{ learnerId: c, type: 'report' },
			],
		});
		const others = applied.filter((event) => event.learnerId !== gone);
		const expected = inEmitOrder(others).map((event) => expectedItem(sandbox, tenant(), event));
		deleteOnRead(gone);
		sandbox.control.clearLog();

		expect(await poller.poll()).toEqual(expected);
		expect(statusOf(resultsPath(gone))).toEqual([404]);
		// The counters just read still count its events: the next poll reads everyone.
		expect(fullScanAt(poller)).toBe(0);
		removeHook();

		sandbox.control.clearLog();
		expect(await poller.poll()).toEqual([]);
		expect(sandbox.control.requestLog.length).toBe(2 + sandbox.control.learners(tenant()).length);
		expect(fullScanAt(poller)).toBeGreaterThan(0);

		const later: AppliedEvent[] = sandbox.control.advanceActivity({
			events: [{ learnerId: b, type: 'report' }],
		});
		expect((await poller.poll()).map(eventKey)).toEqual(later.map(appliedKey));
		expect(await poller.poll()).toEqual([]);
		expect(poller.emitted.map(eventKey)).toEqual(
			[...inEmitOrder(others), ...later].map(appliedKey),
		);
	});

	it('records the others on the first poll without failing, then emits only new events', async () => {
		const [gone, b] = untouchedLearners(2);
		deleteOnRead(gone);
		const poller = new PersistedPoller(sandbox, triggerParameters());

		expect(await poller.poll()).toEqual([]);
		expect(statusOf(resultsPath(gone))).toEqual([404]);
		removeHook();

		const applied = sandbox.control.advanceActivity({ events: [{ learnerId: b, type: 'open' }] });
		expect(await poller.poll()).toEqual([expectedItem(sandbox, tenant(), applied[0])]);
		expect(await poller.poll()).toEqual([]);
	});

	it('gives a test event from the other learners in manual mode', async () => {
		const [gone, b] = untouchedLearners(2);
		sandbox.control.advanceActivity({ events: [{ learnerId: gone, type: 'open' }] });
		const applied = sandbox.control.advanceActivity({ events: [{ learnerId: b, type: 'visit' }] });
		deleteOnRead(gone);
		const poller = new PersistedPoller(sandbox, triggerParameters());

		const output = await poller.harness.poll('manual');

		expect(statusOf(resultsPath(gone))).toEqual([404]);
		expect(output![0][0].json).toEqual(expectedItem(sandbox, tenant(), applied[0]));
		expect(output![0].map((item) => (item.json.learner as { id: string }).id)).not.toContain(gone);
	});
});
