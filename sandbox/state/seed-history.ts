import { createHash } from 'crypto';

import { UPLOAD_KEY_PREFIX } from '../assumptions';
import type { Prng } from '../prng';
import type { Store } from './store';
import type { CompanyData, Learner, Policy, PolicyVersion, Simulation } from './types';

/** Seeded history of one company: enrolments, policies, simulations and breach exposures. */

export type At = (daysAgo: number, hour?: number) => string;

export function seedEnrolments(
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

export function seedPolicies(
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

export function seedSimulations(
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

export function seedBreaches(store: Store, prng: Prng, data: CompanyData, domain: string) {
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
