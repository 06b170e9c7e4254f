import { batchSuccess, type BulkLearnerError } from '../assumptions';
import { ApiError } from '../errors';
import { created, type Ctx, ids, requireFound, type RouteTable } from '../server/context';
import { isObject } from '../server/validate';
import {
	checkEmail,
	checkGroupIds,
	checkNames,
	createLearner,
	deleteLearner,
	type LearnerInput,
	requireLearners,
	setLearnerGroups,
} from '../state/learners';
import type { Learner } from '../state/types';
import { learnerListItem, learnerView } from '../state/views';

export const learnerOf = (ctx: Ctx): Learner =>
	requireFound(ctx.data.learners.get(ctx.params.learnerId), 'learner', ctx.params.learnerId);

function createOne(ctx: Ctx) {
	const learner = createLearner(ctx.store, ctx.org.id, ctx.body as unknown as LearnerInput);
	return created(ctx, () => learnerView(ctx.data, learner));
}

function update(ctx: Ctx) {
	const learner = learnerOf(ctx);
	const body = ctx.body as Partial<LearnerInput>;
	checkNames(body);
	if (body.email !== undefined && body.email.toLowerCase() !== learner.email.toLowerCase()) {
		checkEmail(ctx.org, ctx.data, body.email, learner.id);
	}
	if (body.groupIds) checkGroupIds(ctx.data, body.groupIds);

	if (body.email !== undefined) {
		ctx.data.emailIndex.delete(learner.email.toLowerCase());
		learner.email = body.email;
		ctx.data.emailIndex.set(learner.email.toLowerCase(), learner.id);
	}
	learner.firstName = body.firstName as string;
	learner.lastName = body.lastName as string;
	if (body.externalLearnerId !== undefined) learner.externalLearnerId = body.externalLearnerId;
	if (body.locale !== undefined) learner.locale = body.locale;
	if (body.excludedFromAutoEnrol !== undefined)
		learner.excludedFromAutoEnrol = body.excludedFromAutoEnrol;
	if (body.groupIds) setLearnerGroups(ctx.data, learner.id, body.groupIds);
	learner.updatedAt = ctx.store.now();
	return {};
}

/** Validates each learner on its own; creates the valid ones, reports the rest by index. */
function bulkCreate(ctx: Ctx) {
	const items = ctx.body.learners as unknown[];
	const errors: BulkLearnerError[] = [];
	const createdLearners: Learner[] = [];
	items.forEach((item, index) => {
		const email = isObject(item) && typeof item.email === 'string' ? item.email : '';
		try {
			if (!isObject(item)) throw new ApiError('validation_error', 'learner must be an object');
			if (typeof item.email !== 'string' || item.email === '') {
				throw new ApiError('validation_error', 'email is required');
			}
			for (const field of ['externalLearnerId', 'locale'] as const) {
				if (item[field] !== undefined && typeof item[field] !== 'string') {
					throw new ApiError('validation_error', `${field} must be a string`);
				}
			}
			const groupIds = item.groupIds ?? [];
			if (!Array.isArray(groupIds) || groupIds.some((g) => typeof g !== 'string')) {
				throw new ApiError('validation_error', 'groupIds must be an array of strings');
			}
			createdLearners.push(createLearner(ctx.store, ctx.org.id, item as unknown as LearnerInput));
		} catch (error) {
			if (!(error instanceof ApiError)) throw error;
			errors.push({ index, email, code: error.code, message: error.message });
		}
	});
	const answer: Record<string, unknown> = { success: batchSuccess(createdLearners.length), errors };
	if (ctx.rt.options.createReturnsRecord) {
		answer.learners = createdLearners.map((l) => learnerView(ctx.data, l));
	}
	return answer;
}

function setInactive(inactive: boolean) {
	return (ctx: Ctx) => {
		for (const learner of requireLearners(ctx.data, ids(ctx, 'learnerIds'))) {
			learner.inactive = inactive;
			learner.updatedAt = ctx.store.now();
		}
		return {};
	};
}

export const learnerRoutes: RouteTable = {
	'GET /learners': (ctx: Ctx) => [...ctx.data.learners.values()].map(learnerListItem),
	'POST /learners': createOne,
	'GET /learners/{learnerId}': (ctx: Ctx) => learnerView(ctx.data, learnerOf(ctx)),
	'PATCH /learners/{learnerId}': update,
	'DELETE /learners/{learnerId}': (ctx: Ctx) => {
		deleteLearner(ctx.data, learnerOf(ctx).id);
		return true;
	},
	'PUT /learners/{learnerId}/groups': (ctx: Ctx) => {
		const learner = learnerOf(ctx);
		checkGroupIds(ctx.data, ids(ctx, 'groupIds'));
		setLearnerGroups(ctx.data, learner.id, ids(ctx, 'groupIds'));
		learner.updatedAt = ctx.store.now();
		return {};
	},
	'POST /learners/bulk': bulkCreate,
	'DELETE /learners/bulk': (ctx: Ctx) => {
		for (const learner of requireLearners(ctx.data, ids(ctx, 'learnerIds'))) {
			deleteLearner(ctx.data, learner.id);
		}
		return true;
	},
	'POST /learners/activate': setInactive(false),
	'POST /learners/deactivate': setInactive(true),
};
