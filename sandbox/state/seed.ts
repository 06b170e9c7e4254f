import { createHash } from 'crypto';

import { SANDBOX_SEED, UPLOAD_KEY_PREFIX } from '../assumptions';
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
import type { CompanyData, Group, Learner, Policy, PolicyVersion, Simulation } from './types';

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

type At = (daysAgo: number, hour?: number) => string;

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

function seedEnrolments(
	store: Store,
	prng: Prng,
	data: CompanyData,
	companyId: string,
	active: Learner[],
	at: At,
) {
	const training = store.visibleCourses(companyId).filter((c) => c.type === 'training');
	const gapId = store.company(companyId).gapAnalysisCourseId;
	for (const learner of active) {
		const courseIds = new Set<string>();
		const count = prng.int(1, 3);
		while (courseIds.size < count) courseIds.add(prng.pick(training).id);
		if (prng.chance(0.5)) courseIds.add(gapId);
		for (const courseId of courseIds) {
			const enrolled = prng.int(20, 150);
			const roll = prng.next();
			const started = roll < 0.8 ? enrolled - prng.int(0, 5) : null;
			const finished = roll < 0.6 && started !== null ? started - prng.int(1, 10) : null;
			data.enrolments.set(`${learner.id}|${courseId}`, {
				learnerId: learner.id,
				courseId,
				enrollDate: at(enrolled),
				startDate: started === null ? null : at(started, 10),
				finishDate: finished === null ? null : at(Math.max(finished, 1), 11),
				score: finished === null ? null : prng.int(52, 100),
				reminderCount: 0,
				lastReminderAt: null,
			});
		}
	}
}

function seedUpload(store: Store, companyId: string, filename: string, at: string): string {
	const bytes = Buffer.from(`%PDF-1.4\n% ${companyId} ${filename}\n%%EOF\n`);
	const key = store.nextId(UPLOAD_KEY_PREFIX.replace(/_$/, ''));
	store.uploads.set(key, {
		key,
		companyId,
		field: 'file',
		filename,
		contentType: 'application/pdf',
		size: bytes.length,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		createdAt: at,
	});
	return key;
}

function seedPolicies(
	store: Store,
	prng: Prng,
	data: CompanyData,
	companyId: string,
	active: Learner[],
	at: At,
) {
	const version = (
		major: number,
		minor: number,
		daysAgo: number,
		live: boolean,
	): PolicyVersion => ({
		id: store.nextId('policy_version'),
		majorVersion: major,
		minorVersion: minor,
		pdfFile: seedUpload(store, companyId, `policy-${major}.${minor}.pdf`, at(daysAgo)),
		createdAt: at(daysAgo),
		publishedAt: live ? at(daysAgo) : null,
	});
	const make = (
		name: string,
		category: string,
		history: PolicyVersion[],
		draft: PolicyVersion | null,
	): Policy => {
		const policy: Policy = {
			id: store.nextId('policy'),
			companyId,
			name,
			type: 'pdf',
			category,
			ownerName: 'Security Team',
			ownerEmail: `security@${store.company(companyId).domain}`,
			isPublic: false,
			signatureSettings: { type: 'lastSignature', intervalLength: 12, intervalUnit: 'months' },
			templateId: null,
			live: history.length ? history[history.length - 1] : null,
			draft,
			history,
			lastPublishResend: null,
			createdAt: at(200),
			updatedAt: draft ? draft.createdAt : at(60),
		};
		data.policies.set(policy.id, policy);
		return policy;
	};
	const aup = make(
		'Acceptable Use Policy',
		'compliance',
		[version(1, 0, 200, true), version(1, 1, 120, true), version(1, 2, 60, true)],
		null,
	);
	const infosec = make(
		'Information Security Policy',
		'security',
		[version(2, 0, 90, true)],
		version(2, 1, 5, false),
	);
	make('Clean Desk Policy', 'security', [], version(1, 0, 3, false));

	for (const learner of active) {
		for (const [policy, share, signShare] of [
			[aup, 1, 0.7],
			[infosec, 0.5, 0.4],
		] as const) {
			if (!prng.chance(share)) continue;
			const live = policy.live as PolicyVersion;
			const visited = prng.chance(signShare + 0.15);
			const signed = visited && prng.chance(signShare / (signShare + 0.15));
			data.policyAssignments.set(`${learner.id}|${policy.id}`, {
				id: store.nextId('policy_result'),
				learnerId: learner.id,
				policyId: policy.id,
				assignedAt: at(55),
				visit: visited ? at(prng.int(20, 50), 10) : null,
				signed: signed ? at(prng.int(1, 19), 11) : null,
				signedOffline: signed && prng.chance(0.05),
				sentVersionId: live.id,
				visitedVersionId: visited ? live.id : null,
				signedVersionId: signed ? live.id : null,
				reminderCount: 0,
			});
		}
	}
}

