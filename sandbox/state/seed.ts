import { SANDBOX_SEED } from '../assumptions';
import { Prng } from '../prng';
import { insertLearner } from './learners';
import {
	BREACH_SERVICES,
	COMPANY_SEEDS,
	type CompanySeed,
	DEPARTMENTS,
	FIRST_NAMES,
	LAST_NAMES,
	LOCALES,
	MANAGED_COURSES,
	MANAGED_GAP_ANALYSIS,
	MANAGED_TEMPLATES,
} from './seed-data';
import type { Store } from './store';
import {
	type At,
	seedBreaches,
	seedEnrolments,
	seedPolicies,
	seedSimulations,
} from './seed-history';
import type { Group } from './types';

const DAY = 86_400_000;

export type SeededKind = keyof typeof COMPANY_SEEDS;

/** Fills an empty store with the deterministic demo data. */
export function seed(store: Store): void {
	const prng = new Prng(SANDBOX_SEED);
	const base = store.nowMs();
	const at = (daysAgo: number, hour = 9) =>
		new Date(base - daysAgo * DAY + (hour - 9) * 3_600_000).toISOString();

	seedCatalog(store, at);
	for (const companySeed of Object.values(COMPANY_SEEDS)) {
		seedCompany(store, prng, companySeed, at);
	}
}

function seedCatalog(store: Store, at: At): void {
	for (const c of [...MANAGED_COURSES, { ...MANAGED_GAP_ANALYSIS }]) {
		const id = store.nextId('course');
		const type = c.subject === MANAGED_GAP_ANALYSIS.subject ? 'gap_analysis' : 'training';
		store.managedCourses.set(id, {
			id,
			ownerCompanyId: null,
			name: c.name,
			displayName: c.name,
			difficulty: c.difficulty,
			subject: c.subject,
			type,
			description: `${c.name}: a SiberMate managed ${type === 'training' ? 'course' : 'assessment'}.`,
			durationMinutes: 10 + c.difficulty * 5,
			locales: ['en', 'id', 'ms'],
			createdAt: at(400),
		});
	}
	for (const t of MANAGED_TEMPLATES) {
		const id = store.nextId('policy_template');
		store.managedTemplates.set(id, {
			id,
			ownerCompanyId: null,
			name: t.name,
			type: t.type,
			category: t.category,
			locales: ['en'],
			isLive: t.isLive,
			description: `SiberMate ${t.name.toLowerCase()}.`,
			createdAt: at(380),
		});
	}
	for (const b of BREACH_SERVICES) {
		const id = store.nextId('breach_service');
		store.breachServices.set(id, {
			id,
			name: b.name,
			breachDate: b.breachDate,
			category: b.category,
			dataClassNames: b.classes,
		});
	}
}

function seedCompany(store: Store, prng: Prng, s: CompanySeed, at: At): void {
	const gapCourse = [...store.managedCourses.values()].find((c) => c.type === 'gap_analysis');
	const data = store.addCompany({
		id: s.id,
		name: s.name,
		domain: s.domain,
		domainLock: s.domainLock,
		accountType: s.accountType,
		parentId: s.parentId,
		planName: s.accountType === 'msp' ? 'MSP' : 'Premium',
		learnerLimit: 500,
		apiKey: s.withKey ? `sm_test_${s.id.replace('company_', '')}_${prng.hex(24)}` : null,
		breachUnavailable: false,
		gapAnalysisCourseId: gapCourse?.id ?? '',
		createdAt: at(420),
	});

	const groups = DEPARTMENTS.slice(0, s.departments).map((name) => {
		const id = store.nextId('group');
		const group: Group = {
			id,
			companyId: s.id,
			name,
			memberIds: new Set(),
			managerIds: [],
			createdAt: at(410),
		};
		data.groups.set(id, group);
		return group;
	});

	const usedEmails = new Set<string>();
	for (let i = 0; i < s.learners; i++) {
		const firstName = prng.pick(FIRST_NAMES);
		const lastName = prng.pick(LAST_NAMES);
		let local = `${firstName}.${lastName}`.toLowerCase();
		for (let n = 2; usedEmails.has(local); n++)
			local = `${firstName}.${lastName}${n}`.toLowerCase();
		usedEmails.add(local);
		const group = groups[i % groups.length];
		const learner = insertLearner(
			store,
			data,
			s.id,
			{
				email: `${local}@${s.domain}`,
				firstName,
				lastName,
				externalLearnerId: `EMP-${String(i + 1).padStart(4, '0')}`,
				locale: prng.pick(LOCALES),
				groupIds: [group.id],
			},
			prng.int(5, 55),
			at(prng.int(200, 400)),
		);
		learner.updatedAt = at(prng.int(1, 199));
		if (i >= groups.length && prng.chance(0.05)) learner.inactive = true;
		if (i < groups.length) group.managerIds.push(learner.id);
	}

	for (const c of s.customCourses) {
		const id = store.nextId('course');
		data.courses.set(id, {
			id,
			ownerCompanyId: s.id,
			name: c.name,
			displayName: c.name,
			difficulty: 2,
			subject: c.type === 'training' ? 'Company Policy' : 'Gap Analysis',
			type: c.type,
			description: `${c.name}, created for ${s.name}.`,
			durationMinutes: 20,
			locales: ['en'],
			createdAt: at(300),
		});
	}
	for (const name of s.customTemplates) {
		const id = store.nextId('policy_template');
		data.policyTemplates.set(id, {
			id,
			ownerCompanyId: s.id,
			name,
			type: 'pdf',
			category: 'security',
			locales: ['en'],
			isLive: true,
			description: `${name}, owned by ${s.name}.`,
			createdAt: at(250),
		});
	}

	const active = [...data.learners.values()].filter((l) => !l.inactive);
	seedEnrolments(store, prng, data, s.id, active, at);
	seedPolicies(store, prng, data, s.id, active, at);
	seedSimulations(store, prng, data, s.id, active, at);
	seedBreaches(store, prng, data, s.domain);
}
