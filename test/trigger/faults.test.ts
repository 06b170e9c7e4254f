import { NodeApiError } from 'n8n-workflow';

import {
	appliedKey,
	eventKey,
	expectedItem,
	inEmitOrder,
	jsonCopy,
	PersistedPoller,
	requestLines,
	triggerParameters,
	useSandbox,
	type AppliedEvent,
} from './helpers';

const RESULTS_ROUTE = '/learners/{learnerId}/simulation-results';

describe('SiberMate Trigger: failures and restarts', () => {
	const ctx = useSandbox();

	const tenant = () => ctx.sandbox.companies.tenant;

	/** Opens (read in list order) on learners 2..6, in the same batch as learner 1 whose read fails. */
	function activityNearTheFailure(): AppliedEvent[] {
		const learners = ctx.sandbox.control.learners(tenant()).slice(1, 6);
		return ctx.sandbox.control.advanceActivity({
			events: learners.map((learner) => ({ learnerId: learner.id, type: 'open' as const })),
		});
	}

	async function expectFailedPollChangesNothing(poller: PersistedPoller, httpCode: string) {
		const before = jsonCopy(poller.harness.staticData());

		const failure = await poller.harness.poll('trigger').catch((error: unknown) => error);

		expect(failure).toBeInstanceOf(NodeApiError);
		expect((failure as NodeApiError).httpCode).toBe(httpCode);
		expect(jsonCopy(poller.harness.staticData())).toEqual(before);
		expect(String((failure as Error).message)).not.toContain(ctx.sandbox.keys.tenant);
	}

	async function expectRecovery(poller: PersistedPoller, applied: AppliedEvent[]) {
		ctx.sandbox.control.clearFaults();
		expect(await poller.poll()).toEqual(
			inEmitOrder(applied).map((event) => expectedItem(ctx.sandbox, tenant(), event)),
		);
		expect(await poller.poll()).toEqual([]);
	}

	it('throws on 429 past the retries mid-scan, then delivers every event once', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const applied = activityNearTheFailure();
		ctx.sandbox.control.clearLog();
		ctx.sandbox.control.injectFaults({
			count: 40,
			status: 429,
			retryAfter: 0,
			route: RESULTS_ROUTE,
		});

		await expectFailedPollChangesNothing(poller, '429');
		// The failing read was tried four times (one try and three retries).
		const firstRead = requestLines(ctx.sandbox)[2];
		expect(firstRead).toMatch(/^GET \/learners\/[^/]+\/simulation-results$/);
		expect(requestLines(ctx.sandbox).filter((line) => line === firstRead).length).toBe(4);

		await expectRecovery(poller, applied);
	});

	it('throws on a 500 mid-scan, then delivers every event once', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const applied = activityNearTheFailure();
		ctx.sandbox.control.injectFaults({ count: 1, status: 500, route: RESULTS_ROUTE });

		await expectFailedPollChangesNothing(poller, '500');

		await expectRecovery(poller, applied);
	});

	it('throws on a dropped connection mid-scan, then delivers every event once', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const applied = activityNearTheFailure();
		ctx.sandbox.control.injectFaults({ count: 1, drop: true, route: RESULTS_ROUTE });

		await expectFailedPollChangesNothing(poller, 'none');

		await expectRecovery(poller, applied);
	});

	it('neither loses nor repeats events across restarts that keep only the state saved at emitting polls', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		const applied: AppliedEvent[] = [];
		const advance = (count: number) => {
			const events = ctx.sandbox.control.advanceActivity({ events: count });
			applied.push(...events);
			return events;
		};
		await poller.poll();

		const a = advance(3);
		expect((await poller.poll()).map(eventKey)).toEqual(inEmitOrder(a).map(appliedKey));

		// A poll that changes the state without emitting: those changes live only in memory.
		const quiet = ctx.sandbox.control.learners(tenant()).find((learner) => {
			const results = ctx.sandbox.control.simulations(tenant()).flatMap((s) => s.results);
			const own = results.filter((r) => r.learnerId === learner.id);
			return own.every((r) => !r.open && !r.visit && !r.compromise && !r.report);
		})!;
		const deleted = await fetch(`${ctx.sandbox.baseUrl}/learners/${quiet.id}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${ctx.sandbox.keys.tenant}` },
		});
		expect(deleted.status).toBe(200);
		expect(await poller.poll()).toEqual([]);
		expect(jsonCopy(poller.harness.staticData())).not.toEqual(poller.saved);

		const b = advance(2);
		ctx.sandbox.control.injectFaults({ count: 1, status: 500, route: RESULTS_ROUTE });
		await expect(poller.harness.poll('trigger')).rejects.toBeInstanceOf(NodeApiError);

		poller.restart();
		const c = advance(2);
		expect((await poller.poll()).map(eventKey)).toEqual(inEmitOrder([...b, ...c]).map(appliedKey));

		const d = advance(2);
		expect((await poller.poll()).map(eventKey)).toEqual(inEmitOrder(d).map(appliedKey));
		poller.restart();
		expect(await poller.poll()).toEqual([]);

		const e = advance(3);
		poller.restart();
		expect((await poller.poll()).map(eventKey)).toEqual(inEmitOrder(e).map(appliedKey));

		const emitted = poller.emitted.map(eventKey);
		expect(new Set(emitted).size).toBe(emitted.length);
		expect([...emitted].sort()).toEqual(applied.map(appliedKey).sort());
	});
});