const SIMULATIONS = [
	{ name: 'Q1 2026 Phishing Simulation', status: 'completed', start: 154, days: 14, open: 0.45 },
	{ name: 'Q2 2026 Phishing Simulation', status: 'completed', start: 70, days: 14, open: 0.4 },
	{ name: 'June 2026 Credential Harvest', status: 'running', start: 7, days: 14, open: 0.2 },
	{ name: 'Q3 2026 Phishing Simulation', status: 'scheduled', start: -21, days: 14, open: 0 },
] as const;

function seedSimulations(
	store: Store,
	prng: Prng,
	data: CompanyData,
	companyId: string,
	active: Learner[],
	at: At,
) {
	for (const plan of SIMULATIONS) {
		const simulation: Simulation = {
			id: store.nextId('simulation'),
			companyId,
			name: plan.name,
			status: plan.status,
			createdAt: at(Math.max(plan.start + 10, 2)),
			startDate: at(plan.start, 0),
			endDate: at(plan.start - plan.days, 0),
			deliveryMethod: prng.chance(0.5) ? 'messageInjection' : 'email',
			recipientIds: new Set(active.map((l) => l.id)),
			results: new Map(),
		};
		data.simulations.set(simulation.id, simulation);
		if (plan.status === 'scheduled') continue;
		for (const learner of active) {
			const sentHoursAfterStart = prng.int(0, 48);
			const t = (minutes: number) =>
				new Date(
					Date.parse(simulation.startDate) + sentHoursAfterStart * 3_600_000 + minutes * 60_000,
				).toISOString();
			const open = prng.chance(plan.open);
			const visit = open && prng.chance(0.3);
			const compromise = visit && prng.chance(0.35);
			const report = prng.chance(plan.status === 'running' ? 0.1 : 0.3);
			simulation.results.set(learner.id, {
				id: store.nextId('simulation_result'),
				learnerId: learner.id,
				simulationId: simulation.id,
				open: open ? t(prng.int(5, 120)) : null,
				visit: visit ? t(prng.int(121, 180)) : null,
				compromise: compromise ? t(prng.int(181, 200)) : null,
				report: report ? t(prng.int(201, 400)) : null,
				createdAt: t(0),
				deliveryMethod: simulation.deliveryMethod,
			});
		}
	}
}

function seedBreaches(store: Store, prng: Prng, data: CompanyData, domain: string) {
	const serviceIds = [...store.breachServices.keys()];
	// The last service stays unaffected so hasAffectedAccounts has something to filter.
	const usable = serviceIds.slice(0, -1);
	const pickBreaches = () => {
		const ids = new Set<string>();
		const count = prng.int(1, 3);
		while (ids.size < count) ids.add(prng.pick(usable));
		return [...ids];
	};
	for (const learner of data.learners.values()) {
		if (learner.inactive || prng.chance(0.1)) {
			data.breachExposures.push({ email: learner.email, breachIds: pickBreaches() });
		}
	}
	for (const local of ['former.employee', 'info']) {
		data.breachExposures.push({ email: `${local}@${domain}`, breachIds: pickBreaches() });
	}
}
