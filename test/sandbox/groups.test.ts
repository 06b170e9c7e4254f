import { call, useSandbox } from './helpers';

describe('sandbox groups', () => {
	const sandbox = useSandbox();
	const groups = () => sandbox().control.groups(sandbox().companies.tenant);
	const learners = () => sandbox().control.learners(sandbox().companies.tenant);

	it('lists groups with counts and managers', async () => {
		const sb = sandbox();
		const list = (await call(sb, 'GET', '/groups')).body.data;
		expect(list).toHaveLength(9);
		expect(list[0]).toEqual({
			id: groups()[0].id,
			name: 'Finance',
			learnerCount: groups()[0].learnerIds.length,
			managers: [{ id: learners()[0].id, name: learners()[0].name, email: learners()[0].email }],
		});
		const detail = (await call(sb, 'GET', `/groups/${list[0].id}`)).body.data;
		expect(detail).toMatchObject({ ...list[0], createdAt: expect.any(String) });
		expect(detail.learnerIds).toHaveLength(list[0].learnerCount);
	});

	it('creates a group with managers and validates them', async () => {
		const sb = sandbox();
		const [manager] = learners();
		expect(
			(await call(sb, 'POST', '/groups', { body: { name: 'Audit', managerIds: [manager.id] } }))
				.body,
		).toEqual({
			data: {},
		});
		const audit = groups().find((g) => g.name === 'Audit');
		expect(audit?.managers.map((m) => m.id)).toEqual([manager.id]);
		const bad = await call(sb, 'POST', '/groups', {
			body: { name: 'X', managerIds: ['learner_nope'] },
		});
		expect(bad.body.error).toEqual({
			code: 'unknown_learner',
			message: 'unknown manager learner ID(s): learner_nope',
		});
	});

	it('adds and removes learners keeping their other groups', async () => {
		const sb = sandbox();
		const [first, second] = groups();
		const learner = learners().find((l) => l.groupIds[0] === first.id)!;
		await call(sb, 'POST', `/groups/${second.id}/learners/add`, {
			body: { learnerIds: [learner.id] },
		});
		expect(sb.control.learner(sb.companies.tenant, learner.id)?.groupIds).toEqual([
			first.id,
			second.id,
		]);
		await call(sb, 'POST', `/groups/${first.id}/learners/remove`, {
			body: { learnerIds: [learner.id] },
		});
		expect(sb.control.learner(sb.companies.tenant, learner.id)?.groupIds).toEqual([second.id]);
		const unknown = await call(sb, 'POST', `/groups/${first.id}/learners/add`, {
			body: { learnerIds: ['x'] },
		});
		expect(unknown.status).toBe(404);
		expect(
			(await call(sb, 'POST', '/groups/group_x/learners/add', { body: { learnerIds: [] } })).status,
		).toBe(404);
	});

	it('replaces managers and clears them with an empty list', async () => {
		const sb = sandbox();
		const [group] = groups();
		const [, a, b] = learners();
		await call(sb, 'PUT', `/groups/${group.id}/managers`, { body: { managerIds: [a.id, b.id] } });
		expect(groups()[0].managers.map((m) => m.id)).toEqual([a.id, b.id]);
		expect(sb.control.learner(sb.companies.tenant, a.id)?.isManager).toBe(true);
		await call(sb, 'PUT', `/groups/${group.id}/managers`, { body: { managerIds: [] } });
		expect(groups()[0].managers).toEqual([]);
		expect(sb.control.learner(sb.companies.tenant, learners()[0].id)?.isManager).toBe(false);
	});

	it('moves everyone when learnerIds is omitted, dropping manager roles', async () => {
		const sb = sandbox();
		const [from, to] = groups();
		const moved = from.learnerIds;
		await call(sb, 'POST', '/group-membership/move', {
			body: { fromGroupId: from.id, toGroupId: to.id },
		});
		const [after, target] = groups();
		expect(after.learnerIds).toEqual([]);
		expect(after.managers).toEqual([]);
		expect(target.learnerIds).toEqual(expect.arrayContaining(moved));
		expect(target.managers.map((m) => m.id)).toEqual(to.managers.map((m) => m.id));
	});

	it('moves the listed learners and carries the manager role with preserveManagerRole', async () => {
		const sb = sandbox();
		const [from, to] = groups();
		const managerId = from.managers[0].id;
		const other = from.learnerIds.find((id) => id !== managerId)!;
		await call(sb, 'POST', '/group-membership/move', {
			body: {
				fromGroupId: from.id,
				toGroupId: to.id,
				learnerIds: [managerId],
				preserveManagerRole: true,
			},
		});
		const [after, target] = groups();
		expect(after.learnerIds).toContain(other);
		expect(after.learnerIds).not.toContain(managerId);
		expect(target.managers.map((m) => m.id)).toContain(managerId);
	});

	it('validates a move', async () => {
		const sb = sandbox();
		const [from, to] = groups();
		const outsider = to.learnerIds[0];
		const unknownGroup = await call(sb, 'POST', '/group-membership/move', {
			body: { fromGroupId: 'g', toGroupId: to.id },
		});
		expect(unknownGroup.body.error).toEqual({
			code: 'unknown_group',
			message: 'unknown group ID(s): g',
		});
		const notMember = await call(sb, 'POST', '/group-membership/move', {
			body: { fromGroupId: from.id, toGroupId: to.id, learnerIds: [outsider] },
		});
		expect(notMember.body.error).toEqual({
			code: 'validation_error',
			message: `learner(s) not in group ${from.id}: ${outsider}`,
		});
		const missing = await call(sb, 'POST', '/group-membership/move', {
			body: { fromGroupId: from.id },
		});
		expect(missing.body.error.message).toBe('toGroupId is required');
	});

	it('deletes a group and its memberships', async () => {
		const sb = sandbox();
		const [group] = groups();
		const member = group.learnerIds[0];
		expect((await call(sb, 'DELETE', `/groups/${group.id}`)).body).toEqual({ data: {} });
		expect((await call(sb, 'GET', `/groups/${group.id}`)).status).toBe(404);
		expect(sb.control.learner(sb.companies.tenant, member)?.groupIds).toEqual([]);
	});
});
