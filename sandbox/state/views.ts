import { isManager, learnerGroups, managerOf } from './learners';
import { gradeFor, riskLevel, riskScore } from './risk';
import type { Store } from './store';
import type {
	Company,
	CompanyData,
	Course,
	Enrolment,
	Group,
	Learner,
	Policy,
	PolicyAssignment,
	PolicyTemplate,
	PolicyVersion,
	Simulation,
	SimulationResult,
} from './types';

/** API shapes, shared by the routes and the in-process control. */

export const fullName = (l: Learner) => `${l.firstName} ${l.lastName}`;

export function companyView(store: Store, company: Company) {
	return {
		id: company.id,
		name: company.name,
		accountType: company.accountType,
		plan: {
			name: company.planName,
			learnerCount: store.of(company.id).learners.size,
			learnerLimit: company.learnerLimit,
			domainLock: company.domainLock,
			domain: company.domain,
		},
		features: featuresView(company),
	};
}

export function featuresView(company: Company) {
	return {
		smlearn: true,
		smphish: true,
		smpolicy: true,
		smbreachproenabled: true,
		smbreachprodomains: [company.domain],
	};
}

export function companyListItem(store: Store, company: Company) {
	return {
		id: company.id,
		name: company.name,
		domain: company.domain,
		learnerCount: store.of(company.id).learners.size,
	};
}

export function learnerListItem(l: Learner) {
	return {
		id: l.id,
		email: l.email,
		externalLearnerId: l.externalLearnerId,
		name: fullName(l),
		inactive: l.inactive,
	};
}

export const personRef = (l: Learner) => ({ id: l.id, name: fullName(l), email: l.email });

/** GET /learners/{id}; the list fields plus profile, groups, manager and risk level. */
export function learnerView(data: CompanyData, l: Learner) {
	const manager = managerOf(data, l.id);
	return {
		...learnerListItem(l),
		firstName: l.firstName,
		lastName: l.lastName,
		createdAt: l.createdAt,
		updatedAt: l.updatedAt,
		isManager: isManager(data, l.id),
		locale: l.locale,
		riskScoreLevel: riskLevel(riskScore(data, l)),
		groups: learnerGroups(data, l.id).map((g) => ({ id: g.id, name: g.name })),
		manager: manager ? personRef(manager) : null,
		excludedFromAutoEnrol: l.excludedFromAutoEnrol,
	};
}

/** GET /groups items; GET /groups/{id} adds `learnerIds` and `createdAt`. */
export function groupListItem(data: CompanyData, g: Group) {
	return {
		id: g.id,
		name: g.name,
		learnerCount: g.memberIds.size,
		managers: g.managerIds
			.map((id) => data.learners.get(id))
			.filter((l): l is Learner => l !== undefined)
			.map(personRef),
	};
}

/** GET /groups/{id}: the list fields plus learnerIds (members) and createdAt. */
export function groupView(data: CompanyData, g: Group) {
	return { ...groupListItem(data, g), learnerIds: [...g.memberIds], createdAt: g.createdAt };
}

/** GET /courses items; GET /courses/{id} adds description, durationMinutes, locales, createdAt. */
export function courseListItem(c: Course) {
	return {
		id: c.id,
		name: c.name,
		displayName: c.displayName,
		difficulty: c.difficulty,
		subject: c.subject,
		source: c.ownerCompanyId === null ? 'managed' : 'custom',
		type: c.type,
	};
}

/** GET /courses/{id}: the list fields plus description, durationMinutes, locales, createdAt. */
export function courseView(c: Course) {
	return {
		...courseListItem(c),
		description: c.description,
		durationMinutes: c.durationMinutes,
		locales: c.locales,
		createdAt: c.createdAt,
	};
}

const day = (iso: string | null) => (iso === null ? null : iso.slice(0, 10));

export function courseResultView(store: Store, companyId: string, e: Enrolment) {
	const course = store.findCourse(companyId, e.courseId);
	return {
		learnerId: e.learnerId,
		courseId: e.courseId,
		enrollDate: day(e.enrollDate),
		startDate: day(e.startDate),
		finishDate: day(e.finishDate),
		score: e.score,
		grade: e.finishDate ? gradeFor(e.score) : null,
		course: course
			? { id: course.id, name: course.name, difficulty: course.difficulty }
			: { id: e.courseId, name: null, difficulty: null },
	};
}

