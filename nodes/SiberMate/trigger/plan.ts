import type { IDataObject } from 'n8n-workflow';

import type { TriggerConfig } from './config';
import { EVENT_COUNTERS, EVENT_TYPES, type EventType } from './events';
import type { CompanyState, SimulationState } from './state';

/** Counters of `GET /simulations` kept per simulation, in `SimulationState.counters` order. */
export const COUNTER_FIELDS = ['recipientCount', ...EVENT_TYPES.map((t) => EVENT_COUNTERS[t])];

/**
 * - baseline: first sight of the company, record every existing event and emit nothing;
 * - full: read every learner's results (counters cannot explain the change, or reconciliation is due);
 * - partial: read learners' results until the counters' increase is accounted for;
 * - none: no watched counter moved, nothing more to read.
 */
export type ScanKind = 'baseline' | 'full' | 'partial' | 'none';

export interface ScanPlan {
	kind: ScanKind;
	/** New events still to find, by `missingKey(simulationId, type)` (partial scans). */
	missing: Map<string, number>;
	/** The next state of every tracked simulation; `delivered` is still shared with the old state. */
	simulations: Record<string, SimulationState>;
}

export function missingKey(simulationId: string, type: EventType): string {
	return `${simulationId}\n${type}`;
}

export function parseMissingKey(key: string): { simulationId: string; type: EventType } {
	const split = key.lastIndexOf('\n');
	return { simulationId: key.slice(0, split), type: key.slice(split + 1) as EventType };
}

/** Decides, from `GET /simulations` alone, how much of the company must be read. */
export function planCompany(
	previous: CompanyState | undefined,
	listed: IDataObject[],
	config: TriggerConfig,
	now: number,
): ScanPlan {
	const simulations: Record<string, SimulationState> = {};
	const missing = new Map<string, number>();
	let unexplained = false;

	for (const simulation of listed) {
		const id = String(simulation.id);
		if (config.simulationId !== undefined && id !== config.simulationId) continue;

		const before = previous?.simulations[id];
		const counters = COUNTER_FIELDS.map((field) => Number(simulation[field]) || 0);
		const endedSeenAt =
			simulation.status === 'completed' ? (before?.endedSeenAt ?? now) : undefined;
		const known = { counters, delivered: before?.delivered ?? {}, endedSeenAt };
		const next = age(
			before?.activity ? { ...known, activity: before.activity } : known,
			config,
			now,
		);
		simulations[id] = before?.forgotten ? forget(next) : next;
		if (!previous || simulations[id].forgotten) continue;

		if (!before) {
			// A new simulation: its events are all new, so only a full scan can find them.
			if (config.events.some((type) => counters[counterIndex(type)] > 0)) unexplained = true;
			continue;
		}
		if (counters[0] !== before.counters[0]) unexplained = true;
		for (const type of config.events) {
			const increase = counters[counterIndex(type)] - (before.counters[counterIndex(type)] ?? 0);
			if (increase < 0) unexplained = true;
			if (increase > 0) missing.set(missingKey(id, type), increase);
		}
	}

	// Simulations no longer listed age out like finished ones. The watched one stays, forgotten,
	// so that its absence is not taken for a simulation that never existed.
	for (const [id, before] of Object.entries(previous?.simulations ?? {})) {
		if (simulations[id]) continue;
		const watched = id === config.simulationId;
		if (before.forgotten) {
			if (watched) simulations[id] = before;
			continue;
		}
		const gone = age({ ...before, endedSeenAt: before.endedSeenAt ?? now }, config, now);
		if (!gone.forgotten || watched) simulations[id] = gone;
	}

	return { kind: kindOf(previous, unexplained, missing, config, now), missing, simulations };
}

function kindOf(
	previous: CompanyState | undefined,
	unexplained: boolean,
	missing: Map<string, number>,
	config: TriggerConfig,
	now: number,
): ScanKind {
	if (!previous) return 'baseline';
	if (unexplained || now - previous.fullScanAt >= config.fullScanIntervalMs) return 'full';
	return missing.size > 0 ? 'partial' : 'none';
}

/** Events of each type per simulation met during a scan. */
export type EventTally = Record<string, Partial<Record<EventType, number>>>;

/**
 * After a scan, raises a counter that lags the events the scan met (they happened while it ran,
 * after `GET /simulations` answered), so the next poll does not look for them again. A scan
 * that read everyone knows each count (`present`); a partial one adds what it delivered (`found`).
 */
export function settleCounters(
	plan: ScanPlan,
	previous: CompanyState | undefined,
	tally: { present: EventTally; found: EventTally },
	readEveryone: boolean,
): void {
	const source = readEveryone ? tally.present : tally.found;
	for (const [simulationId, byType] of Object.entries(source)) {
		const counters = plan.simulations[simulationId].counters;
		const before = readEveryone ? undefined : previous?.simulations[simulationId]?.counters;
		for (const [type, count] of Object.entries(byType) as Array<[EventType, number]>) {
			const index = counterIndex(type);
			counters[index] = Math.max(counters[index], (before?.[index] ?? 0) + count);
		}
	}
}

function counterIndex(type: EventType): number {
	return 1 + EVENT_TYPES.indexOf(type);
}

/** Forgets the delivered results of a simulation that ended longer ago than the retention window. */
function age(state: SimulationState, config: TriggerConfig, now: number): SimulationState {
	if (state.endedSeenAt === undefined || now - state.endedSeenAt < config.retentionMs) return state;
	return forget(state);
}

function forget(state: SimulationState): SimulationState {
	const forgotten: SimulationState = { counters: state.counters, delivered: {}, forgotten: true };
	if (state.endedSeenAt !== undefined) forgotten.endedSeenAt = state.endedSeenAt;
	return forgotten;
}
