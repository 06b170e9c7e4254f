import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { EVENT_TYPES } from './events';
import type { FoundEvent } from './scan';

/** ISO form of the result's timestamp; kept as sent when it is not a date. */
function isoDate(value: string): string {
	const time = Date.parse(value);
	return Number.isNaN(time) ? value : new Date(time).toISOString();
}

export function eventItem(event: FoundEvent): INodeExecutionData {
	const { result, learner } = event;
	const simulation = (result.simulation ?? {}) as IDataObject;
	const json: IDataObject = {
		eventType: event.type,
		occurredAt: isoDate(event.occurredAt),
		learner: {
			id: learner.id ?? result.learnerId ?? null,
			email: learner.email ?? null,
			name: learner.name ?? null,
			externalLearnerId: learner.externalLearnerId ?? null,
		},
		simulation: {
			id: simulation.id ?? result.simulationId ?? null,
			name: simulation.name ?? null,
			status: simulation.status ?? null,
		},
		resultId: result.id ?? null,
		deliveryMethod: result.deliveryMethod ?? null,
	};
	if (event.companyId) json.companyId = event.companyId;
	return { json };
}

/** Oldest first; events at the same instant keep a stable order (result, then event type). */
export function byOccurrence(a: FoundEvent, b: FoundEvent): number {
	return (
		isoDate(a.occurredAt).localeCompare(isoDate(b.occurredAt)) ||
		String(a.result.id).localeCompare(String(b.result.id)) ||
		EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type)
	);
}
