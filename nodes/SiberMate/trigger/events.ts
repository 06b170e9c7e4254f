/** The four result timestamps of `GET /learners/{id}/simulation-results`, in the order they happen. */
export const EVENT_TYPES = ['open', 'visit', 'compromise', 'report'] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** The simulation counter that counts each event type in `GET /simulations`. */
export const EVENT_COUNTERS: Record<EventType, string> = {
	open: 'openCount',
	visit: 'visitCount',
	compromise: 'compromiseCount',
	report: 'reportCount',
};

/** One bit per event type: the state stores a result's delivered events as one small number. */
export function eventBit(type: EventType): number {
	return 1 << EVENT_TYPES.indexOf(type);
}
