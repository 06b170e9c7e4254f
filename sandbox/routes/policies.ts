import { POLICY_ACTIONS } from '../assumptions';
import { ApiError, invalid } from '../errors';
import {
	boolQuery,
	created,
	type Ctx,
	ids,
	requireFound,
	type RouteTable,
} from '../server/context';
import { isObject } from '../server/validate';
import { requireLearners } from '../state/learners';
import type { Policy, PolicyVersion, SignatureSettings } from '../state/types';
import { policyListItem, policyView, templateListItem, templateView } from '../state/views';
import { pairAction } from './pairs';

type Action = (typeof POLICY_ACTIONS)[number];

const policyOf = (ctx: Ctx): Policy =>
	requireFound(ctx.data.policies.get(ctx.params.policyId), 'policy', ctx.params.policyId);

function actionOf(ctx: Ctx): Action {
	const action = ctx.body.action as string;
	if (!(POLICY_ACTIONS as readonly string[]).includes(action)) {
		throw invalid(`action must be one of ${POLICY_ACTIONS.join(', ')}`);
	}
	return action as Action;
}

/** Types and enums are checked by the body table; this adds the rules it cannot express. */
function signatureOf(ctx: Ctx): SignatureSettings | undefined {
	const settings = ctx.body.signatureSettings;
	if (!isObject(settings)) return undefined;
	if (settings.intervalLength !== undefined && (settings.intervalLength as number) < 1) {
		throw invalid('signatureSettings.intervalLength must be a positive integer');
	}
	return settings as unknown as SignatureSettings;
}

function uploadKeyOf(ctx: Ctx): string | undefined {
	const key = ctx.body.pdfFile as string | undefined;
	if (key === undefined) return undefined;
	const upload = ctx.store.uploads.get(key);
	if (!upload || upload.companyId !== ctx.org.id) {
		throw new ApiError(
			'unknown_upload',
			`pdfFile '${key}' is not a file key returned by POST /policies/upload`,
		);
	}
	return key;
}

function nameOf(ctx: Ctx, fallback?: string): string {
	const name = (ctx.body.name as string | undefined) ?? fallback;
	if (name === undefined || name.trim() === '') throw invalid('name is required');
	return name;
}

function initialNumbers(ctx: Ctx) {
	const major = (ctx.body.majorVersion as number | undefined) ?? 1;
	const minor = (ctx.body.minorVersion as number | undefined) ?? 0;
	if (major < 0 || minor < 0) throw invalid('majorVersion and minorVersion must not be negative');
	return [major, minor] as const;
}

/** Next version after the live one: `major` bumps the major number, else the minor. */
function nextNumbers(policy: Policy, major: boolean, fallback: PolicyVersion | null) {
	if (!policy.live) return [fallback?.majorVersion ?? 1, fallback?.minorVersion ?? 0] as const;
	return major
		? ([policy.live.majorVersion + 1, 0] as const)
		: ([policy.live.majorVersion, policy.live.minorVersion + 1] as const);
}

function newVersion(
	ctx: Ctx,
	numbers: readonly [number, number],
	pdfFile: string | null,
): PolicyVersion {
	return {
		id: ctx.store.nextId('policy_version'),
		majorVersion: numbers[0],
		minorVersion: numbers[1],
		pdfFile,
		createdAt: ctx.store.now(),
		publishedAt: null,
	};
}

function publish(ctx: Ctx, policy: Policy, version: PolicyVersion, resend: boolean) {
	version.publishedAt = ctx.store.now();
	policy.live = version;
	policy.history.push(version);
	policy.draft = null;
	policy.lastPublishResend = resend;
	if (resend) {
		for (const a of ctx.data.policyAssignments.values())
			if (a.policyId === policy.id) a.sentVersionId = version.id;
	}
}

function applyMetadata(ctx: Ctx, policy: Policy) {
	const b = ctx.body;
	if (b.category !== undefined) policy.category = b.category as string;
	if (b.ownerName !== undefined) policy.ownerName = b.ownerName as string;
	if (b.ownerEmail !== undefined) policy.ownerEmail = b.ownerEmail as string;
	if (b.isPublic !== undefined) policy.isPublic = b.isPublic as boolean;
	const settings = signatureOf(ctx);
	if (settings) policy.signatureSettings = settings;
}

