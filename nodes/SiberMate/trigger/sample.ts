import type { IPollFunctions } from 'n8n-workflow';

import { learnerSimulationResults, listChildCompanyIds, listLearners } from './api';
import { SAMPLE_MAX_LEARNERS, SAMPLE_SIZE, SCAN_CONCURRENCY, type TriggerConfig } from './config';
import { byOccurrence } from './items';
import { forEachBounded } from './pool';
import type { FoundEvent } from './scan';
import { requireWatchedSimulation } from './watched';

/**
 * Fetch Test Event: the most recent events among the first learners, newest first. Reads
 * without saving anything, so the next scheduled poll is unaffected.
 */
export async function sampleEvents(
	context: IPollFunctions,
	config: TriggerConfig,
): Promise<FoundEvent[]> {
	await requireWatchedSimulation(context, config, undefined, undefined);
	const companyIds = config.allCompanies ? await listChildCompanyIds(context) : [config.companyId];
	const events: FoundEvent[] = [];
	let budget = SAMPLE_MAX_LEARNERS;

	for (const companyId of companyIds) {
		if (budget <= 0) break;
		const learners = (await listLearners(context, companyId)).slice(0, budget);
		budget -= learners.length;
		await forEachBounded(learners, SCAN_CONCURRENCY, async (learner) => {
			const results =
				(await learnerSimulationResults(context, String(learner.id), companyId)) ?? [];
			for (const result of results) {
				if (config.simulationId && String(result.simulationId) !== config.simulationId) continue;
				for (const type of config.events) {
					const occurredAt = result[type];
					if (typeof occurredAt !== 'string' || occurredAt === '') continue;
					events.push({ type, occurredAt, result, learner, companyId });
				}
			}
		});
	}

	return events.sort(byOccurrence).reverse().slice(0, SAMPLE_SIZE);
}
