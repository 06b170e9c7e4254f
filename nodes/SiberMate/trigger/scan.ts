import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { learnerSimulationResults, listLearners, listSimulations } from './api';
import { SCAN_CONCURRENCY, type TriggerConfig } from './config';
import { eventBit, type EventType } from './events';
import { newestEventAt, scanOrder } from './order';
import { type EventTally, missingKey, planCompany, settleCounters } from './plan';
import { forEachBounded } from './pool';
import type { CompanyState } from './state';
import { requireWatchedSimulation } from './watched';

/** A new event, with what the output item needs. */
export interface FoundEvent {
	type: EventType;
	occurredAt: string;
	result: IDataObject;
	learner: IDataObject;
	companyId?: string;
}

export interface CompanyPoll {
	state: CompanyState;
	events: FoundEvent[];
	/** Learners whose results were read. */
	learnersRead: number;
}

/**
 * One company's share of a poll. Reads `GET /simulations`, then as few learners' results as
 * the counters allow. Returns the next state without touching `previous`.
 */
export async function pollCompany(
	context: IPollFunctions,
	config: TriggerConfig,
	companyId: string | undefined,
	previous: CompanyState | undefined,
	now: number,
): Promise<CompanyPoll> {
	const listed = await listSimulations(context, companyId);
	await requireWatchedSimulation(context, config, listed, previous);
	const plan = planCompany(previous, listed, config, now);
	if (plan.kind === 'none') {
		const fullScanAt = previous?.fullScanAt ?? now;
		return { state: { fullScanAt, simulations: plan.simulations }, events: [], learnersRead: 0 };
	}

	const learners = await listLearners(context, companyId);
	const events: FoundEvent[] = [];
	const copied = new Set<string>();
	const tally = { present: {} as EventTally, found: {} as EventTally };
	const count = (of: EventTally, simulationId: string, type: EventType) => {
		of[simulationId] = of[simulationId] ?? {};
		of[simulationId][type] = (of[simulationId][type] ?? 0) + 1;
	};
	let stillMissing = [...plan.missing.values()].reduce((sum, n) => sum + n, 0);

	const markDelivered = (simulationId: string, resultId: string, bit: number): boolean => {
		const simulation = plan.simulations[simulationId];
		if (((simulation.delivered[resultId] ?? 0) & bit) !== 0) return false;
		if (!copied.has(simulationId)) {
			simulation.delivered = { ...simulation.delivered };
			copied.add(simulationId);
		}
		simulation.delivered[resultId] = (simulation.delivered[resultId] ?? 0) | bit;
		return true;
	};

	const copiedActivity = new Set<string>();
	const noteActivity = (simulationId: string, learnerId: string, result: IDataObject) => {
		const at = newestEventAt(result);
		const simulation = plan.simulations[simulationId];
		if (at === undefined || (simulation.activity?.[learnerId] ?? -Infinity) >= at) return;
		if (!copiedActivity.has(simulationId)) {
			simulation.activity = { ...simulation.activity };
			copiedActivity.add(simulationId);
		}
		(simulation.activity as Record<string, number>)[learnerId] = at;
	};

	let learnersGone = 0;
	const readLearner = async (learner: IDataObject) => {
		const learnerId = String(learner.id);
		const results = await learnerSimulationResults(context, learnerId, companyId);
		if (!results) {
			learnersGone++;
			return;
		}
		for (const result of results) {
			const simulationId = String(result.simulationId);
			if (!plan.simulations[simulationId] || plan.simulations[simulationId].forgotten) continue;
			noteActivity(simulationId, learnerId, result);
			for (const type of config.events) {
				const occurredAt = result[type];
				if (typeof occurredAt !== 'string' || occurredAt === '') continue;
				count(tally.present, simulationId, type);
				if (!markDelivered(simulationId, String(result.id), eventBit(type))) continue;
				count(tally.found, simulationId, type);
				if (plan.kind === 'baseline') continue;

				events.push({ type, occurredAt, result, learner, companyId });
				const key = missingKey(simulationId, type);
				const missing = plan.missing.get(key) ?? 0;
				if (missing > 0) {
					plan.missing.set(key, missing - 1);
					stillMissing--;
				}
			}
		}
	};

	const learnersRead = await forEachBounded(
		scanOrder(learners, plan),
		SCAN_CONCURRENCY,
		readLearner,
		() => (plan.kind === 'partial' ? stillMissing <= 0 : false),
	);
	const readEveryone = learnersRead === learners.length;
	settleCounters(plan, previous, tally, readEveryone);
	// A learner deleted mid-scan leaves the counters read before unexplained (its events are
	// gone): the next poll reads everyone, so that it does not rely on them.
	const fullScanAt = learnersGone > 0 ? 0 : readEveryone || !previous ? now : previous.fullScanAt;
	return { state: { fullScanAt, simulations: plan.simulations }, events, learnersRead };
}
