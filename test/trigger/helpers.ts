import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { type AppliedEvent, type RunningSandbox, startSandbox } from '../../sandbox';
import { createPoller, type PollHarness } from '../harness';

export const TRIGGER = 'siberMateTrigger';

export const ALL_EVENTS = ['open', 'visit', 'compromise', 'report'];

export type Key = 'tenant' | 'msp' | 'other';

export function triggerParameters(overrides: INodeParameters = {}): INodeParameters {
	return { events: ALL_EVENTS, allCompanies: false, ...overrides };
}

/**
 * A poller under n8n's persistence model: the static data n8n would have saved is a deep copy
 * taken only when a poll returned items; `restart()` starts a new poller from that copy.
 */
export class PersistedPoller {
	harness: PollHarness;
	saved: IDataObject | undefined;
	/** Every item emitted by a scheduled poll, in order. */
	readonly emitted: IDataObject[] = [];

	constructor(
		private readonly sandbox: RunningSandbox,
		private readonly parameters: INodeParameters,
		private readonly key: Key = 'tenant',
	) {
		this.harness = this.create(undefined);
	}

	private create(staticData: IDataObject | undefined): PollHarness {
		return createPoller({
			type: TRIGGER,
			parameters: this.parameters,
			credentials: { apiKey: this.sandbox.keys[this.key], baseUrl: this.sandbox.baseUrl },
			staticData: staticData && { 'node:SiberMate Trigger': jsonCopy(staticData) },
		});
	}

	/** One scheduled poll; returns the emitted items' JSON (empty when the poll returned null). */
	async poll(): Promise<IDataObject[]> {
		const output = await this.harness.poll('trigger');
		if (!output) return [];
		this.saved = jsonCopy(this.harness.staticData());
		const items = output[0].map((item: INodeExecutionData) => item.json);
		this.emitted.push(...items);
		return items;
	}

	/** n8n restarted: the in-memory static data is lost, the last saved copy is loaded. */
	restart(): void {
		this.harness = this.create(this.saved);
	}
}

/** A copy as n8n's database would hold it (static data is saved as JSON). */
export function jsonCopy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/** Identity of an event for exactly-once checks. */
export function eventKey(item: IDataObject): string {
	return `${item.resultId}|${item.eventType}`;
}

export function appliedKey(event: AppliedEvent): string {
	return `${event.resultId}|${event.type}`;
}

/** The item the trigger must emit for an event the sandbox applied. */
export function expectedItem(
	sandbox: RunningSandbox,
	companyId: string,
	event: AppliedEvent,
	tagCompany = false,
): IDataObject {
	const learner = sandbox.control.learner(companyId, event.learnerId)!;
	const simulation = sandbox.control.simulation(companyId, event.simulationId)!;
	return {
		eventType: event.type,
		occurredAt: event.at,
		learner: {
			id: learner.id,
			email: learner.email,
			name: learner.name,
			externalLearnerId: learner.externalLearnerId,
		},
		simulation: { id: simulation.id, name: simulation.name, status: simulation.status },
		resultId: event.resultId,
		deliveryMethod: simulation.deliveryMethod,
		...(tagCompany && { companyId }),
	};
}

/** Oldest first, as the trigger emits them. */
export function inEmitOrder(events: AppliedEvent[]): AppliedEvent[] {
	const order = ['open', 'visit', 'compromise', 'report'];
	return [...events].sort(
		(a, b) =>
			a.at.localeCompare(b.at) ||
			a.resultId.localeCompare(b.resultId) ||
			order.indexOf(a.type) - order.indexOf(b.type),
	);
}

/** Learners with no event yet in the simulation, in result order. */
export function untouchedLearners(
	sandbox: RunningSandbox,
	companyId: string,
	simulationId: string,
	count: number,
): string[] {
	const simulation = sandbox.control.simulation(companyId, simulationId)!;
	return simulation.results
		.filter((r) => !r.open && !r.visit && !r.compromise && !r.report)
		.slice(0, count)
		.map((r) => r.learnerId);
}

/** ID of the company's running simulation. */
export function runningSimulationId(sandbox: RunningSandbox, companyId: string): string {
	return sandbox.control.simulations(companyId).find((s) => s.status === 'running')!.id;
}

/** Date.now() moved forward by a controllable offset (the trigger's own clock). */
export function controllableClock() {
	const realNow = Date.now.bind(Date);
	let offset = 0;
	const spy = jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offset);
	return {
		advanceHours(hours: number) {
			offset += hours * 3_600_000;
		},
		restore() {
			spy.mockRestore();
		},
	};
}

export { startSandbox };
/** `requestLines`: requests logged since the last clear, as "METHOD path". */
export { byId, calls as requestLines, useSandbox } from '../node/shared/sandboxRun';
export type { AppliedEvent, RunningSandbox };
