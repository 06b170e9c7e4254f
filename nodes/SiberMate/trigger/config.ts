import type { IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkedCompanyQuery, COMPANY_SCOPE_PARAMETER, isExpression } from '../shared/companyScope';
import { encodePathId } from '../shared/send';
import { isUnset, unwrapLocator } from '../shared/values';
import { EVENT_TYPES, type EventType } from './events';

/** Default interval between full reconciliation scans (every learner's results), in hours. */
export const DEFAULT_FULL_SCAN_INTERVAL_HOURS = 24;

/** Default days after a simulation ends before its delivered results are forgotten. */
export const DEFAULT_RETENTION_DAYS = 30;

/** How long the all-companies mode reuses the `GET /companies` answer, in minutes. */
export const COMPANY_LIST_CACHE_MINUTES = 60;

/** Learner result reads in flight at once during a scan. */
export const SCAN_CONCURRENCY = 8;

/** Fetch Test Event: events returned, and learners read at most to find them. */
export const SAMPLE_SIZE = 5;
export const SAMPLE_MAX_LEARNERS = 100;

const HOUR_MS = 3_600_000;

export interface TriggerConfig {
	events: EventType[];
	allCompanies: boolean;
	/** Company scope in single-company mode; undefined for the key's own organization. */
	companyId?: string;
	simulationId?: string;
	fullScanIntervalMs: number;
	retentionMs: number;
}

export function readConfig(this: IPollFunctions): TriggerConfig {
	const chosen = this.getNodeParameter('events', []) as string[];
	const events = EVENT_TYPES.filter((type) => chosen.includes(type));
	if (events.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Choose at least one event to watch', {
			description: 'Select one or more values in the Events field.',
		});
	}

	const allCompanies = this.getNodeParameter('allCompanies', false) as boolean;
	const scope = allCompanies
		? {}
		: checkedCompanyQuery(
				this.getNode(),
				0,
				this.getNodeParameter(COMPANY_SCOPE_PARAMETER, '', { rawExpressions: true }),
				this.getNodeParameter(COMPANY_SCOPE_PARAMETER, ''),
			);
	const options = this.getNodeParameter('options', {}) as {
		fullScanIntervalHours?: number;
		retentionDays?: number;
	};

	return {
		events,
		allCompanies,
		companyId: scope[COMPANY_SCOPE_PARAMETER] as string | undefined,
		simulationId: allCompanies ? undefined : watchedSimulationId(this),
		fullScanIntervalMs:
			positive(options.fullScanIntervalHours, DEFAULT_FULL_SCAN_INTERVAL_HOURS) * HOUR_MS,
		retentionMs: positive(options.retentionDays, DEFAULT_RETENTION_DAYS) * 24 * HOUR_MS,
	};
}

const SIMULATION_PARAMETER = 'simulationId';

/**
 * The Simulation field's ID; undefined when left empty (every simulation). An ID that cannot be
 * one path segment of `/simulations/{id}` (`metrics`, dots, an expression giving nothing) is
 * refused: it would read another endpoint, and the trigger would never fire.
 */
function watchedSimulationId(context: IPollFunctions): string | undefined {
	const value = context.getNodeParameter(SIMULATION_PARAMETER, '');
	const raw = context.getNodeParameter(SIMULATION_PARAMETER, '', { rawExpressions: true });
	if (isUnset(value) && !isExpression(raw)) return undefined;
	const id = String(unwrapLocator(value) ?? '').trim();
	encodePathId(context.getNode(), 0, SIMULATION_PARAMETER, 'simulations', id);
	return id;
}

function positive(value: unknown, fallback: number): number {
	const number = Number(value);
	return Number.isFinite(number) && number > 0 ? number : fallback;
}

/** The options that decide which events exist for the trigger; changing one starts afresh. */
export function configFingerprint(config: TriggerConfig): string {
	return JSON.stringify([
		config.events,
		config.allCompanies,
		config.companyId ?? null,
		config.simulationId ?? null,
	]);
}
