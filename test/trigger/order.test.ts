import type { IDataObject } from 'n8n-workflow';

import { SCAN_CONCURRENCY } from '../../nodes/SiberMate/trigger/config';
import { scanOrder } from '../../nodes/SiberMate/trigger/order';
import { missingKey, planCompany, type ScanPlan } from '../../nodes/SiberMate/trigger/plan';
import type { TriggerState } from '../../nodes/SiberMate/trigger/state';
import {
	appliedKey,
	eventKey,
	jsonCopy,
	PersistedPoller,
	requestLines,
	triggerParameters,
	useSandbox,
} from './helpers';

const read = (learnerId: string) => `GET /learners/${learnerId}/simulation-results`;

describe('SiberMate Trigger: which learners a partial scan reads first', () => {
	const ctx = useSandbox();

	const tenant = () => ctx.sandbox.companies.tenant;
	const learnerIds = () => ctx.sandbox.control.learners(tenant()).map((learner) => learner.id);
	const running = () =>
		ctx.sandbox.control.simulations(tenant()).find((s) => s.id === 'simulation_00003')!;
	/** The running simulation's recipients without any event yet, in list order. */
	const quiet = () => {
		const active = new Set(
			running()
				.results.filter((r) => r.open || r.visit || r.compromise || r.report)
				.map((r) => r.learnerId),
		);
		return learnerIds().filter((id) => running().recipientIds.includes(id) && !active.has(id));
	};
	const act = (learnerId: string, type: 'open' | 'visit' | 'report') =>
		ctx.sandbox.control.advanceActivity({ events: [{ learnerId, type }] });

	it('reads first the learner who opened when a click comes in', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const learnerId = quiet()[150];
		const position = learnerIds().indexOf(learnerId);
		expect(position).toBeGreaterThan(150);

		// The open has no earlier signal: the scan reads in list order up to the learner.
		const opened = act(learnerId, 'open');
		ctx.sandbox.control.clearLog();
		expect((await poller.poll()).map(eventKey)).toEqual(opened.map(appliedKey));
		const openReads = requestLines(ctx.sandbox).slice(2);
		expect(openReads.slice(0, 3)).toEqual(learnerIds().slice(0, 3).map(read));
		expect(openReads).toContain(read(learnerId));
		expect(openReads.length).toBeGreaterThan(position);

		// The click: that learner's results are read first, and the scan stops with the first lanes.
		const clicked = act(learnerId, 'visit');
		ctx.sandbox.control.clearLog();
		expect((await poller.poll()).map(eventKey)).toEqual(clicked.map(appliedKey));
		const lines = requestLines(ctx.sandbox);
		expect(lines.slice(0, 3)).toEqual(['GET /simulations', 'GET /learners', read(learnerId)]);
		expect(lines).toHaveLength(2 + SCAN_CONCURRENCY);
		expect(await poller.poll()).toEqual([]);
	});

	it('still finds a follow-up event of a learner with no earlier event, after the active ones', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const learnerId = quiet()[0];

		const reported = act(learnerId, 'report');
		ctx.sandbox.control.clearLog();

		expect((await poller.poll()).map(eventKey)).toEqual(reported.map(appliedKey));
		const reads = requestLines(ctx.sandbox).slice(2);
		const activeInRunning = running().results.filter((r) => r.open).length;
		// Every learner with an event in the running simulation was read before it.
		expect(reads.indexOf(read(learnerId))).toBeGreaterThanOrEqual(activeInRunning);
		expect(await poller.poll()).toEqual([]);
	});

	it('keeps working from a state saved before it recorded activity, with no replay', async () => {
		const poller = new PersistedPoller(ctx.sandbox, triggerParameters());
		await poller.poll();
		const saved = jsonCopy(poller.harness.staticData()) as unknown as TriggerState;
		const simulations = saved.companies[''].simulations;
		expect(Object.keys(simulations.simulation_00003.activity ?? {})).toHaveLength(
			running().results.filter((r) => r.open || r.visit || r.compromise || r.report).length,
		);
		for (const simulation of Object.values(simulations)) delete simulation.activity;
		poller.saved = jsonCopy(saved) as unknown as IDataObject;
		poller.restart();

		const learnerId = quiet()[10];
		const applied = [...act(learnerId, 'open'), ...act(learnerId, 'visit')];
		ctx.sandbox.control.clearLog();

		expect((await poller.poll()).map(eventKey)).toEqual(applied.map(appliedKey));
		// The scan records the activity of the learners it read, from here on.
		const reads = requestLines(ctx.sandbox).slice(2);
		const state = poller.harness.staticData() as unknown as TriggerState;
		const activity = state.companies[''].simulations.simulation_00003.activity ?? {};
		expect(activity[learnerId]).toBe(Date.parse(applied[1].at));
		expect(Object.keys(activity).every((id) => reads.includes(read(id)))).toBe(true);
		expect(await poller.poll()).toEqual([]);
	});
});