function insertPolicy(
	ctx: Ctx,
	fields: { name: string; type: 'pdf' | 'text'; templateId: string | null; pdfFile: string | null },
) {
	const action = actionOf(ctx);
	const version = newVersion(ctx, initialNumbers(ctx), fields.pdfFile);
	const policy: Policy = {
		id: ctx.store.nextId('policy'),
		companyId: ctx.org.id,
		name: fields.name,
		type: fields.type,
		category: null,
		ownerName: null,
		ownerEmail: null,
		isPublic: false,
		signatureSettings: null,
		templateId: fields.templateId,
		live: null,
		draft: version,
		history: [],
		lastPublishResend: null,
		createdAt: ctx.store.now(),
		updatedAt: ctx.store.now(),
	};
	applyMetadata(ctx, policy);
	if (action === 'publish') publish(ctx, policy, version, false);
	ctx.data.policies.set(policy.id, policy);
	return created(ctx, () => policyView(policy));
}

/** With pdfFile a new version is saved (draft or live per action); without, only metadata changes. */
function updatePolicy(ctx: Ctx) {
	const policy = policyOf(ctx);
	const action = actionOf(ctx);
	const pdfFile = uploadKeyOf(ctx);
	const name = ctx.body.name === undefined ? policy.name : nameOf(ctx);
	applyMetadata(ctx, policy);
	policy.name = name;
	if (pdfFile) {
		const version = newVersion(
			ctx,
			nextNumbers(policy, ctx.body.major === true, policy.draft),
			pdfFile,
		);
		if (action === 'publish') publish(ctx, policy, version, ctx.body.resend === true);
		else policy.draft = version;
	}
	policy.updatedAt = ctx.store.now();
	return {};
}

function requirePolicies(ctx: Ctx, policyIds: string[]) {
	const unknown = policyIds.filter((id) => !ctx.data.policies.has(id));
	if (unknown.length > 0)
		throw new ApiError('not_found', `unknown policy ID(s): ${unknown.join(', ')}`);
}

function policyAction(
	ctx: Ctx,
	apply: (learnerId: string, policy: Policy) => [string, string] | null,
) {
	return pairAction({
		kind: 'policy',
		learnerIds: ids(ctx, 'learnerIds'),
		targetIds: ids(ctx, 'policyIds'),
		learnerExists: (id) => ctx.data.learners.has(id),
		findTarget: (id) => ctx.data.policies.get(id),
		apply,
	});
}

function assign(ctx: Ctx, learnerId: string, policy: Policy): [string, string] | null {
	if (!policy.live) return ['policy_not_live', `policy '${policy.id}' has no live version`];
	if (ctx.data.learners.get(learnerId)?.inactive)
		return ['learner_inactive', `learner '${learnerId}' is inactive`];
	const key = `${learnerId}|${policy.id}`;
	if (ctx.data.policyAssignments.has(key)) return null;
	ctx.data.policyAssignments.set(key, {
		id: ctx.store.nextId('policy_result'),
		learnerId,
		policyId: policy.id,
		assignedAt: ctx.store.now(),
		visit: null,
		signed: null,
		signedOffline: false,
		sentVersionId: policy.live.id,
		visitedVersionId: null,
		signedVersionId: null,
		reminderCount: 0,
	});
	return null;
}

function remind(ctx: Ctx, learnerId: string, policy: Policy): [string, string] | null {
	const assignment = ctx.data.policyAssignments.get(`${learnerId}|${policy.id}`);
	if (!assignment)
		return ['not_assigned', `policy '${policy.id}' is not assigned to learner '${learnerId}'`];
	if (assignment.signed)
		return ['already_signed', `learner '${learnerId}' already signed '${policy.id}'`];
	assignment.reminderCount++;
	return null;
}

