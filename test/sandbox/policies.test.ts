import { call, uploadPdf, useSandbox } from './helpers';

describe('sandbox policies', () => {
	const sandbox = useSandbox();
	const policies = () => sandbox().control.policies(sandbox().companies.tenant);
	const fileKey = async () => (await uploadPdf(sandbox())).body.data.fileKey as string;

	it('seeds a live policy, a live policy with a draft and a draft-only policy', async () => {
		const list = (await call(sandbox(), 'GET', '/policies')).body.data;
		expect(list).toEqual([
			expect.objectContaining({
				name: 'Acceptable Use Policy',
				isLive: true,
				inDraft: false,
				majorVersion: 1,
				minorVersion: 2,
			}),
			expect.objectContaining({
				name: 'Information Security Policy',
				isLive: true,
				inDraft: true,
				majorVersion: 2,
				minorVersion: 0,
			}),
			expect.objectContaining({
				name: 'Clean Desk Policy',
				isLive: false,
				inDraft: true,
				majorVersion: 1,
				minorVersion: 0,
			}),
		]);
		expect((await call(sandbox(), 'GET', '/policies?publishedOnly=true')).body.data).toHaveLength(
			2,
		);
		expect((await call(sandbox(), 'GET', '/policies?pdfOnly=true')).body.data).toHaveLength(3);
		expect((await call(sandbox(), 'GET', '/policies?publishedOnly=1')).status).toBe(400);
	});

	it('creates a draft or a live policy depending on action', async () => {
		const sb = sandbox();
		const key = await fileKey();
		await call(sb, 'POST', '/policies', {
			body: {
				name: 'BYOD',
				pdfFile: key,
				action: 'saveDraft',
				category: 'security',
				ownerName: 'Sec',
				ownerEmail: 'sec@acme.example',
				isPublic: true,
				signatureSettings: {
					type: 'fixed',
					startDate: '2026-07-01',
					intervalLength: 1,
					intervalUnit: 'years',
				},
			},
		});
		await call(sb, 'POST', '/policies', {
			body: { name: 'Travel', pdfFile: key, action: 'publish', majorVersion: 3, minorVersion: 1 },
		});
		const byod = policies().find((p) => p.name === 'BYOD')!;
		expect(byod).toMatchObject({
			type: 'pdf',
			isLive: false,
			inDraft: true,
			majorVersion: 1,
			minorVersion: 0,
			category: 'security',
			ownerName: 'Sec',
			ownerEmail: 'sec@acme.example',
			isPublic: true,
			signatureSettings: {
				type: 'fixed',
				startDate: '2026-07-01',
				intervalLength: 1,
				intervalUnit: 'years',
			},
			liveVersion: null,
			draftVersion: { majorVersion: 1, minorVersion: 0, pdfFile: key, publishedAt: null },
		});
		const travel = policies().find((p) => p.name === 'Travel')!;
		expect(travel).toMatchObject({
			isLive: true,
			inDraft: false,
			majorVersion: 3,
			minorVersion: 1,
		});
		expect(travel.liveVersion?.publishedAt).toBe('2026-06-15T09:00:00.000Z');
	});

	it.each([
		[{ name: 'X', action: 'saveDraft' }, 'validation_error', 'pdfFile is required'],
		[
			{ name: 'X', pdfFile: 'upload_99999', action: 'saveDraft' },
			'unknown_upload',
			"pdfFile 'upload_99999' is not a file key returned by POST /policies/upload",
		],
		[
			{ name: 'X', pdfFile: 'KEY', action: 'draft' },
			'validation_error',
			'action must be one of saveDraft, publish',
		],
		[
			{ name: 'X', pdfFile: 'KEY', action: 'publish', signatureSettings: {} },
			'validation_error',
			'signatureSettings.type is required',
		],
		[
			{ name: 'X', pdfFile: 'KEY', action: 'publish', signatureSettings: { type: 'weekly' } },
			'validation_error',
			'signatureSettings.type must be one of fixed, lastSignature, newUsers, none',
		],
		[
			{
				name: 'X',
				pdfFile: 'KEY',
				action: 'publish',
				signatureSettings: { type: 'fixed', intervalUnit: 'days' },
			},
			'validation_error',
			'signatureSettings.intervalUnit must be one of months, years',
		],
		[
			{
				name: 'X',
				pdfFile: 'KEY',
				action: 'publish',
				signatureSettings: { type: 'fixed', intervalLength: 0 },
			},
			'validation_error',
			'signatureSettings.intervalLength must be a positive integer',
		],
		[
			{
				name: 'X',
				pdfFile: 'KEY',
				action: 'publish',
				signatureSettings: { type: 'fixed', intervalLength: 1.5 },
			},
			'validation_error',
			'signatureSettings.intervalLength must be an integer',
		],
		[
			{
				name: 'X',
				pdfFile: 'KEY',
				action: 'publish',
				signatureSettings: { type: 'fixed', startDate: '2026-02-30' },
			},
			'validation_error',
			'signatureSettings.startDate must be a date formatted YYYY-MM-DD',
		],
		[
			{
				name: 'X',
				pdfFile: 'KEY',
				action: 'publish',
				signatureSettings: { type: 'fixed', startDate: '01/02/2026' },
			},
			'validation_error',
			'signatureSettings.startDate must be a date formatted YYYY-MM-DD',
		],
		[{ name: ' ', pdfFile: 'KEY', action: 'publish' }, 'validation_error', 'name is required'],
	])('rejects %j', async (body, code, message) => {
		const sb = sandbox();
		const key = await fileKey();
		const payload = JSON.parse(JSON.stringify(body).replace('"KEY"', JSON.stringify(key)));
		const res = await call(sb, 'POST', '/policies', { body: payload });
		expect(res.status).toBe(400);
		expect(res.body.error).toEqual({ code, message });
		expect(policies()).toHaveLength(3);
	});

	it('rejects a file key uploaded by another tenant', async () => {
		const sb = sandbox();
		const otherKey = (await uploadPdf(sb, undefined, { key: sb.keys.other })).body.data.fileKey;
		const res = await call(sb, 'POST', '/policies', {
			body: { name: 'X', pdfFile: otherKey, action: 'publish' },
		});
		expect(res.body.error.code).toBe('unknown_upload');
	});

	it('saves a new version as draft, then publishes it as a minor or major version', async () => {
		const sb = sandbox();
		const aup = policies()[0];
		const key = await fileKey();
		await call(sb, 'PATCH', `/policies/${aup.id}`, { body: { action: 'saveDraft', pdfFile: key } });
		let current = sb.control.policy(sb.companies.tenant, aup.id)!;
		expect(current).toMatchObject({
			isLive: true,
			inDraft: true,
			majorVersion: 1,
			minorVersion: 2,
		});
		expect(current.draftVersion).toMatchObject({ majorVersion: 1, minorVersion: 3, pdfFile: key });

		await call(sb, 'POST', `/policies/${aup.id}/publish-draft`, {
			body: { major: true, resend: true },
		});
		current = sb.control.policy(sb.companies.tenant, aup.id)!;
		expect(current).toMatchObject({
			isLive: true,
			inDraft: false,
			majorVersion: 2,
			minorVersion: 0,
			lastPublishResend: true,
		});
		expect(current.versions.map((v) => `${v?.majorVersion}.${v?.minorVersion}`)).toEqual([
			'1.0',
			'1.1',
			'1.2',
			'2.0',
		]);
		const liveId = current.liveVersion?.id;
		const assignment = sb.control
			.policyAssignments(sb.companies.tenant)
			.find((a) => a.policyId === aup.id);
		expect(assignment?.sentVersionId).toBe(liveId);

		await call(sb, 'PATCH', `/policies/${aup.id}`, { body: { action: 'publish', pdfFile: key } });
		expect(sb.control.policy(sb.companies.tenant, aup.id)).toMatchObject({
			majorVersion: 2,
			minorVersion: 1,
			inDraft: false,
		});
	});

	it('publishes a never-live draft with its own number and updates metadata without a file', async () => {
		const sb = sandbox();
		const cleanDesk = policies()[2];
		await call(sb, 'POST', `/policies/${cleanDesk.id}/publish-draft`, { body: {} });
		expect(sb.control.policy(sb.companies.tenant, cleanDesk.id)).toMatchObject({
			isLive: true,
			majorVersion: 1,
			minorVersion: 0,
			lastPublishResend: false,
		});
		await call(sb, 'PATCH', `/policies/${cleanDesk.id}`, {
			body: { action: 'publish', name: 'Clear Desk', category: 'hr' },
		});
		expect(sb.control.policy(sb.companies.tenant, cleanDesk.id)).toMatchObject({
			name: 'Clear Desk',
			category: 'hr',
			majorVersion: 1,
			minorVersion: 0,
		});
		const noAction = await call(sb, 'PATCH', `/policies/${cleanDesk.id}`, { body: { name: 'Y' } });
		expect(noAction.body.error).toEqual({
			code: 'validation_error',
			message: 'action is required',
		});
	});

	it('discards a draft keeping the live version, and refuses when there is none', async () => {
		const sb = sandbox();
		const infosec = policies()[1];
		expect((await call(sb, 'POST', `/policies/${infosec.id}/discard-draft`)).body).toEqual({
			data: {},
		});
		expect(sb.control.policy(sb.companies.tenant, infosec.id)).toMatchObject({
			isLive: true,
			inDraft: false,
			majorVersion: 2,
			minorVersion: 0,
		});
		const again = await call(sb, 'POST', `/policies/${infosec.id}/discard-draft`);
		expect(again.body.error).toEqual({
			code: 'no_draft',
			message: `policy '${infosec.id}' has no draft to discard`,
		});
		const publish = await call(sb, 'POST', `/policies/${infosec.id}/publish-draft`, { body: {} });
		expect(publish.body.error.code).toBe('no_draft');
		expect((await call(sb, 'POST', '/policies/policy_x/discard-draft')).status).toBe(404);
	});

	it('creates a policy from a template', async () => {
		const sb = sandbox();
		const templates = sb.control.policyTemplates(sb.companies.tenant);
		const text = templates.find((t) => t.type === 'text')!;
		await call(sb, 'POST', '/policies/from-template', {
			body: { policyTemplateId: text.id, action: 'saveDraft' },
		});
		expect(policies()[3]).toMatchObject({
			name: text.name,
			type: 'text',
			templateId: text.id,
			isLive: false,
			inDraft: true,
		});
		const otherTemplate = sb.control
			.policyTemplates(sb.companies.other)
			.find((t) => t.source === 'custom')!;
		const foreign = await call(sb, 'POST', '/policies/from-template', {
			body: { policyTemplateId: otherTemplate.id, action: 'publish' },
		});
		expect(foreign.status).toBe(404);
		const noAction = await call(sb, 'POST', '/policies/from-template', {
			body: { policyTemplateId: text.id },
		});
		expect(noAction.body.error.message).toBe('action is required');
	});

	it('assigns, reminds and removes per learner and policy', async () => {
		const sb = sandbox();
		const [aup, , cleanDesk] = policies();
		const assignments = sb.control.policyAssignments(sb.companies.tenant);
		const fresh = { id: sb.control.addLearners(sb.companies.tenant, 1)[0] };
		const signed = assignments.find((a) => a.policyId === aup.id && a.signed)!;

		const assigned = await call(sb, 'POST', '/policy-assignments', {
			body: { policyIds: [aup.id, cleanDesk.id, 'policy_x'], learnerIds: [fresh.id] },
		});
		expect(assigned.body.data).toEqual({
			success: true,
			completed: [{ learnerId: fresh.id, policyId: aup.id }],
			failures: [
				{
					learnerId: fresh.id,
					policyId: cleanDesk.id,
					code: 'policy_not_live',
					message: `policy '${cleanDesk.id}' has no live version`,
				},
			],
			errors: [
				{
					id: 'policy_x',
					kind: 'policy',
					code: 'not_found',
					message: "policy 'policy_x' was not found",
				},
			],
		});
		const results = (
			await call(sb, 'GET', `/learners/${fresh.id}/policy-results?policyId=${aup.id}`)
		).body.data;
		expect(results).toEqual([
			{
				id: expect.stringMatching(/^policy_result_/),
				learnerId: fresh.id,
				policyId: aup.id,
				visit: null,
				signed: null,
				signedOffline: false,
				sentVersionId: aup.liveVersion?.id,
				visitedVersionId: null,
				signedVersionId: null,
			},
		]);

		const reminded = await call(sb, 'POST', '/policy-reminders', {
			body: { policyIds: [aup.id], learnerIds: [fresh.id, signed.learnerId] },
		});
		expect(reminded.body.data.completed).toEqual([{ learnerId: fresh.id, policyId: aup.id }]);
		expect(reminded.body.data.failures[0]).toMatchObject({
			learnerId: signed.learnerId,
			code: 'already_signed',
		});

		await call(sb, 'POST', '/policy-removals', {
			body: { policyIds: [aup.id], learnerIds: [fresh.id] },
		});
		expect(
			(await call(sb, 'GET', `/learners/${fresh.id}/policy-results?policyId=${aup.id}`)).body.data,
		).toEqual([]);
		const unknown = await call(sb, 'POST', '/policy-removals', {
			body: { policyIds: ['p'], learnerIds: [fresh.id] },
		});
		expect(unknown.body.error).toEqual({ code: 'not_found', message: 'unknown policy ID(s): p' });
	});

	it('filters policy results by policyId', async () => {
		const sb = sandbox();
		const [aup, infosec] = policies();
		const both = sb.control
			.learners(sb.companies.tenant)
			.find(
				(l) =>
					sb.control.policyAssignments(sb.companies.tenant).filter((a) => a.learnerId === l.id)
						.length === 2,
			)!;
		expect((await call(sb, 'GET', `/learners/${both.id}/policy-results`)).body.data).toHaveLength(
			2,
		);
		const one = (
			await call(sb, 'GET', `/learners/${both.id}/policy-results?policyId=${infosec.id}`)
		).body.data;
		expect(one.map((r: { policyId: string }) => r.policyId)).toEqual([infosec.id]);
		expect(aup.id).not.toBe(infosec.id);
	});

	it('deletes policies in bulk with a JSON body', async () => {
		const sb = sandbox();
		const [aup, infosec] = policies();
		const res = await call(sb, 'DELETE', '/policies/bulk', {
			body: { policyIds: [aup.id, infosec.id] },
		});
		expect(res.body).toEqual({ data: {} });
		expect(policies().map((p) => p.name)).toEqual(['Clean Desk Policy']);
		expect(sb.control.policyAssignments(sb.companies.tenant)).toEqual([]);
		const unknown = await call(sb, 'DELETE', '/policies/bulk', { body: { policyIds: ['x'] } });
		expect(unknown.status).toBe(404);
		expect((await call(sb, 'GET', `/policies/${aup.id}`)).status).toBe(404);
	});

	it('lists templates with restrictToOwn, publishedOnly and pdfOnly', async () => {
		const sb = sandbox();
		const names = async (query: string) =>
			(await call(sb, 'GET', `/policy-templates${query}`)).body.data.map(
				(t: { name: string }) => t.name,
			);
		expect(await names('')).toHaveLength(6);
		expect(await names('?restrictToOwn=true')).toEqual(['Acme Clean Desk Template']);
		expect(await names('?publishedOnly=true')).not.toContain('Incident Response Policy Template');
		expect(await names('?pdfOnly=true')).not.toContain('Remote Work Policy Template');
		expect(await names('?pdfOnly=true&publishedOnly=true')).toHaveLength(4);
		expect((await call(sb, 'GET', '/policy-templates?restrictToOwn=maybe')).status).toBe(400);
		const own = (await call(sb, 'GET', '/policy-templates?restrictToOwn=true')).body.data[0];
		expect(own).toMatchObject({ source: 'custom', isEditable: true, isLive: true });
		expect(
			(await call(sb, 'GET', `/policy-templates/${own.id}`, { key: sb.keys.other })).status,
		).toBe(404);
		expect((await call(sb, 'GET', `/policy-templates/${own.id}`)).body.data).toMatchObject({
			...own,
			description: expect.any(String),
		});
	});
});
