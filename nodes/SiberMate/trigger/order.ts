import type { IDataObject } from 'n8n-workflow';

import { EVENT_TYPES, type EventType } from './events';
import { parseMissingKey, type ScanPlan } from './plan';

/**
 * Events that follow an earlier event of the same result (opened, then clicks, then submits;
 * opened, then reports): the learners with known activity in the simulation are read first.
 */
export const FOLLOW_UP_EVENTS: readonly EventType[] = ['visit', 'compromise', 'report'];

/**
 * The order a scan reads learners in. A partial scan looking for follow-up events reads first
 * the learners who already have an event in those simulations, newest activity first, then the
 * rest in list order. Any order finds the same events; this one stops sooner.
 */
export function scanOrder(learners: IDataObject[], plan: ScanPlan): IDataObject[] {
	if (plan.kind !== 'partial') return learners;

	const newest = new Map<string, number>();
	for (const key of plan.missing.keys()) {
		const { simulationId, type } = parseMissingKey(key);
		if (!FOLLOW_UP_EVENTS.includes(type)) continue;
		const activity = plan.simulations[simulationId]?.activity ?? {};
		for (const [learnerId, at] of Object.entries(activity)) {
			newest.set(learnerId, Math.max(newest.get(learnerId) ?? 0, at));
		}
	}
	if (newest.size === 0) return learners;

	const recent = (learner: IDataObject) => newest.get(String(learner.id));
	const first = learners
		.filter((learner) => recent(learner) !== undefined)
		.sort((a, b) => (recent(b) as number) - (recent(a) as number));
	return [...first, ...learners.filter((learner) => recent(learner) === undefined)];
}

/** Time (ms since epoch) of a result's newest event of any type; undefined when it has none. */
export function newestEventAt(result: IDataObject): number | undefined {
	const times = EVENT_TYPES.map((type) => result[type])
		.filter((value): value is string => typeof value === 'string' && value !== '')
		.map((value) => Date.parse(value))
		.filter((time) => !Number.isNaN(time));
	return times.length ? Math.max(...times) : undefined;
}