export function reportLearnerRef(l: Learner) {
	return { id: l.id, name: fullName(l), email: l.email, externalLearnerId: l.externalLearnerId };
}

function versionView(v: PolicyVersion | null) {
	if (!v) return null;
	return {
		id: v.id,
		majorVersion: v.majorVersion,
		minorVersion: v.minorVersion,
		pdfFile: v.pdfFile,
		createdAt: v.createdAt,
		publishedAt: v.publishedAt,
	};
}

/** GET /policies items; version numbers are the live version's, else the draft's. */
export function policyListItem(p: Policy) {
	const shown = p.live ?? p.draft;
	return {
		id: p.id,
		name: p.name,
		type: p.type,
		isLive: p.live !== null,
		inDraft: p.draft !== null,
		majorVersion: shown?.majorVersion ?? null,
		minorVersion: shown?.minorVersion ?? null,
		category: p.category,
		isPublic: p.isPublic,
	};
}

/**
 * GET /policies/{id}: the list fields plus ownerName, ownerEmail, signatureSettings, templateId,
 * liveVersion, draftVersion (`{ id, majorVersion, minorVersion, pdfFile, createdAt, publishedAt }`
 * or null), versions (every version ever live, oldest first), lastPublishResend, createdAt, updatedAt.
 */
export function policyView(p: Policy) {
	return {
		...policyListItem(p),
		ownerName: p.ownerName,
		ownerEmail: p.ownerEmail,
		signatureSettings: p.signatureSettings,
		templateId: p.templateId,
		liveVersion: versionView(p.live),
		draftVersion: versionView(p.draft),
		versions: p.history.map(versionView),
		lastPublishResend: p.lastPublishResend,
		createdAt: p.createdAt,
		updatedAt: p.updatedAt,
	};
}

export function policyResultView(a: PolicyAssignment) {
	return {
		id: a.id,
		learnerId: a.learnerId,
		policyId: a.policyId,
		visit: a.visit,
		signed: a.signed,
		signedOffline: a.signedOffline,
		sentVersionId: a.sentVersionId,
		visitedVersionId: a.visitedVersionId,
		signedVersionId: a.signedVersionId,
	};
}

export function templateListItem(t: PolicyTemplate) {
	return {
		id: t.id,
		name: t.name,
		type: t.type,
		source: t.ownerCompanyId === null ? 'managed' : 'custom',
		category: t.category,
		locales: t.locales,
		isEditable: t.ownerCompanyId !== null,
		isLive: t.isLive,
	};
}

/** GET /policy-templates/{id}: the list fields plus description and createdAt. */
export function templateView(t: PolicyTemplate) {
	return { ...templateListItem(t), description: t.description, createdAt: t.createdAt };
}

/** Counters always derive from the per-learner results. */
export function simulationCounters(s: Simulation) {
	let openCount = 0;
	let visitCount = 0;
	let compromiseCount = 0;
	let reportCount = 0;
	for (const r of s.results.values()) {
		if (r.open) openCount++;
		if (r.visit) visitCount++;
		if (r.compromise) compromiseCount++;
		if (r.report) reportCount++;
	}
	const recipientCount = s.recipientIds.size;
	return {
		recipientCount,
		sentCount: recipientCount,
		openCount,
		visitCount,
		compromiseCount,
		reportCount,
	};
}

export function simulationListItem(s: Simulation) {
	return {
		id: s.id,
		name: s.name,
		status: s.status,
		createdAt: s.createdAt,
		...simulationCounters(s),
	};
}

/** GET /simulations/{id}: the list fields (counters included) plus startDate, endDate, deliveryMethod. */
export function simulationView(s: Simulation) {
	return {
		...simulationListItem(s),
		startDate: s.startDate,
		endDate: s.endDate,
		deliveryMethod: s.deliveryMethod,
	};
}

export const simulationRef = (s: Simulation) => ({
	id: s.id,
	name: s.name,
	status: s.status,
	startDate: s.startDate,
	endDate: s.endDate,
});

export function simulationResultView(s: Simulation, r: SimulationResult) {
	return {
		id: r.id,
		learnerId: r.learnerId,
		simulationId: r.simulationId,
		open: r.open,
		visit: r.visit,
		compromise: r.compromise,
		report: r.report,
		createdAt: r.createdAt,
		deliveryMethod: r.deliveryMethod,
		simulation: simulationRef(s),
	};
}
