import { ApiError } from '../errors';
import { created, type Ctx, ids, requireFound, type RouteTable } from '../server/context';
import { checkGroupIds, requireLearners } from '../state/learners';
import type { Group } from '../state/types';
import { groupListItem, groupView } from '../state/views';

const groupOf = (ctx: Ctx): Group =>
	requireFound(ctx.data.groups.get(ctx.params.groupId), 'group', ctx.params.groupId);

function checkManagers(ctx: Ctx, managerIds: string[]): void {
	const unknown = managerIds.filter((id) => !ctx.data.learners.has(id));
	if (unknown.length > 0) {
		throw new ApiError('unknown_learner', `unknown manager learner ID(s): ${unknown.join(', ')}`);
	}
}

function createGroup(ctx: Ctx) {
	const name = (ctx.body.name as string).trim();
	if (name === '') throw new ApiError('validation_error', 'name is required');
	const managerIds = [...new Set(ids(ctx, 'managerIds'))];
	checkManagers(ctx, managerIds);
	const group: Group = {
		id: ctx.store.nextId('group'),
		companyId: ctx.org.id,
		name,
		memberIds: new Set(),
		managerIds,
		createdAt: ctx.store.now(),
	};
	ctx.data.groups.set(group.id, group);
	return created(ctx, () => groupView(ctx.data, group));
}

/**
 * Moves members of fromGroupId (all, or the listed ones) to toGroupId. A moved learner who
 * managed the source group stops managing it; with preserveManagerRole it manages the target.
 */
function move(ctx: Ctx) {
	const from = ctx.data.groups.get(ctx.body.fromGroupId as string);
	const to = ctx.data.groups.get(ctx.body.toGroupId as string);
	checkGroupIds(ctx.data, [ctx.body.fromGroupId as string, ctx.body.toGroupId as string]);
	if (!from || !to) return {};
	const requested = ctx.body.learnerIds as string[] | undefined;
	const learnerIds = requested ?? [...from.memberIds];
	requireLearners(ctx.data, learnerIds);
	const outside = learnerIds.filter((id) => !from.memberIds.has(id));
	if (outside.length > 0) {
		throw new ApiError(
			'validation_error',
			`learner(s) not in group ${from.id}: ${outside.join(', ')}`,
		);
	}
	if (from === to) return {};
	for (const id of learnerIds) {
		from.memberIds.delete(id);
		to.memberIds.add(id);
		if (from.managerIds.includes(id)) {
			from.managerIds = from.managerIds.filter((m) => m !== id);
			if (ctx.body.preserveManagerRole === true && !to.managerIds.includes(id))
				to.managerIds.push(id);
		}
	}
	return {};
}

export const groupRoutes: RouteTable = {
	'GET /groups': (ctx: Ctx) => [...ctx.data.groups.values()].map((g) => groupListItem(ctx.data, g)),
	'POST /groups': createGroup,
	'GET /groups/{groupId}': (ctx: Ctx) => groupView(ctx.data, groupOf(ctx)),
	'DELETE /groups/{groupId}': (ctx: Ctx) => {
		ctx.data.groups.delete(groupOf(ctx).id);
		return {};
	},
	'POST /groups/{groupId}/learners/add': (ctx: Ctx) => {
		const group = groupOf(ctx);
		for (const learner of requireLearners(ctx.data, ids(ctx, 'learnerIds')))
			group.memberIds.add(learner.id);
		return {};
	},
	'POST /groups/{groupId}/learners/remove': (ctx: Ctx) => {
		const group = groupOf(ctx);
		for (const learner of requireLearners(ctx.data, ids(ctx, 'learnerIds'))) {
			group.memberIds.delete(learner.id);
		}
		return {};
	},
	'PUT /groups/{groupId}/managers': (ctx: Ctx) => {
		const group = groupOf(ctx);
		const managerIds = [...new Set(ids(ctx, 'managerIds'))];
		checkManagers(ctx, managerIds);
		group.managerIds = managerIds;
		return {};
	},
	'POST /group-membership/move': move,
};