function listTemplates(ctx: Ctx) {
	const restrictToOwn = boolQuery(ctx, 'restrictToOwn') ?? false;
	const publishedOnly = boolQuery(ctx, 'publishedOnly') ?? false;
	const pdfOnly = boolQuery(ctx, 'pdfOnly') ?? false;
	return ctx.store
		.visibleTemplates(ctx.scope.id)
		.filter((t) => !restrictToOwn || t.ownerCompanyId === ctx.scope.id)
		.filter((t) => !publishedOnly || t.isLive)
		.filter((t) => !pdfOnly || t.type === 'pdf')
		.map(templateListItem);
}

export const policyRoutes: RouteTable = {
	'GET /policies': (ctx: Ctx) => {
		const publishedOnly = boolQuery(ctx, 'publishedOnly') ?? false;
		const pdfOnly = boolQuery(ctx, 'pdfOnly') ?? false;
		return [...ctx.data.policies.values()]
			.filter((p) => (!publishedOnly || p.live !== null) && (!pdfOnly || p.type === 'pdf'))
			.map(policyListItem);
	},
	'POST /policies': (ctx: Ctx) => {
		const name = nameOf(ctx);
		actionOf(ctx);
		signatureOf(ctx);
		return insertPolicy(ctx, {
			name,
			type: 'pdf',
			templateId: null,
			pdfFile: uploadKeyOf(ctx) ?? null,
		});
	},
	'GET /policies/{policyId}': (ctx: Ctx) => policyView(policyOf(ctx)),
	'PATCH /policies/{policyId}': updatePolicy,
	'POST /policies/{policyId}/discard-draft': (ctx: Ctx) => {
		const policy = policyOf(ctx);
		if (!policy.draft)
			throw new ApiError('no_draft', `policy '${policy.id}' has no draft to discard`);
		policy.draft = null;
		policy.updatedAt = ctx.store.now();
		return {};
	},
	'POST /policies/{policyId}/publish-draft': (ctx: Ctx) => {
		const policy = policyOf(ctx);
		const draft = policy.draft;
		if (!draft) throw new ApiError('no_draft', `policy '${policy.id}' has no draft to publish`);
		[draft.majorVersion, draft.minorVersion] = nextNumbers(policy, ctx.body.major === true, draft);
		publish(ctx, policy, draft, ctx.body.resend === true);
		policy.updatedAt = ctx.store.now();
		return {};
	},
	'DELETE /policies/bulk': (ctx: Ctx) => {
		const policyIds = ids(ctx, 'policyIds');
		requirePolicies(ctx, policyIds);
		for (const id of policyIds) ctx.data.policies.delete(id);
		for (const [key, a] of ctx.data.policyAssignments) {
			if (policyIds.includes(a.policyId)) ctx.data.policyAssignments.delete(key);
		}
		return {};
	},
	'POST /policies/from-template': (ctx: Ctx) => {
		const id = ctx.body.policyTemplateId as string;
		const template = requireFound(ctx.store.findTemplate(ctx.org.id, id), 'policy template', id);
		const name = nameOf(ctx, template.name);
		signatureOf(ctx);
		return insertPolicy(ctx, { name, type: template.type, templateId: template.id, pdfFile: null });
	},
	'POST /policy-assignments': (ctx: Ctx) => policyAction(ctx, (l, p) => assign(ctx, l, p)),
	'POST /policy-reminders': (ctx: Ctx) => policyAction(ctx, (l, p) => remind(ctx, l, p)),
	'POST /policy-removals': (ctx: Ctx) => {
		const learnerIds = ids(ctx, 'learnerIds');
		const policyIds = ids(ctx, 'policyIds');
		requireLearners(ctx.data, learnerIds);
		requirePolicies(ctx, policyIds);
		for (const l of learnerIds)
			for (const p of policyIds) ctx.data.policyAssignments.delete(`${l}|${p}`);
		return {};
	},
	'GET /policy-templates': listTemplates,
	'GET /policy-templates/{policyTemplateId}': (ctx: Ctx) => {
		const id = ctx.params.policyTemplateId;
		return templateView(
			requireFound(ctx.store.findTemplate(ctx.scope.id, id), 'policy template', id),
		);
	},
};
