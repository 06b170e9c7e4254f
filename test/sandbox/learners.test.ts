import { call, useSandbox } from './helpers';

const person = (email: string, extra: Record<string, unknown> = {}) => ({
	email,
	firstName: 'Dana',
	lastName: 'Reyes',
	...extra,
});

describe('sandbox learners', () => {
	const sandbox = useSandbox();
	const tenantLearners = () => sandbox().control.learners(sandbox().companies.tenant);

	describe('create', () => {
		it('creates a learner with groups, locale and external ID', async () => {
			const sb = sandbox();
			const group = sb.control.groups(sb.companies.tenant)[2];
			const res = await call(sb, 'POST', '/learners', {
				body: person('Dana.Reyes@acme.example', {
					groupIds: [group.id],
					externalLearnerId: 'EMP-9000',
					locale: 'id',
				}),
			});
			expect(res.body).toEqual({ data: {} });
			const learner = sb.control.findLearnerByEmail(sb.companies.tenant, 'dana.reyes@acme.example');
			expect(learner).toMatchObject({
				email: 'Dana.Reyes@acme.example',
				name: 'Dana Reyes',
				externalLearnerId: 'EMP-9000',
				locale: 'id',
				inactive: false,
				isManager: false,
				riskScoreLevel: 'low',
				groups: [{ id: group.id, name: group.name }],
				createdAt: '2026-06-15T09:00:00.000Z',
			});
			expect(learner?.manager).toEqual({
				id: group.managers[0].id,
				name: group.managers[0].name,
				email: group.managers[0].email,
			});
		});

		it.each([
			['missing email', { firstName: 'A', lastName: 'B' }, 'validation_error', 'email is required'],
			[
				'bad email',
				person('not-an-email'),
				'validation_error',
				"email 'not-an-email' is not a valid email address",
			],
			[
				'free email',
				person('dana@gmail.com'),
				'free_email_domain',
				"email 'dana@gmail.com' uses the free email provider gmail.com; use a work address",
			],
			[
				'free email (hotmail)',
				person('dana@Hotmail.com'),
				'free_email_domain',
				"email 'dana@Hotmail.com' uses the free email provider hotmail.com; use a work address",
			],
			[
				'domain lock',
				person('dana@elsewhere.example'),
				'email_domain_locked',
				"email 'dana@elsewhere.example' is not on the company domain acme.example (domain lock is on)",
			],
			[
				'missing firstName',
				{ email: 'x@acme.example', lastName: 'B' },
				'validation_error',
				'firstName is required',
			],
			[
				'blank lastName',
				person('x@acme.example', { lastName: ' ' }),
				'validation_error',
				'lastName is required',
			],
			[
				'unknown group',
				person('x@acme.example', { groupIds: ['group_nope'] }),
				'unknown_group',
				'unknown group ID(s): group_nope',
			],
		])('rejects %s', async (_name, body, code, message) => {
			const sb = sandbox();
			const res = await call(sb, 'POST', '/learners', { body });
			expect(res.status).toBe(400);
			expect(res.body).toEqual({ error: { code, message } });
			expect(tenantLearners()).toHaveLength(240);
		});

		it('rejects a duplicate email case-insensitively', async () => {
			const sb = sandbox();
			const existing = tenantLearners()[0].email.toUpperCase();
			const res = await call(sb, 'POST', '/learners', { body: person(existing) });
			expect(res.status).toBe(400);
			expect(res.body.error).toEqual({
				code: 'duplicate_email',
				message: `a learner with email '${existing}' already exists`,
			});
		});

		it('accepts any work domain when domain lock is off, never a free provider', async () => {
			const sb = sandbox();
			const ok = await call(sb, 'POST', '/learners', {
				key: sb.keys.other,
				body: person('dana@partner.example'),
			});
			expect(ok.status).toBe(200);
			const free = await call(sb, 'POST', '/learners', {
				key: sb.keys.other,
				body: person('dana@yahoo.com'),
			});
			expect(free.body.error.code).toBe('free_email_domain');
		});
	});

	describe('bulk create', () => {
		it('creates the valid learners and reports each rejected one by index', async () => {
			const sb = sandbox();
			const existing = tenantLearners()[0].email;
			const res = await call(sb, 'POST', '/learners/bulk', {
				body: {
					learners: [
						person('one@acme.example'),
						person('two@gmail.com'),
						person('ONE@acme.example'),
						person(existing),
						{ email: 'three@acme.example', firstName: 'T' },
						person('four@other.example'),
						person('five@acme.example', { groupIds: ['group_x'] }),
						person('six@acme.example', { externalLearnerId: 'EMP-6' }),
					],
				},
			});
			expect(res.status).toBe(200);
			expect(res.body.data).toEqual({
				success: true,
				errors: [
					{
						index: 1,
						email: 'two@gmail.com',
						code: 'free_email_domain',
						message:
							"email 'two@gmail.com' uses the free email provider gmail.com; use a work address",
					},
					{
						index: 2,
						email: 'ONE@acme.example',
						code: 'duplicate_email',
						message: "a learner with email 'ONE@acme.example' already exists",
					},
					{
						index: 3,
						email: existing,
						code: 'duplicate_email',
						message: `a learner with email '${existing}' already exists`,
					},
					{
						index: 4,
						email: 'three@acme.example',
						code: 'validation_error',
						message: 'lastName is required',
					},
					{
						index: 5,
						email: 'four@other.example',
						code: 'email_domain_locked',
						message:
							"email 'four@other.example' is not on the company domain acme.example (domain lock is on)",
					},
					{
						index: 6,
						email: 'five@acme.example',
						code: 'unknown_group',
						message: 'unknown group ID(s): group_x',
					},
				],
			});
			expect(tenantLearners()).toHaveLength(242);
			expect(
				sb.control.findLearnerByEmail(sb.companies.tenant, 'six@acme.example')?.externalLearnerId,
			).toBe('EMP-6');
		});

		it('returns the created learners in record mode', async () => {
			const sb = sandbox();
			sb.control.setCreateReturnsRecord(true);
			const one = (await call(sb, 'POST', '/learners', { body: person('solo@acme.example') })).body
				.data;
			expect(one).toEqual((await call(sb, 'GET', `/learners/${one.id}`)).body.data);
			const bulk = await call(sb, 'POST', '/learners/bulk', {
				body: { learners: [person('b1@acme.example'), person('b2@gmail.com')] },
			});
			expect(bulk.body.data.success).toBe(true);
			expect(bulk.body.data.errors).toHaveLength(1);
			expect(bulk.body.data.learners.map((l: { email: string }) => l.email)).toEqual([
				'b1@acme.example',
			]);
			sb.control.setCreateReturnsRecord(false);
			expect(
				(await call(sb, 'POST', '/learners', { body: person('duo@acme.example') })).body,
			).toEqual({ data: {} });
		});

		it('answers success false when nothing was created', async () => {
			const sb = sandbox();
			const res = await call(sb, 'POST', '/learners/bulk', {
				body: { learners: [person('x@gmail.com')] },
			});
			expect(res.body.data.success).toBe(false);
			expect(res.body.data.errors).toHaveLength(1);
		});

		it('answers 400 when learners is not an array', async () => {
			const sb = sandbox();
			const res = await call(sb, 'POST', '/learners/bulk', { body: { learners: {} } });
			expect(res.body.error).toEqual({
				code: 'validation_error',
				message: 'learners must be an array of objects',
			});
		});
	});

	describe('update and lifecycle', () => {
		it('updates profile fields and replaces groups', async () => {
			const sb = sandbox();
			const [learner] = tenantLearners();
			const group = sb.control.groups(sb.companies.tenant)[4];
			sb.control.advanceClock(60_000);
			const res = await call(sb, 'PATCH', `/learners/${learner.id}`, {
				body: {
					firstName: 'Ari',
					lastName: 'Pratama',
					email: 'ari.pratama@acme.example',
					groupIds: [group.id],
					locale: 'ms',
				},
			});
			expect(res.body).toEqual({ data: {} });
			const updated = sb.control.learner(sb.companies.tenant, learner.id);
			expect(updated).toMatchObject({
				name: 'Ari Pratama',
				email: 'ari.pratama@acme.example',
				locale: 'ms',
				groupIds: [group.id],
				updatedAt: '2026-06-15T09:01:00.000Z',
			});
			expect(sb.control.findLearnerByEmail(sb.companies.tenant, learner.email)).toBeUndefined();
		});

		it('requires names on update and checks a changed email', async () => {
			const sb = sandbox();
			const [learner, other] = tenantLearners();
			const noNames = await call(sb, 'PATCH', `/learners/${learner.id}`, {
				body: { locale: 'en' },
			});
			expect(noNames.body.error).toEqual({
				code: 'validation_error',
				message: 'firstName is required',
			});
			const taken = await call(sb, 'PATCH', `/learners/${learner.id}`, {
				body: { firstName: 'A', lastName: 'B', email: other.email },
			});
			expect(taken.body.error.code).toBe('duplicate_email');
			const same = await call(sb, 'PATCH', `/learners/${learner.id}`, {
				body: { firstName: 'A', lastName: 'B', email: learner.email.toUpperCase() },
			});
			expect(same.status).toBe(200);
		});

		it('deactivates keeping history, activates again', async () => {
			const sb = sandbox();
			const [learner] = tenantLearners();
			const results = (await call(sb, 'GET', `/learners/${learner.id}/simulation-results`)).body
				.data;
			await call(sb, 'POST', '/learners/deactivate', { body: { learnerIds: [learner.id] } });
			expect((await call(sb, 'GET', `/learners/${learner.id}`)).body.data.inactive).toBe(true);
			expect(
				(await call(sb, 'GET', `/learners/${learner.id}/simulation-results`)).body.data,
			).toEqual(results);
			await call(sb, 'POST', '/learners/activate', { body: { learnerIds: [learner.id] } });
			expect((await call(sb, 'GET', `/learners/${learner.id}`)).body.data.inactive).toBe(false);
		});

		it('rejects lifecycle actions naming unknown learners and changes nothing', async () => {
			const sb = sandbox();
			const [learner] = tenantLearners();
			const res = await call(sb, 'POST', '/learners/deactivate', {
				body: { learnerIds: [learner.id, 'learner_x'] },
			});
			expect(res.status).toBe(404);
			expect(res.body.error).toEqual({
				code: 'not_found',
				message: 'unknown learner ID(s): learner_x',
			});
			expect(sb.control.learner(sb.companies.tenant, learner.id)?.inactive).toBe(false);
		});

		it('deletes one learner and learners in bulk (JSON body on DELETE)', async () => {
			const sb = sandbox();
			const [a, b, c] = tenantLearners();
			expect((await call(sb, 'DELETE', `/learners/${a.id}`)).body).toEqual({ data: true });
			expect((await call(sb, 'GET', `/learners/${a.id}`)).status).toBe(404);
			expect(
				(await call(sb, 'DELETE', '/learners/bulk', { body: { learnerIds: [b.id, c.id] } })).body,
			).toEqual({
				data: true,
			});
			expect(sb.control.requestLog[2].body).toEqual({ learnerIds: [b.id, c.id] });
			expect(tenantLearners()).toHaveLength(237);
			expect((await call(sb, 'DELETE', `/learners/${a.id}`)).status).toBe(404);
		});

		it('replaces groups with PUT and clears them with an empty list', async () => {
			const sb = sandbox();
			const [learner] = tenantLearners();
			const groups = sb.control.groups(sb.companies.tenant);
			await call(sb, 'PUT', `/learners/${learner.id}/groups`, {
				body: { groupIds: [groups[3].id, groups[5].id] },
			});
			expect(sb.control.learner(sb.companies.tenant, learner.id)?.groupIds).toEqual([
				groups[3].id,
				groups[5].id,
			]);
			await call(sb, 'PUT', `/learners/${learner.id}/groups`, { body: { groupIds: [] } });
			expect(sb.control.learner(sb.companies.tenant, learner.id)?.groupIds).toEqual([]);
			const bad = await call(sb, 'PUT', `/learners/${learner.id}/groups`, {
				body: { groupIds: ['nope'] },
			});
			expect(bad.body.error.code).toBe('unknown_group');
			const missing = await call(sb, 'PUT', `/learners/${learner.id}/groups`, { body: {} });
			expect(missing.body.error).toEqual({
				code: 'validation_error',
				message: 'groupIds is required',
			});
		});

		it('lists learners with exactly the list example fields', async () => {
			const sb = sandbox();
			const list = (await call(sb, 'GET', '/learners')).body.data;
			expect(list).toHaveLength(240);
			expect(Object.keys(list[0])).toEqual([
				'id',
				'email',
				'externalLearnerId',
				'name',
				'inactive',
			]);
			expect(list[0].externalLearnerId).toBe('EMP-0001');
			expect(list.some((l: { inactive: boolean }) => l.inactive)).toBe(true);
		});

		it('does not show another tenant its learners', async () => {
			const sb = sandbox();
			const [learner] = tenantLearners();
			expect(
				(await call(sb, 'GET', `/learners/${learner.id}`, { key: sb.keys.other })).status,
			).toBe(404);
			expect(
				(await call(sb, 'DELETE', `/learners/${learner.id}`, { key: sb.keys.other })).status,
			).toBe(404);
		});
	});
});
