import type { IDataObject } from 'n8n-workflow';

import type { TriggerConfig } from '../../nodes/SiberMate/trigger/config';
import { missingKey, planCompany } from '../../nodes/SiberMate/trigger/plan';
import { forEachBounded } from '../../nodes/SiberMate/trigger/pool';
import type { CompanyState } from '../../nodes/SiberMate/trigger/state';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-07-01T00:00:00.000Z');

const config: TriggerConfig = {
	events: ['open', 'visit', 'compromise', 'report'],
	allCompanies: false,
	fullScanIntervalMs: 24 * HOUR,
	retentionMs: 30 * 24 * HOUR,
};

function listed(id: string, counts: number[], status = 'running'): IDataObject {
	const [recipientCount, openCount, visitCount, compromiseCount, reportCount] = counts;
	return {
		id,
		status,
		recipientCount,
		sentCount: recipientCount,
		openCount,
		visitCount,
		compromiseCount,
		reportCount,
	};
}

function previous(simulations: CompanyState['simulations'], fullScanAt = NOW - HOUR): CompanyState {
	return { fullScanAt, simulations };
}

describe('planCompany', () => {
	const known = { counters: [10, 4, 2, 1, 3], delivered: { r1: 3 } };

	it('reads everything on first sight of a company', () => {
		expect(planCompany(undefined, [listed('s1', [10, 4, 2, 1, 3])], config, NOW).kind).toBe(
			'baseline',
		);
	});

	it('reads nothing more when no watched counter moved', () => {
		const plan = planCompany(
			previous({ s1: known }),
			[listed('s1', [10, 4, 2, 1, 3])],
			config,
			NOW,
		);
		expect(plan).toEqual({ kind: 'none', missing: new Map(), simulations: { s1: known } });
		expect(plan.simulations.s1.delivered).toBe(known.delivered);
	});

	it('counts the increases it must find, for watched events only', () => {
		const reportsOnly = { ...config, events: ['report' as const] };
		const now = [listed('s1', [10, 6, 2, 1, 5])];
		expect(planCompany(previous({ s1: known }), now, config, NOW).missing).toEqual(
			new Map([
				[missingKey('s1', 'open'), 2],
				[missingKey('s1', 'report'), 2],
			]),
		);
		expect(planCompany(previous({ s1: known }), now, reportsOnly, NOW)).toMatchObject({
			kind: 'partial',
			missing: new Map([[missingKey('s1', 'report'), 2]]),
		});
		expect(
			planCompany(previous({ s1: known }), [listed('s1', [10, 6, 2, 1, 3])], reportsOnly, NOW).kind,
		).toBe('none');
	});

	it.each([
		['a counter went down', [listed('s1', [10, 3, 2, 1, 4])]],
		['the recipient count changed', [listed('s1', [11, 4, 2, 1, 3])]],
		[
			'a new simulation has events',
			[listed('s1', [10, 4, 2, 1, 3]), listed('s2', [5, 1, 0, 0, 0])],
		],
	])('reads everyone when %s', (_, now) => {
		expect(planCompany(previous({ s1: known }), now, config, NOW).kind).toBe('full');
	});

	it('records a new simulation without events without reading learners', () => {
		const plan = planCompany(
			previous({ s1: known }),
			[listed('s1', [10, 4, 2, 1, 3]), listed('s2', [5, 0, 0, 0, 0])],
			config,
			NOW,
		);
		expect(plan.kind).toBe('none');
		expect(plan.simulations.s2).toEqual({ counters: [5, 0, 0, 0, 0], delivered: {} });
	});

	it('reads everyone when the reconciliation scan is due', () => {
		const due = previous({ s1: known }, NOW - 24 * HOUR);
		expect(planCompany(due, [listed('s1', [10, 4, 2, 1, 3])], config, NOW).kind).toBe('full');
	});

	it('forgets a finished simulation after the retention window, and one no longer listed', () => {
		const endedAt = NOW - 30 * 24 * HOUR;
		const plan = planCompany(
			previous({
				s1: { ...known, endedSeenAt: endedAt },
				s2: { ...known, endedSeenAt: endedAt + HOUR },
			}),
			[listed('s1', [10, 5, 2, 1, 3], 'completed'), listed('s3', [1, 0, 0, 0, 0], 'completed')],
			config,
			NOW,
		);
		expect(plan.kind).toBe('none');
		expect(plan.simulations).toEqual({
			s1: { counters: [10, 5, 2, 1, 3], delivered: {}, endedSeenAt: endedAt, forgotten: true },
			s2: { ...known, endedSeenAt: endedAt + HOUR },
			s3: { counters: [1, 0, 0, 0, 0], delivered: {}, endedSeenAt: NOW },
		});

		const later = planCompany(previous(plan.simulations), [], config, NOW + 2 * HOUR);
		expect(later.simulations).toEqual({
			s3: { counters: [1, 0, 0, 0, 0], delivered: {}, endedSeenAt: NOW },
		});
	});

	it('keeps the watched simulation, forgotten, once it is no longer listed', () => {
		const single = { ...config, simulationId: 's1' };
		const endedAt = NOW - 30 * 24 * HOUR;
		const gone = { ...known, endedSeenAt: endedAt };
		const forgotten = { counters: known.counters, delivered: {}, endedSeenAt: endedAt };

		const plan = planCompany(previous({ s1: gone }), [], single, NOW);
		expect(plan.simulations).toEqual({ s1: { ...forgotten, forgotten: true } });

		const later = planCompany(previous(plan.simulations), [], single, NOW + HOUR);
		expect(later.simulations).toEqual({ s1: { ...forgotten, forgotten: true } });
		// Watching everything, a forgotten simulation no longer listed is dropped.
		expect(planCompany(previous(plan.simulations), [], config, NOW).simulations).toEqual({});
	});

	it('tracks only the chosen simulation', () => {
		const single = { ...config, simulationId: 's2' };
		const plan = planCompany(
			undefined,
			[listed('s1', [1, 1, 0, 0, 0]), listed('s2', [1, 0, 0, 0, 0])],
			single,
			NOW,
		);
		expect(Object.keys(plan.simulations)).toEqual(['s2']);
	});
});

