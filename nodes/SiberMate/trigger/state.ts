import type { IDataObject } from 'n8n-workflow';

/** Shape version of the saved state; another version is treated as a first activation. */
export const STATE_VERSION = 1;

/** What the trigger remembers about one simulation. */
export interface SimulationState {
	/** `recipientCount`, `openCount`, `visitCount`, `compromiseCount`, `reportCount` at the last poll. */
	counters: number[];
	/** Events already delivered (or present at activation), by result ID: bits of `eventBit`. */
	delivered: Record<string, number>;
	/**
	 * Learners with any known event (watched or not) in this simulation: their newest event's
	 * time (ms since epoch). Orders partial scans; absent in states saved before it existed.
	 */
	activity?: Record<string, number>;
	/** When this trigger first saw the simulation completed or gone (ms since epoch). */
	endedSeenAt?: number;
	/** Past the retention window: its results are forgotten and its events no longer watched. */
	forgotten?: true;
}

/** One watched company (the key's own organization is ''). */
export interface CompanyState {
	/** Last time every learner's results were read (ms since epoch). */
	fullScanAt: number;
	simulations: Record<string, SimulationState>;
}

export interface TriggerState {
	version: number;
	/** Fingerprint of the options that decide what is watched; a change starts afresh. */
	config: string;
	companies: Record<string, CompanyState>;
	/** All-companies mode: the last `GET /companies` answer. */
	companyList?: { fetchedAt: number; ids: string[] };
}

/** The key of a company in `TriggerState.companies`. */
export const OWN_ORGANIZATION = '';

/**
 * Polls that are running, keyed by the workflow's in-memory static data. Kept out of the
 * static data itself so a crash mid-poll can never persist a stale "running" flag.
 */
const running = new WeakSet<object>();

/** Marks a poll as running; false when another poll on the same static data still is. */
export function claimPoll(staticData: IDataObject): boolean {
	if (running.has(staticData)) return false;
	running.add(staticData);
	return true;
}

export function releasePoll(staticData: IDataObject): void {
	running.delete(staticData);
}

/** The saved state, or undefined on first activation (or after the watched options changed). */
export function readState(staticData: IDataObject, config: string): TriggerState | undefined {
	const state = staticData as unknown as Partial<TriggerState>;
	if (state.version !== STATE_VERSION || state.config !== config || !state.companies) {
		return undefined;
	}
	return state as TriggerState;
}

/**
 * Replaces the static data's content in place: n8n keeps a reference to this object and saves
 * it after each poll that emits items.
 */
export function writeState(staticData: IDataObject, state: TriggerState): void {
	for (const key of Object.keys(staticData)) delete staticData[key];
	Object.assign(staticData, state);
}
