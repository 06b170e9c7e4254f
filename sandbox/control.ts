import { invalid } from './errors';
import type { FaultSpec, LogEntry, Options, Runtime } from './server/runtime';
import {
	type ActivityEvent,
	type AppliedEvent,
	applyEvent,
	randomEvents,
	sentResult,
} from './state/activity';
import { insertLearner } from './state/learners';
import { seed } from './state/seed';
import { FIRST_NAMES, LAST_NAMES } from './state/seed-data';
import { Store } from './state/store';
import type { Simulation } from './state/types';
import {
	companyView,
	courseView,
	groupView,
	learnerView,
	policyView,
	simulationView,
	templateView,
} from './state/views';

export interface AdvanceActivityOptions {
	/** Default: the plain tenant. */
	companyId?: string;
	/** Default: the company's most recently started running simulation. */
	simulationId?: string;
	/** Explicit events, or a number of deterministic random events. */
	events: ActivityEvent[] | number;
}

export interface StartSimulationOptions {
	companyId?: string;
	name: string;
	/** Default: every active learner of the company. */
	learnerIds?: string[];
}

const DAY = 86_400_000;

/** In-process handle on a running sandbox; the HTTP controls under /__sandbox call the same methods. */
export class SandboxControl {
	constructor(
		private readonly rt: Runtime,
		private readonly initialOptions: Options,
		private readonly tenantId: string,
	) {}

	/** Raw state, for assertions the typed readers below do not cover. */
	get store(): Store {
		return this.rt.store;
	}

	/** One entry per request under /v1, newest last. */
	get requestLog(): LogEntry[] {
		return this.rt.log;
	}

	clearLog(): void {
		this.rt.log.length = 0;
	}

	/** Back to the startup state: reseeded data, start options, no faults, empty log. */
	reset(): void {
		this.rt.store = new Store();
		seed(this.rt.store);
		Object.assign(this.rt.options, this.initialOptions);
		this.rt.faults.length = 0;
		this.rt.rateWindows.clear();
		this.clearLog();
	}

	setCreateReturnsRecord(on: boolean): void {
		this.rt.options.createReturnsRecord = on;
	}

	setLatency(ms: number): void {
		this.rt.options.latencyMs = Math.max(0, ms);
	}

	setRateLimit(perMinute: number | null): void {
		this.rt.options.rateLimitPerMinute = perMinute;
		this.rt.rateWindows.clear();
	}

	/** Queues faults; each answers the next `count` (default 1) matching API requests. */
	injectFaults(spec: FaultSpec | FaultSpec[]): void {
		for (const fault of Array.isArray(spec) ? spec : [spec]) {
			this.rt.faults.push({ ...fault, remaining: fault.count ?? 1 });
		}
	}

	clearFaults(): void {
		this.rt.faults.length = 0;
	}

	setBreachUnavailable(companyId: string, on: boolean): void {
		this.store.company(companyId).breachUnavailable = on;
	}

	setReady(on: boolean): void {
		this.store.ready = on;
	}

	now(): string {
		return this.store.now();
	}

	advanceClock(ms: number): string {
		return this.store.advanceClock(ms);
	}

	advanceActivity(options: AdvanceActivityOptions): AppliedEvent[] {
		const companyId = options.companyId ?? this.tenantId;
		const simulation = this.simulationFor(companyId, options.simulationId);
		if (typeof options.events === 'number')
			return randomEvents(this.store, simulation, options.events);
		const data = this.store.of(companyId);
		for (const event of options.events) {
			if (!data.learners.has(event.learnerId)) {
				throw new Error(`Learner '${event.learnerId}' is not in company '${companyId}'`);
			}
		}
		return options.events
			.map((event) => applyEvent(this.store, simulation, event))
			.filter((e): e is AppliedEvent => e !== null);
	}

	/** Starts a running simulation sent to the recipients now; returns its ID. */
	startSimulation(options: StartSimulationOptions): string {
		const companyId = options.companyId ?? this.tenantId;
		const data = this.store.of(companyId);
		const learnerIds =
			options.learnerIds ?? [...data.learners.values()].filter((l) => !l.inactive).map((l) => l.id);
		const unknown = learnerIds.filter((id) => !data.learners.has(id));
		if (unknown.length) throw new Error(`Unknown learner(s) ${unknown.join(', ')}`);
		const now = this.store.now();
		const simulation: Simulation = {
			id: this.store.nextId('simulation'),
			companyId,
			name: options.name,
			status: 'running',
			createdAt: now,
			startDate: now,
			endDate: new Date(this.store.nowMs() + 14 * DAY).toISOString(),
			deliveryMethod: 'email',
			recipientIds: new Set(),
			results: new Map(),
		};
		data.simulations.set(simulation.id, simulation);
		for (const id of learnerIds) sentResult(this.store, simulation, id, now);
		return simulation.id;
	}