describe('forEachBounded', () => {
	/** Work whose completion the test controls, without timers. */
	function controlled() {
		const pending: Array<() => void> = [];
		let inFlight = 0;
		let most = 0;
		const started: number[] = [];
		const work = async (item: number) => {
			started.push(item);
			inFlight++;
			most = Math.max(most, inFlight);
			await new Promise<void>((resolve) => pending.push(resolve));
			inFlight--;
		};
		const settleAll = async () => {
			while (pending.length) {
				pending.shift()!();
				await new Promise<void>((resolve) => setImmediate(resolve));
			}
		};
		return { work, settleAll, started, most: () => most };
	}

	it('keeps at most the limit in flight and reads every item', async () => {
		const run = controlled();
		const done = forEachBounded([1, 2, 3, 4, 5, 6, 7], 3, run.work);
		await run.settleAll();
		expect(await done).toBe(7);
		expect(run.most()).toBe(3);
		expect(run.started).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('starts nothing new once enough', async () => {
		const seen: number[] = [];
		const started = await forEachBounded(
			[1, 2, 3, 4, 5, 6],
			1,
			async (item) => {
				seen.push(item);
			},
			() => seen.length >= 2,
		);
		expect(started).toBe(2);
		expect(seen).toEqual([1, 2]);
	});

	it('starts nothing new after a failure and throws the first error', async () => {
		const seen: number[] = [];
		const failing = forEachBounded([1, 2, 3, 4, 5, 6], 2, async (item) => {
			seen.push(item);
			await Promise.resolve();
			if (item === 1) throw new Error('first');
			if (item === 2) throw new Error('second');
		});
		await expect(failing).rejects.toThrow('first');
		expect(seen).toEqual([1, 2]);
	});
});
