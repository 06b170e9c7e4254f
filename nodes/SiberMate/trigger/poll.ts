import type { IPollFunctions } from 'n8n-workflow';

import { listChildCompanyIds } from './api';
import { COMPANY_LIST_CACHE_MINUTES, configFingerprint, type TriggerConfig } from './config';
import { byOccurrence } from './items';
import { type FoundEvent, pollCompany } from './scan';
import { OWN_ORGANIZATION, STATE_VERSION, type CompanyState, type TriggerState } from './state';

export interface PollOutcome {
	state: TriggerState;
	/** New events, oldest first. */
	events: FoundEvent[];
}

/**
 * One scheduled poll over every watched company. Builds the next state beside the previous one;
 * the caller saves it only when every company was read without error.
 */
export async function pollEvents(
	context: IPollFunctions,
	config: TriggerConfig,
	previous: TriggerState | undefined,
	now: number,
): Promise<PollOutcome> {
	const companyList = await watchedCompanies(context, config, previous, now);
	const companyIds = companyList?.ids ?? [config.companyId ?? OWN_ORGANIZATION];

	const companies: Record<string, CompanyState> = {};
	const events: FoundEvent[] = [];
	for (const key of companyIds) {
		const scope = key === OWN_ORGANIZATION ? undefined : key;
		const polled = await pollCompany(context, config, scope, previous?.companies[key], now);
		companies[key] = polled.state;
		events.push(...polled.events);
	}

	const state: TriggerState = {
		version: STATE_VERSION,
		config: configFingerprint(config),
		companies,
		...(companyList && { companyList }),
	};
	return { state, events: events.sort(byOccurrence) };
}

async function watchedCompanies(
	context: IPollFunctions,
	config: TriggerConfig,
	previous: TriggerState | undefined,
	now: number,
): Promise<TriggerState['companyList']> {
	if (!config.allCompanies) return undefined;
	const cached = previous?.companyList;
	if (cached && now - cached.fetchedAt < COMPANY_LIST_CACHE_MINUTES * 60_000) return cached;
	return { fetchedAt: now, ids: await listChildCompanyIds(context) };
}