	/** Bulk-seeds learners without API validation; optionally sends them a simulation. */
	addLearners(companyId: string, count: number, options: { simulationId?: string } = {}): string[] {
		const company = this.store.company(companyId);
		const data = this.store.of(companyId);
		const simulation = options.simulationId
			? this.simulationFor(companyId, options.simulationId)
			: null;
		const groupIds = [...data.groups.keys()];
		const now = this.store.now();
		const ids: string[] = [];
		for (let i = 0; i < count; i++) {
			let n = Number(this.store.nextId('bulk_learner').split('_').pop());
			while (data.emailIndex.has(`load.user${n}@${company.domain}`)) {
				n = Number(this.store.nextId('bulk_learner').split('_').pop());
			}
			const firstName = FIRST_NAMES[n % FIRST_NAMES.length];
			const lastName = LAST_NAMES[n % LAST_NAMES.length];
			const learner = insertLearner(
				this.store,
				data,
				companyId,
				{
					email: `load.user${n}@${company.domain}`,
					firstName,
					lastName,
					externalLearnerId: `LOAD-${String(n).padStart(6, '0')}`,
					groupIds: groupIds.length ? [groupIds[n % groupIds.length]] : [],
				},
				20,
				now,
			);
			if (simulation) sentResult(this.store, simulation, learner.id, now);
			ids.push(learner.id);
		}
		return ids;
	}

	company(companyId: string) {
		const company = this.store.company(companyId);
		return {
			...companyView(this.store, company),
			parentId: company.parentId,
			breachUnavailable: company.breachUnavailable,
		};
	}

	/** Learners as GET /learners/{id} shows them, plus `companyId` and `groupIds`. */
	learners(companyId: string) {
		return [...this.store.of(companyId).learners.keys()].map((id) => this.learner(companyId, id)!);
	}

	learner(companyId: string, learnerId: string) {
		const data = this.store.of(companyId);
		const learner = data.learners.get(learnerId);
		if (!learner) return undefined;
		const view = learnerView(data, learner);
		return { ...view, companyId, groupIds: view.groups.map((g) => g.id) };
	}

	findLearnerByEmail(companyId: string, email: string) {
		const id = this.store.of(companyId).emailIndex.get(email.toLowerCase());
		return id ? this.learner(companyId, id) : undefined;
	}

	groups(companyId: string) {
		const data = this.store.of(companyId);
		return [...data.groups.values()].map((g) => groupView(data, g));
	}

	/** Courses the company can see (managed catalog and its own). */
	courses(companyId: string) {
		return this.store.visibleCourses(companyId).map(courseView);
	}

	enrolments(companyId: string) {
		return [...this.store.of(companyId).enrolments.values()].map((e) => ({ ...e }));
	}

	policies(companyId: string) {
		return [...this.store.of(companyId).policies.values()].map(policyView);
	}

	policy(companyId: string, policyId: string) {
		const policy = this.store.of(companyId).policies.get(policyId);
		return policy ? policyView(policy) : undefined;
	}

	policyAssignments(companyId: string) {
		return [...this.store.of(companyId).policyAssignments.values()].map((a) => ({ ...a }));
	}

	policyTemplates(companyId: string) {
		return this.store.visibleTemplates(companyId).map(templateView);
	}

	uploads() {
		return [...this.store.uploads.values()].map((u) => ({ ...u }));
	}

	upload(key: string) {
		const upload = this.store.uploads.get(key);
		return upload ? { ...upload } : undefined;
	}

	/** Simulations with counters, recipients and per-learner results. */
	simulations(companyId: string) {
		return [...this.store.of(companyId).simulations.values()].map((s) => ({
			...simulationView(s),
			recipientIds: [...s.recipientIds],
			results: [...s.results.values()].map((r) => ({ ...r })),
		}));
	}

	simulation(companyId: string, simulationId: string) {
		return this.simulations(companyId).find((s) => s.id === simulationId);
	}

	breaches(companyId: string) {
		return {
			exposures: this.store.of(companyId).breachExposures.map((x) => ({ ...x })),
			services: [...this.store.breachServices.values()].map((s) => ({ ...s })),
		};
	}

	private simulationFor(companyId: string, simulationId?: string): Simulation {
		const simulations = [...this.store.of(companyId).simulations.values()];
		const simulation = simulationId
			? simulations.find((s) => s.id === simulationId)
			: simulations.filter((s) => s.status === 'running').pop();
		if (!simulation)
			throw invalid(
				`No ${simulationId ? `simulation '${simulationId}'` : 'running simulation'} in company '${companyId}'`,
			);
		return simulation;
	}
}
