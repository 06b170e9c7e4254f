import { SANDBOX_BASE_DATE, SANDBOX_SEED } from '../assumptions';
import { Prng } from '../prng';
import type { BreachService, Company, CompanyData, Course, PolicyTemplate, Upload } from './types';

/** The whole in-memory state of one sandbox. */
export class Store {
	readonly companies = new Map<string, Company>();
	readonly data = new Map<string, CompanyData>();
	readonly managedCourses = new Map<string, Course>();
	readonly managedTemplates = new Map<string, PolicyTemplate>();
	readonly breachServices = new Map<string, BreachService>();
	readonly uploads = new Map<string, Upload>();
	readonly keys = new Map<string, string>();
	ready = true;
	/** PRNG for random activity after seeding, reset with the store. */
	readonly activityPrng = new Prng(SANDBOX_SEED ^ 0x5eed);
	private readonly counters = new Map<string, number>();
	private clockMs = Date.parse(SANDBOX_BASE_DATE);

	nextId(prefix: string): string {
		const n = (this.counters.get(prefix) ?? 0) + 1;
		this.counters.set(prefix, n);
		return `${prefix}_${String(n).padStart(5, '0')}`;
	}

	now(): string {
		return new Date(this.clockMs).toISOString();
	}

	nowMs(): number {
		return this.clockMs;
	}

	advanceClock(ms: number): string {
		this.clockMs += ms;
		return this.now();
	}

	addCompany(company: Company): CompanyData {
		this.companies.set(company.id, company);
		if (company.apiKey) this.keys.set(company.apiKey, company.id);
		const data: CompanyData = {
			learners: new Map(),
			emailIndex: new Map(),
			groups: new Map(),
			courses: new Map(),
			enrolments: new Map(),
			policies: new Map(),
			policyAssignments: new Map(),
			policyTemplates: new Map(),
			simulations: new Map(),
			breachExposures: [],
		};
		this.data.set(company.id, data);
		return data;
	}

	company(companyId: string): Company {
		const company = this.companies.get(companyId);
		if (!company) throw new Error(`Unknown sandbox company '${companyId}'`);
		return company;
	}

	of(companyId: string): CompanyData {
		const data = this.data.get(companyId);
		if (!data) throw new Error(`Unknown sandbox company '${companyId}'`);
		return data;
	}

	children(mspId: string): Company[] {
		return [...this.companies.values()].filter((c) => c.parentId === mspId);
	}

	/** Managed catalog first, then the company's own courses. */
	visibleCourses(companyId: string): Course[] {
		return [...this.managedCourses.values(), ...this.of(companyId).courses.values()];
	}

	findCourse(companyId: string, courseId: string): Course | undefined {
		return this.managedCourses.get(courseId) ?? this.of(companyId).courses.get(courseId);
	}

	visibleTemplates(companyId: string): PolicyTemplate[] {
		return [...this.managedTemplates.values(), ...this.of(companyId).policyTemplates.values()];
	}

	findTemplate(companyId: string, id: string): PolicyTemplate | undefined {
		return this.managedTemplates.get(id) ?? this.of(companyId).policyTemplates.get(id);
	}
}
