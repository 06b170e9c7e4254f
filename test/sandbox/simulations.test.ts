import { call, controlCall, useSandbox } from './helpers';

type Counters = Record<
	'recipientCount' | 'sentCount' | 'openCount' | 'visitCount' | 'compromiseCount' | 'reportCount',
	number
>;

describe('sandbox simulations', () => {
	const sandbox = useSandbox();

	/** Counters recomputed from the per-learner results the API serves. */
	async function countersFromResults(companyId: string, key: string) {
		const sb = sandbox();
		const counts = new Map<string, Counters>();
		for (const s of sb.control.simulations(companyId)) {
			counts.set(s.id, {
				recipientCount: s.recipientIds.length,
				sentCount: s.recipientIds.length,
				openCount: 0,
				visitCount: 0,
				compromiseCount: 0,
				reportCount: 0,
			});
		}
		for (const learner of sb.control.learners(companyId)) {
			const query = companyId === sb.companies.childA ? `?companyId=${companyId}` : '';
			const results = (
				await call(sb, 'GET', `/learners/${learner.id}/simulation-results${query}`, { key })
			).body.data;
			for (const r of results) {
				const c = counts.get(r.simulationId)!;
				if (r.open) c.openCount++;
				if (r.visit) c.visitCount++;
				if (r.compromise) c.compromiseCount++;
				if (r.report) c.reportCount++;
			}
		}
		return counts;
	}

	it('keeps counters, per-learner results and metrics in agreement', async () => {
		const sb = sandbox();
		sb.control.advanceActivity({ events: 40 });
		for (const [companyId, key, query] of [
			[sb.companies.tenant, sb.keys.tenant, ''],
			[sb.companies.childA, sb.keys.msp, `?companyId=${sb.companies.childA}`],
		]) {
			const list = (await call(sb, 'GET', `/simulations${query}`, { key })).body.data;
			const expected = await countersFromResults(companyId, key);
			for (const s of list) {
				const { recipientCount, sentCount, openCount, visitCount, compromiseCount, reportCount } =
					s;
				expect({
					recipientCount,
					sentCount,
					openCount,
					visitCount,
					compromiseCount,
					reportCount,
				}).toEqual(expected.get(s.id));
			}
			const metrics = (await call(sb, 'GET', `/simulations/metrics${query}`, { key })).body.data;
			expect(metrics.simulations).toEqual(list);
			const sum = (field: keyof Counters) =>
				list.reduce((n: number, s: Counters) => n + s[field], 0);
			expect(metrics.totalMetrics).toEqual({
				opened: sum('openCount'),
				visited: sum('visitCount'),
				compromised: sum('compromiseCount'),
				reported: sum('reportCount'),
				total: sum('sentCount'),
			});
		}
	});

	it('seeds completed campaigns, one running and one scheduled', async () => {
		const sb = sandbox();
		const list = (await call(sb, 'GET', '/simulations')).body.data;
		expect(list.map((s: { status: string }) => s.status)).toEqual([
			'completed',
			'completed',
			'running',
			'scheduled',
		]);
		expect(list[0].openCount).toBeGreaterThan(0);
		const detail = (await call(sb, 'GET', `/simulations/${list[2].id}`)).body.data;
		expect(detail).toEqual({
			...list[2],
			startDate: '2026-06-08T00:00:00.000Z',
			endDate: '2026-06-22T00:00:00.000Z',
			deliveryMethod: expect.stringMatching(/^(email|messageInjection)$/),
		});
		expect(
			(await call(sb, 'GET', `/simulations/${list[2].id}`, { key: sb.keys.other })).status,
		).toBe(404);
	});

	it('applies explicit events to the running campaign and moves the clock', async () => {
		const sb = sandbox();
		const running = sb.control
			.simulations(sb.companies.tenant)
			.find((s) => s.status === 'running')!;
		const quiet = running.results.find((r) => !r.open && !r.report)!;
		const applied = sb.control.advanceActivity({
			events: [
				{ learnerId: quiet.learnerId, type: 'open' },
				{ learnerId: quiet.learnerId, type: 'visit', at: '2026-06-15T10:00:00.000Z' },
				{ learnerId: quiet.learnerId, type: 'open' },
			],
		});
		expect(applied).toEqual([
			{
				learnerId: quiet.learnerId,
				simulationId: running.id,
				resultId: quiet.id,
				type: 'open',
				at: '2026-06-15T09:00:00.000Z',
			},
			{
				learnerId: quiet.learnerId,
				simulationId: running.id,
				resultId: quiet.id,
				type: 'visit',
				at: '2026-06-15T10:00:00.000Z',
			},
		]);
		expect(sb.control.now()).toBe('2026-06-15T09:00:01.000Z');
		const after = sb.control.simulation(sb.companies.tenant, running.id)!;
		expect(after.openCount).toBe(running.openCount + 1);
		expect(after.visitCount).toBe(running.visitCount + 1);
		const results = (await call(sb, 'GET', `/learners/${quiet.learnerId}/simulation-results`)).body
			.data;
		expect(results.find((r: { simulationId: string }) => r.simulationId === running.id)).toEqual({
			id: quiet.id,
			learnerId: quiet.learnerId,
			simulationId: running.id,
			open: '2026-06-15T09:00:00.000Z',
			visit: '2026-06-15T10:00:00.000Z',
			compromise: null,
			report: null,
			createdAt: quiet.createdAt,
			deliveryMethod: running.deliveryMethod,
			simulation: {
				id: running.id,
				name: running.name,
				status: 'running',
				startDate: running.startDate,
				endDate: running.endDate,
			},
		});
	});

	it('creates a result and a recipient for a learner outside the campaign', async () => {
		const sb = sandbox();
		const [newcomer] = sb.control.addLearners(sb.companies.tenant, 1);
		const running = sb.control
			.simulations(sb.companies.tenant)
			.find((s) => s.status === 'running')!;
		const [event] = sb.control.advanceActivity({
			events: [{ learnerId: newcomer, type: 'report' }],
		});
		const after = sb.control.simulation(sb.companies.tenant, running.id)!;
		expect(after.recipientCount).toBe(running.recipientCount + 1);
		expect(after.sentCount).toBe(running.sentCount + 1);
		expect(after.reportCount).toBe(running.reportCount + 1);
		expect(after.results.find((r) => r.learnerId === newcomer)).toMatchObject({
			id: event.resultId,
			report: event.at,
			open: null,
		});
	});

	it('generates the same random activity after a reset', () => {
		const sb = sandbox();
		const first = sb.control.advanceActivity({ events: 25 });
		expect(first).toHaveLength(25);
		sb.control.reset();
		expect(sb.control.advanceActivity({ events: 25 })).toEqual(first);
	});

	it('starts a simulation that becomes the default target of activity', async () => {
		const sb = sandbox();
		const learners = sb.control
			.learners(sb.companies.childA)
			.slice(0, 3)
			.map((l) => l.id);
		const id = sb.control.startSimulation({
			companyId: sb.companies.childA,
			name: 'Drill',
			learnerIds: learners,
		});
		const [event] = sb.control.advanceActivity({
			companyId: sb.companies.childA,
			events: [{ learnerId: learners[1], type: 'compromise' }],
		});
		expect(event.simulationId).toBe(id);
		const detail = (
			await call(sb, 'GET', `/simulations/${id}?companyId=${sb.companies.childA}`, {
				key: sb.keys.msp,
			})
		).body.data;
		expect(detail).toMatchObject({
			name: 'Drill',
			status: 'running',
			recipientCount: 3,
			sentCount: 3,
			compromiseCount: 1,
			openCount: 0,
			startDate: '2026-06-15T09:00:00.000Z',
			endDate: '2026-06-29T09:00:00.000Z',
		});
		expect(() =>
			sb.control.advanceActivity({ events: [{ learnerId: 'learner_x', type: 'open' }] }),
		).toThrow(/learner_x/);
	});

	it('drives activity and new campaigns over HTTP', async () => {
		const sb = sandbox();
		const started = await controlCall(sb, 'POST', '/simulations', { name: 'HTTP drill' });
		const simulationId = started.body.data.simulationId;
		const events = await controlCall(sb, 'POST', '/activity', { events: 5 });
		expect(events.body.data).toHaveLength(5);
		expect(
			events.body.data.every((e: { simulationId: string }) => e.simulationId === simulationId),
		).toBe(true);
		const bad = await controlCall(sb, 'POST', '/activity', {
			simulationId: 'simulation_x',
			events: 1,
		});
		expect(bad.status).toBe(400);
	});

	it('bulk-seeds 10,000 learners enrolled in a simulation', async () => {
		const sb = sandbox();
		const id = sb.control.startSimulation({ name: 'Load', learnerIds: [] });
		const ids = sb.control.addLearners(sb.companies.tenant, 10_000, { simulationId: id });
		expect(new Set(ids).size).toBe(10_000);
		expect(sb.control.learners(sb.companies.tenant)).toHaveLength(10_240);
		const detail = (await call(sb, 'GET', `/simulations/${id}`)).body.data;
		expect(detail.recipientCount).toBe(10_000);
		const learner = (await call(sb, 'GET', `/learners/${ids[9_999]}`)).body.data;
		expect(learner.email).toMatch(/^load\.user\d+@acme\.example$/);
	});

	it('lists the scheduled campaign in the learner simulation queue', async () => {
		const sb = sandbox();
		const scheduled = sb.control
			.simulations(sb.companies.tenant)
			.find((s) => s.status === 'scheduled')!;
		const learnerId = scheduled.recipientIds[0];
		const queue = (await call(sb, 'GET', `/learners/${learnerId}/simulation-queue`)).body.data;
		expect(queue).toEqual([
			{
				id: expect.stringMatching(/^simulation_queue_/),
				learnerId,
				simulationId: scheduled.id,
				scheduled: scheduled.startDate,
				simulation: {
					id: scheduled.id,
					name: scheduled.name,
					status: 'scheduled',
					startDate: scheduled.startDate,
					endDate: scheduled.endDate,
				},
			},
		]);
	});
});
