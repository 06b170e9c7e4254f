import type { Store } from './store';
import type { Simulation, SimulationResult } from './types';

export type ActivityType = 'open' | 'visit' | 'compromise' | 'report';

export interface ActivityEvent {
	learnerId: string;
	type: ActivityType;
	/** ISO timestamp; default: the simulated clock, which then moves on by one second. */
	at?: string;
}

export interface AppliedEvent {
	learnerId: string;
	simulationId: string;
	resultId: string;
	type: ActivityType;
	at: string;
}

const ACTIVITY_TYPES: readonly ActivityType[] = ['open', 'visit', 'compromise', 'report'];

export function sentResult(
	store: Store,
	simulation: Simulation,
	learnerId: string,
	at: string,
): SimulationResult {
	simulation.recipientIds.add(learnerId);
	let result = simulation.results.get(learnerId);
	if (!result) {
		result = {
			id: store.nextId('simulation_result'),
			learnerId,
			simulationId: simulation.id,
			open: null,
			visit: null,
			compromise: null,
			report: null,
			createdAt: at,
			deliveryMethod: simulation.deliveryMethod,
		};
		simulation.results.set(learnerId, result);
	}
	return result;
}

/** Sets the event's timestamp on the learner's result; skipped (null) when already set. */
export function applyEvent(
	store: Store,
	simulation: Simulation,
	event: ActivityEvent,
): AppliedEvent | null {
	if (!ACTIVITY_TYPES.includes(event.type))
		throw new Error(`Unknown activity type '${event.type}'`);
	const existing = simulation.results.get(event.learnerId);
	if (existing?.[event.type]) return null;
	const at = event.at ?? store.now();
	const result = sentResult(store, simulation, event.learnerId, at);
	result[event.type] = at;
	if (event.at === undefined) store.advanceClock(1000);
	return {
		learnerId: event.learnerId,
		simulationId: simulation.id,
		resultId: result.id,
		type: event.type,
		at,
	};
}

/** The next plausible event for a learner: open, then visit or report, then compromise or report. */
function nextType(result: SimulationResult | undefined, roll: number): ActivityType | null {
	if (!result?.open) return 'open';
	if (!result.visit && !result.report) return roll < 0.5 ? 'visit' : 'report';
	if (result.visit && !result.compromise && roll < 0.5) return 'compromise';
	if (!result.report) return 'report';
	if (result.visit && !result.compromise) return 'compromise';
	return null;
}

/** N deterministic random events among the simulation's recipients. */
export function randomEvents(store: Store, simulation: Simulation, count: number): AppliedEvent[] {
	const recipients = [...simulation.recipientIds];
	const applied: AppliedEvent[] = [];
	const prng = store.activityPrng;
	for (
		let attempts = 0;
		applied.length < count && attempts < count * 20 && recipients.length;
		attempts++
	) {
		const learnerId = prng.pick(recipients);
		const type = nextType(simulation.results.get(learnerId), prng.next());
		if (!type) continue;
		const event = applyEvent(store, simulation, { learnerId, type });
		if (event) applied.push(event);
	}
	return applied;
}
