import { apiData, byId, calls, json, run, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const group = (parameters: Record<string, unknown>, options = {}) =>
	run(ctx.sandbox, { resource: 'group', ...parameters } as never, options);
const tenant = () => ctx.sandbox.companies.tenant;
const members = (groupId: string) =>
	(ctx.sandbox.control.groups(tenant()) as Array<{ id: string; learnerIds: string[] }>).find(
		(entry) => entry.id === groupId,
	)?.learnerIds;
const requests = () =>
	ctx.sandbox.control.requestLog.map((entry) => [entry.method, entry.path, entry.body]);

describe('group create', () => {
	it('creates a group with managers and outputs it with its ID, found by name', async () => {
		const { outputs, error } = await group({
			operation: 'create',
			name: 'Partners EMEA',
			additionalFields: { managerIds: 'learner_00001, learner_00002' },
		});

		expect(error).toBeUndefined();
		expect(requests()).toEqual([
			[
				'POST',
				'/groups',
				{ name: 'Partners EMEA', managerIds: ['learner_00001', 'learner_00002'] },
			],
			['GET', '/groups', undefined],
		]);
		const created = (
			ctx.sandbox.control.groups(tenant()) as Array<{ id: string; name: string }>
		).find((entry) => entry.name === 'Partners EMEA');
		const listed = ((await apiData(ctx.sandbox, '/groups')) as Array<{ id: string }>).find(
			(entry) => entry.id === created?.id,
		);
		expect(json(outputs[0])).toEqual([listed]);
		expect(outputs[0][0].json.id).toBe(created?.id);
	});

	it('takes the newest group when two share the name', async () => {
		await group({ operation: 'create', name: 'Twins' });
		const second = await group({ operation: 'create', name: 'Twins' });

		const twins = (ctx.sandbox.control.groups(tenant()) as Array<{ id: string; name: string }>)
			.filter((entry) => entry.name === 'Twins')
			.map((entry) => entry.id);
		expect(twins).toHaveLength(2);
		expect(second.outputs[0][0].json.id).toBe(twins[1]);
	});

	it('outputs the returned record without a lookup when the API returns it', async () => {
		ctx.sandbox.control.setCreateReturnsRecord(true);

		const { outputs } = await group({ operation: 'create', name: 'Partners EMEA' });

		expect(calls(ctx.sandbox)).toEqual(['POST /groups']);
		expect(outputs[0][0].json).toMatchObject({ name: 'Partners EMEA', learnerCount: 0 });
	});
});

describe('group reads', () => {
	it('gets one group', async () => {
		const expected = await apiData(ctx.sandbox, '/groups/group_00001');

		const { outputs } = await group({ operation: 'get', groupId: byId('group_00001') });

		expect(calls(ctx.sandbox)).toEqual(['GET /groups/group_00001']);
		expect(json(outputs[0])).toEqual([expected]);
	});

	it('lists groups up to Limit, and scopes to a child company', async () => {
		const all = (await apiData(ctx.sandbox, '/groups')) as unknown[];

		const limited = await group({ operation: 'getAll', limit: 2 });
		const child = await group(
			{
				operation: 'getAll',
				returnAll: true,
				companyId: byId(ctx.sandbox.companies.childB),
			},
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(json(limited.outputs[0])).toEqual(all.slice(0, 2));
		expect(ctx.sandbox.control.requestLog.map((entry) => entry.query)).toEqual([
			{},
			{ companyId: ctx.sandbox.companies.childB },
		]);
		expect(json(child.outputs[0])).toEqual(
			await apiData(
				ctx.sandbox,
				`/groups?companyId=${ctx.sandbox.companies.childB}`,
				ctx.sandbox.keys.msp,
			),
		);
	});

	it('deletes a group', async () => {
		const { outputs } = await group({ operation: 'delete', groupId: byId('group_00009') });

		expect(calls(ctx.sandbox)).toEqual(['DELETE /groups/group_00009']);
		expect(json(outputs[0])).toEqual([{ deleted: true }]);
	});
});

describe('group membership', () => {
	it('adds and removes learners, keeping their other groups', async () => {
		await group({
			operation: 'addLearners',
			groupId: byId('group_00001'),
			learnerIds: ['learner_00002', 'learner_00003'],
		});
		expect(members('group_00001')).toEqual(
			expect.arrayContaining(['learner_00002', 'learner_00003']),
		);
		expect(members('group_00002')).toContain('learner_00002');

		const { outputs } = await group({
			operation: 'removeLearners',
			groupId: byId('group_00001'),
			learnerIds: ['learner_00002'],
		});

		expect(requests()).toEqual([
			[
				'POST',
				'/groups/group_00001/learners/add',
				{ learnerIds: ['learner_00002', 'learner_00003'] },
			],
			['POST', '/groups/group_00001/learners/remove', { learnerIds: ['learner_00002'] }],
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
		expect(members('group_00001')).not.toContain('learner_00002');
	});

	it.each(['addLearners', 'removeLearners'])(
		'%s refuses an empty list locally',
		async (operation) => {
			const { error } = await group({
				operation,
				groupId: byId('group_00001'),
				learnerIds: '={{ [] }}',
			});

			expect(error?.message).toBe('Learner IDs: choose at least one ID');
			expect(calls(ctx.sandbox)).toEqual([]);
		},
	);

	it('moves chosen learners, sending preserveManagerRole when set', async () => {
		await group({
			operation: 'moveLearners',
			fromGroupId: byId('group_00001'),
			toGroupId: byId('group_00002'),
			learnerIds: ['learner_00010'],
			options: { preserveManagerRole: false },
		});

		expect(requests()).toEqual([
			[
				'POST',
				'/group-membership/move',
				{
					fromGroupId: 'group_00001',
					toGroupId: 'group_00002',
					learnerIds: ['learner_00010'],
					preserveManagerRole: false,
				},
			],
		]);
		expect(members('group_00002')).toContain('learner_00010');
		expect(members('group_00001')).not.toContain('learner_00010');
	});

	it('moves everyone with All Learners in the Group, sending no learner list', async () => {
		const before = members('group_00001') ?? [];

		const { error } = await group({
			operation: 'moveLearners',
			fromGroupId: byId('group_00001'),
			toGroupId: byId('group_00003'),
			learnersToMove: 'all',
			learnerIds: ['learner_00010'],
		});

		expect(error).toBeUndefined();
		expect(requests()).toEqual([
			['POST', '/group-membership/move', { fromGroupId: 'group_00001', toGroupId: 'group_00003' }],
		]);
		expect(before.length).toBeGreaterThan(1);
		expect(members('group_00001')).toEqual([]);
		expect(members('group_00003')).toEqual(expect.arrayContaining(before));
	});

	it.each([['={{ [] }}'], ['={{ $json.learnerIds }}'], ['={{ " , " }}']])(
		'Selected Learners with a list that comes out empty (%s) moves nobody',
		async (learnerIds) => {
			const before = members('group_00001');

			const { outputs, error } = await run(
				ctx.sandbox,
				{
					resource: 'group',
					operation: 'moveLearners',
					fromGroupId: byId('group_00001'),
					toGroupId: byId('group_00003'),
					learnerIds,
				},
				{ items: [{ json: { learnerIds: '' } }], continueOnFail: true },
			);

			expect(error).toBeUndefined();
			expect(json(outputs[0])).toEqual([{ error: 'Learner IDs: choose at least one ID' }]);
			expect(outputs[0][0].error?.description).toBe(
				'The list is empty; to move every learner of the From Group, set Learners to Move to All Learners in the Group (parameter "learnerIds")',
			);
			expect(calls(ctx.sandbox)).toEqual([]);
			expect(members('group_00001')).toEqual(before);
		},
	);

	it('refuses an unknown Learners to Move value from an expression', async () => {
		const { error } = await group({
			operation: 'moveLearners',
			fromGroupId: byId('group_00001'),
			toGroupId: byId('group_00003'),
			learnersToMove: '={{ "everyone" }}',
			learnerIds: ['learner_00010'],
		});

		expect(error?.message).toBe('Learners To Move: "everyone" is not an allowed value');
		expect(calls(ctx.sandbox)).toEqual([]);
	});

	it('replaces managers, and an empty list clears them', async () => {
		await group({
			operation: 'replaceManagers',
			groupId: byId('group_00001'),
			managerIds: ['learner_00010'],
		});
		await group({ operation: 'replaceManagers', groupId: byId('group_00001'), managerIds: [] });

		expect(requests()).toEqual([
			['PUT', '/groups/group_00001/managers', { managerIds: ['learner_00010'] }],
			['PUT', '/groups/group_00001/managers', { managerIds: [] }],
		]);
		expect(
			((await apiData(ctx.sandbox, '/groups/group_00001')) as { managers: unknown[] }).managers,
		).toEqual([]);
	});
});
