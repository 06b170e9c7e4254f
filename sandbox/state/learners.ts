import { DOMAIN_LOCK_EXACT_MATCH, FREE_EMAIL_DOMAINS } from '../assumptions';
import { ApiError } from '../errors';
import type { Store } from './store';
import type { Company, CompanyData, Learner } from './types';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface LearnerInput {
	email: string;
	firstName: string;
	lastName: string;
	groupIds?: string[];
	externalLearnerId?: string;
	locale?: string;
	excludedFromAutoEnrol?: boolean;
}

/** Throws the reason an email cannot belong to a learner of this company. */
export function checkEmail(
	company: Company,
	data: CompanyData,
	email: string,
	ownId?: string,
): void {
	if (!EMAIL_PATTERN.test(email)) {
		throw new ApiError('validation_error', `email '${email}' is not a valid email address`);
	}
	const domain = email.split('@')[1].toLowerCase();
	if ((FREE_EMAIL_DOMAINS as readonly string[]).includes(domain)) {
		throw new ApiError(
			'free_email_domain',
			`email '${email}' uses the free email provider ${domain}; use a work address`,
		);
	}
	const onDomain =
		domain === company.domain ||
		(!DOMAIN_LOCK_EXACT_MATCH && domain.endsWith(`.${company.domain}`));
	if (company.domainLock && !onDomain) {
		throw new ApiError(
			'email_domain_locked',
			`email '${email}' is not on the company domain ${company.domain} (domain lock is on)`,
		);
	}
	const existing = data.emailIndex.get(email.toLowerCase());
	if (existing !== undefined && existing !== ownId) {
		throw new ApiError('duplicate_email', `a learner with email '${email}' already exists`);
	}
}

export function checkGroupIds(data: CompanyData, groupIds: string[]): void {
	const unknown = groupIds.filter((id) => !data.groups.has(id));
	if (unknown.length > 0) {
		throw new ApiError('unknown_group', `unknown group ID(s): ${unknown.join(', ')}`);
	}
}

export function checkNames(input: { firstName?: unknown; lastName?: unknown }): void {
	for (const field of ['firstName', 'lastName'] as const) {
		const value = input[field];
		if (typeof value !== 'string' || value.trim() === '') {
			throw new ApiError('validation_error', `${field} is required`);
		}
	}
}

/** Validates and inserts one learner; returns it. */
export function createLearner(store: Store, companyId: string, input: LearnerInput): Learner {
	const company = store.company(companyId);
	const data = store.of(companyId);
	checkNames(input);
	checkEmail(company, data, input.email);
	checkGroupIds(data, input.groupIds ?? []);
	return insertLearner(store, data, companyId, input, 20);
}

/** Inserts without validation (seeding and bulk seeding use it with known-good input). */
export function insertLearner(
	store: Store,
	data: CompanyData,
	companyId: string,
	input: LearnerInput,
	baseRisk: number,
	createdAt = store.now(),
): Learner {
	const learner: Learner = {
		id: store.nextId('learner'),
		companyId,
		email: input.email,
		firstName: input.firstName,
		lastName: input.lastName,
		externalLearnerId: input.externalLearnerId ?? null,
		locale: input.locale ?? 'en',
		inactive: false,
		excludedFromAutoEnrol: input.excludedFromAutoEnrol ?? false,
		baseRisk,
		createdAt,
		updatedAt: createdAt,
	};
	data.learners.set(learner.id, learner);
	data.emailIndex.set(learner.email.toLowerCase(), learner.id);
	for (const groupId of input.groupIds ?? []) data.groups.get(groupId)?.memberIds.add(learner.id);
	return learner;
}

export function setLearnerGroups(data: CompanyData, learnerId: string, groupIds: string[]): void {
	for (const group of data.groups.values()) {
		if (groupIds.includes(group.id)) group.memberIds.add(learnerId);
		else group.memberIds.delete(learnerId);
	}
}

/** Removes the learner and everything that points at it. */
export function deleteLearner(data: CompanyData, learnerId: string): void {
	const learner = data.learners.get(learnerId);
	if (!learner) return;
	data.learners.delete(learnerId);
	data.emailIndex.delete(learner.email.toLowerCase());
	for (const group of data.groups.values()) {
		group.memberIds.delete(learnerId);
		group.managerIds = group.managerIds.filter((id) => id !== learnerId);
	}
	for (const [key, enrolment] of data.enrolments) {
		if (enrolment.learnerId === learnerId) data.enrolments.delete(key);
	}
	for (const [key, assignment] of data.policyAssignments) {
		if (assignment.learnerId === learnerId) data.policyAssignments.delete(key);
	}
	for (const simulation of data.simulations.values()) {
		simulation.recipientIds.delete(learnerId);
		simulation.results.delete(learnerId);
	}
}

export function learnerGroups(data: CompanyData, learnerId: string) {
	return [...data.groups.values()].filter((g) => g.memberIds.has(learnerId));
}

export function isManager(data: CompanyData, learnerId: string): boolean {
	for (const group of data.groups.values()) if (group.managerIds.includes(learnerId)) return true;
	return false;
}

/** The learner's manager: the first manager (other than the learner) of the learner's groups. */
export function managerOf(data: CompanyData, learnerId: string): Learner | null {
	for (const group of learnerGroups(data, learnerId)) {
		const managerId = group.managerIds.find((id) => id !== learnerId);
		if (managerId) return data.learners.get(managerId) ?? null;
	}
	return null;
}

/** Throws 404 naming the unknown learner IDs, if any. */
export function requireLearners(data: CompanyData, learnerIds: string[]): Learner[] {
	const unknown = learnerIds.filter((id) => !data.learners.has(id));
	if (unknown.length > 0) {
		throw new ApiError('not_found', `unknown learner ID(s): ${unknown.join(', ')}`);
	}
	return learnerIds.map((id) => data.learners.get(id) as Learner);
}