describe('scanOrder', () => {
	const learners = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
	const plan = (kind: ScanPlan['kind'], missing: Array<[string, 'open' | 'visit' | 'report']>) => ({
		kind,
		missing: new Map(missing.map(([simulation, type]) => [missingKey(simulation, type), 1])),
		simulations: {
			s1: { counters: [], delivered: {}, activity: { d: 300, b: 100, gone: 900 } },
			s2: { counters: [], delivered: {}, activity: { e: 200, b: 400 } },
		},
	});
	const ids = (list: IDataObject[]) => list.map((learner) => learner.id);

	it('puts learners active in a simulation missing a follow-up event first, newest first', () => {
		expect(ids(scanOrder(learners, plan('partial', [['s1', 'visit']])))).toEqual([
			'd',
			'b',
			'a',
			'c',
			'e',
		]);
		expect(
			ids(
				scanOrder(
					learners,
					plan('partial', [
						['s1', 'report'],
						['s2', 'open'],
					]),
				),
			),
		).toEqual(['d', 'b', 'a', 'c', 'e']);
		expect(
			ids(
				scanOrder(
					learners,
					plan('partial', [
						['s1', 'visit'],
						['s2', 'report'],
					]),
				),
			),
		).toEqual(['b', 'd', 'e', 'a', 'c']);
	});

	it('keeps list order for opens and for scans that read everyone', () => {
		expect(scanOrder(learners, plan('partial', [['s1', 'open']]))).toBe(learners);
		expect(scanOrder(learners, plan('full', [['s1', 'visit']]))).toBe(learners);
	});
});

describe('planCompany keeps activity with the delivered results', () => {
	const HOUR = 3_600_000;
	const NOW = Date.parse('2026-07-01T00:00:00.000Z');
	const config = {
		events: ['open' as const, 'visit' as const],
		allCompanies: false,
		fullScanIntervalMs: 24 * HOUR,
		retentionMs: 30 * 24 * HOUR,
	};
	const listed = (status: string) => ({ id: 's1', status, recipientCount: 2, openCount: 1 });
	const activity = { learner_1: NOW - HOUR };

	it('carries it forward while the simulation is watched', () => {
		const previous = {
			fullScanAt: NOW - HOUR,
			simulations: { s1: { counters: [2, 1, 0, 0, 0], delivered: { r1: 1 }, activity } },
		};
		const plan = planCompany(previous, [listed('running')], config, NOW);
		expect(plan.simulations.s1.activity).toBe(activity);
	});

	it('forgets it past the retention window', () => {
		const endedSeenAt = NOW - 31 * 24 * HOUR;
		const previous = {
			fullScanAt: NOW - HOUR,
			simulations: {
				s1: { counters: [2, 1, 0, 0, 0], delivered: { r1: 1 }, activity, endedSeenAt },
			},
		};
		const plan = planCompany(previous, [listed('completed')], config, NOW);
		expect(plan.simulations.s1).toEqual({
			counters: [2, 1, 0, 0, 0],
			delivered: {},
			endedSeenAt,
			forgotten: true,
		});
		expect('activity' in plan.simulations.s1).toBe(false);
	});
});
