import { buildPdf } from '../../fixtures/pdf/build';
import { useBinaryMode, type BinaryMode, type BinaryStore } from '../../harness/binary';
import { apiData, byId, json, requests, runner, useSandbox } from '../shared/sandboxRun';
import { sha256 } from './helpers';

const ctx = useSandbox();
const policy = runner(ctx, 'policy');
const tenant = () => ctx.sandbox.companies.tenant;
const bearer = () => `Bearer ${ctx.sandbox.keys.tenant}`;
const lastUploadKey = () => String(ctx.sandbox.control.uploads().pop()?.key);

/** A file key uploaded straight to the API, as a previous Upload PDF step would give. */
async function uploadedKey(): Promise<string> {
	const form = new FormData();
	form.append('file', new Blob([new Uint8Array(buildPdf({ version: '1.7' }))]), 'earlier.pdf');
	const response = await fetch(`${ctx.sandbox.baseUrl}/policies/upload`, {
		method: 'POST',
		headers: { Authorization: bearer() },
		body: form,
	});
	const { data } = (await response.json()) as { data: { fileKey: string } };
	ctx.sandbox.control.clearLog();
	return data.fileKey;
}

describe.each<BinaryMode>(['default', 'filesystem'])(
	'Policy → Create / Update from a binary PDF (%s binary mode)',
	(mode) => {
		let store: BinaryStore;
		beforeAll(async () => {
			store = await useBinaryMode(mode);
		});
		afterAll(async () => await store.close());

		it('uploads the PDF, creates the policy with the returned key and outputs it (API answers {})', async () => {
			const bytes = buildPdf({ version: '2.0' });
			const name = `Remote Access Policy (${mode})`;

			const { outputs, error } = await policy(
				{ operation: 'create', name, pdfSource: 'binary', action: 'saveDraft' },
				{ items: [await store.item({ bytes, fileName: 'remote.pdf' })] },
			);

			expect(error).toBeUndefined();
			const key = lastUploadKey();
			const log = ctx.sandbox.control.requestLog;
			expect(log[0].upload).toMatchObject({ filename: 'remote.pdf', sha256: sha256(bytes) });
			expect(requests(ctx.sandbox).slice(1)).toEqual([
				{
					method: 'POST',
					path: '/policies',
					query: {},
					body: { name, action: 'saveDraft', pdfFile: key },
					authorization: bearer(),
				},
				{ method: 'GET', path: '/policies', query: {}, body: undefined, authorization: bearer() },
			]);
			const created = ctx.sandbox.control.policies(tenant()).find((policy) => policy.name === name);
			expect(created?.draftVersion?.pdfFile).toBe(key);
			const listed = (await apiData(ctx.sandbox, '/policies')) as Array<{ id: string }>;
			expect(json(outputs[0])).toEqual([listed.find((policy) => policy.id === created?.id)]);
		});

		it('outputs the record the API answers with, without a lookup', async () => {
			ctx.sandbox.control.setCreateReturnsRecord(true);
			const name = `Travel Policy (${mode})`;

			const { outputs, error } = await policy(
				{ operation: 'create', name, pdfSource: 'binary', action: 'publish' },
				{ items: [await store.item({ bytes: buildPdf({ version: '1.4' }) })] },
			);

			expect(error).toBeUndefined();
			expect(ctx.sandbox.control.requestLog.map((e) => [e.method, e.path])).toEqual([
				['POST', '/policies/upload'],
				['POST', '/policies'],
			]);
			const created = ctx.sandbox.control.policies(tenant()).find((policy) => policy.name === name);
			expect(created).toMatchObject({ isLive: true, liveVersion: { pdfFile: lastUploadKey() } });
			expect(json(outputs[0])).toEqual([created]);
		});

		it('saves a new PDF version on Update from a binary PDF', async () => {
			const bytes = buildPdf({ version: '1.7', text: 'revised' });
			const { outputs, error } = await policy(
				{
					operation: 'update',
					policyId: byId('policy_00001'),
					pdfSource: 'binary',
					binaryPropertyName: 'revision',
					action: 'publish',
					additionalFields: { major: true, resend: false },
				},
				{ items: [await store.item({ bytes, fileName: 'aup-v2.pdf' }, { property: 'revision' })] },
			);

			expect(error).toBeUndefined();
			const key = lastUploadKey();
			expect(ctx.sandbox.control.requestLog[0].upload).toMatchObject({ sha256: sha256(bytes) });
			expect(requests(ctx.sandbox).slice(1)).toEqual([
				{
					method: 'PATCH',
					path: '/policies/policy_00001',
					query: {},
					body: { action: 'publish', major: true, resend: false, pdfFile: key },
					authorization: bearer(),
				},
			]);
			expect(ctx.sandbox.control.policy(tenant(), 'policy_00001')?.liveVersion?.pdfFile).toBe(key);
			expect(json(outputs[0])).toEqual([{ success: true }]);
		});

		it('stops with the API’s answer when the upload fails, creating nothing', async () => {
			ctx.sandbox.control.injectFaults({ count: 1, status: 411, route: '/policies/upload' });

			const { error } = await policy(
				{ operation: 'create', name: 'Not Created', pdfSource: 'binary', action: 'saveDraft' },
				{ items: [await store.item({ bytes: buildPdf({ version: '1.7' }) })] },
			);

			expect(requests(ctx.sandbox).map((r) => [r.method, r.path])).toEqual([
				['POST', '/policies/upload'],
			]);
			expect(error?.message).toBe('injected fault: Length Required [length_required]');
			expect(error?.description).toBe(
				'The upload reached the API without a Content-Length. Send the file from a binary property of the input item.',
			);
			expect(error?.httpCode).toBe('411');
		});

		it('checks every field before uploading anything', async () => {
			const { error } = await policy(
				{
					operation: 'create',
					name: 'Never Sent',
					pdfSource: 'binary',
					action: 'saveDraft',
					additionalFields: { signatureSettings: { intervalLength: 0 } },
				},
				{ items: [await store.item({ bytes: buildPdf({ version: '1.4' }) })] },
			);

			expect(ctx.sandbox.control.requestLog).toEqual([]);
			expect(error?.message).toBe('Signature Settings: "0" is not a valid intervalLength');
			expect(error?.description).toBe(
				'Enter a positive whole number (parameter "additionalFields.signatureSettings.intervalLength").',
			);
		});
	},
);

describe('Policy → Create', () => {
	it('sends every documented field typed, from a file key uploaded earlier', async () => {
		const key = await uploadedKey();

		const { outputs, error } = await policy(
			{
				operation: 'create',
				name: '={{ $json.title }}',
				pdfSource: 'fileKey',
				pdfFile: '={{ $json.fileKey }}',
				action: 'publish',
				additionalFields: {
					category: 'security',
					isPublic: '={{ "true" }}',
					majorVersion: '={{ "3" }}',
					minorVersion: 0,
					ownerEmail: 'ciso@acme.example',
					ownerName: 'Chief Security Officer',
					signatureSettings: {
						type: 'lastSignature',
						startDate: '2026-07-01T22:30:00.000+02:00',
						intervalLength: '={{ "2" }}',
						intervalUnit: 'years',
						useDefault: false,
						setDefault: '={{ "TRUE" }}',
					},
				},
			},
			{ items: [{ json: { title: 'Encryption Policy', fileKey: key } }] },
		);

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)[0]).toEqual({
			method: 'POST',
			path: '/policies',
			query: {},
			body: {
				name: 'Encryption Policy',
				action: 'publish',
				pdfFile: key,
				category: 'security',
				isPublic: true,
				majorVersion: 3,
				minorVersion: 0,
				ownerEmail: 'ciso@acme.example',
				ownerName: 'Chief Security Officer',
				signatureSettings: {
					type: 'lastSignature',
					startDate: '2026-07-01',
					intervalLength: 2,
					intervalUnit: 'years',
					useDefault: false,
					setDefault: true,
				},
			},
			authorization: bearer(),
		});
		const created = ctx.sandbox.control
			.policies(tenant())
			.find((policy) => policy.name === 'Encryption Policy');
		expect(created).toMatchObject({ isLive: true, majorVersion: 3, minorVersion: 0 });
		expect(json(outputs[0])).toEqual([
			{
				id: created?.id,
				name: 'Encryption Policy',
				type: 'pdf',
				isLive: true,
				inDraft: false,
				majorVersion: 3,
				minorVersion: 0,
				category: 'security',
				isPublic: true,
			},
		]);
	});

	it.each([
		[
			{ signatureSettings: { startDate: '2026-07-01' } },
			'Signature Settings: add a Type',
			'The API requires a signature type (fixed, lastSignature, newUsers, none) whenever signature settings are sent.',
		],
		[
			{ signatureSettings: { type: '={{ "monthly" }}' } },
			'Signature Settings: "monthly" is not a valid type',
			'Enter fixed, lastSignature, newUsers, none (parameter "additionalFields.signatureSettings.type").',
		],
		[
			{ ownerEmail: 'ciso at acme' },
			'Owner Email: "ciso at acme" is not an email address',
			'Enter an email address (parameter "additionalFields.ownerEmail")',
		],
	])('refuses %j locally', async (additionalFields, message, description) => {
		const { error } = await policy({
			operation: 'create',
			name: 'Rejected',
			pdfSource: 'fileKey',
			pdfFile: 'upload_any',
			action: 'saveDraft',
			additionalFields,
		});

		expect(ctx.sandbox.control.requestLog).toEqual([]);
		expect(error?.message).toBe(message);
		expect(error?.description).toBe(description);
	});

	it('refuses an empty name or file key from an expression locally', async () => {
		const noName = await policy({
			operation: 'create',
			name: '={{ $json.missing }}',
			pdfSource: 'fileKey',
			pdfFile: 'upload_any',
			action: 'saveDraft',
		});
		const noKey = await policy({
			operation: 'create',
			name: 'No Key',
			pdfSource: 'fileKey',
			pdfFile: '={{ $json.fileKey }}',
			action: 'saveDraft',
		});

		expect(ctx.sandbox.control.requestLog).toEqual([]);
		expect(noName.error?.message).toBe('Name: enter a value');
		expect(noKey.error?.message).toBe('File Key: enter the key of an uploaded PDF');
	});

	it('sends another action given by an expression and surfaces the API’s answer', async () => {
		const key = await uploadedKey();

		const { error } = await policy({
			operation: 'create',
			name: 'Archived Policy',
			pdfSource: 'fileKey',
			pdfFile: key,
			action: '={{ "archive" }}',
		});

		expect(requests(ctx.sandbox).map((r) => r.body)).toEqual([
			{ name: 'Archived Policy', action: 'archive', pdfFile: key },
		]);
		expect(error?.message).toBe('action must be one of saveDraft, publish [validation_error]');
		expect(error?.httpCode).toBe('400');
	});

	it('surfaces the API’s 400 for a file key it does not know', async () => {
		const { error } = await policy({
			operation: 'create',
			name: 'Unknown File',
			pdfSource: 'fileKey',
			pdfFile: 'upload_unknown',
			action: 'saveDraft',
		});

		expect(error?.message).toBe(
			"pdfFile 'upload_unknown' is not a file key returned by POST /policies/upload [unknown_upload]",
		);
		expect(error?.httpCode).toBe('400');
	});
});

describe('Policy → Update', () => {
	it('changes only the given fields and keeps the PDF', async () => {
		const { outputs, error } = await policy({
			operation: 'update',
			policyId: byId('policy_00003'),
			action: 'saveDraft',
			additionalFields: {
				name: 'Clear Desk Policy',
				isPublic: false,
				signatureSettings: { type: 'none' },
			},
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'PATCH',
				path: '/policies/policy_00003',
				query: {},
				body: {
					action: 'saveDraft',
					name: 'Clear Desk Policy',
					isPublic: false,
					signatureSettings: { type: 'none' },
				},
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
		expect(ctx.sandbox.control.policy(tenant(), 'policy_00003')).toMatchObject({
			name: 'Clear Desk Policy',
			signatureSettings: { type: 'none' },
		});
	});

	it('refuses a policy ID that names another endpoint', async () => {
		const { error } = await policy({
			operation: 'update',
			policyId: byId('upload'),
			action: 'saveDraft',
		});

		expect(ctx.sandbox.control.requestLog).toEqual([]);
		expect(error?.message).toBe('Policy ID: "upload" is not an ID');
	});
});

describe('Policy → Create From Template', () => {
	it('creates from a template under a new name and outputs the new policy', async () => {
		const { outputs, error } = await policy({
			operation: 'createFromTemplate',
			policyTemplateId: byId('policy_template_00002'),
			action: 'publish',
			additionalFields: { name: 'Password Rules', majorVersion: 2, category: 'security' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/policies/from-template',
				query: {},
				body: {
					policyTemplateId: 'policy_template_00002',
					action: 'publish',
					name: 'Password Rules',
					majorVersion: 2,
					category: 'security',
				},
				authorization: bearer(),
			},
			{ method: 'GET', path: '/policies', query: {}, body: undefined, authorization: bearer() },
		]);
		const created = ctx.sandbox.control
			.policies(tenant())
			.find((policy) => policy.name === 'Password Rules');
		expect(json(outputs[0])).toEqual([
			{
				id: created?.id,
				name: 'Password Rules',
				type: 'pdf',
				isLive: true,
				inDraft: false,
				majorVersion: 2,
				minorVersion: 0,
				category: 'security',
				isPublic: false,
			},
		]);
	});

	it('finds the new policy by the template’s name when no name is given', async () => {
		const { outputs, error } = await policy({
			operation: 'createFromTemplate',
			policyTemplateId: byId('policy_template_00003'),
			action: 'saveDraft',
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox).map((r) => [r.method, r.path, r.body])).toEqual([
			[
				'POST',
				'/policies/from-template',
				{ policyTemplateId: 'policy_template_00003', action: 'saveDraft' },
			],
			['GET', '/policy-templates/policy_template_00003', undefined],
			['GET', '/policies', undefined],
		]);
		expect(json(outputs[0])).toEqual([
			expect.objectContaining({
				name: 'Remote Work Policy Template',
				type: 'text',
				isLive: false,
				inDraft: true,
			}),
		]);
		const ids = ctx.sandbox.control
			.policies(tenant())
			.filter((policy) => policy.name === 'Remote Work Policy Template')
			.map((policy) => policy.id);
		expect(ids).toEqual([json(outputs[0])[0].id]);
	});

	it('outputs the record the API answers with, without a lookup', async () => {
		ctx.sandbox.control.setCreateReturnsRecord(true);

		const { outputs, error } = await policy({
			operation: 'createFromTemplate',
			policyTemplateId: byId('policy_template_00006'),
			action: 'saveDraft',
		});

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((e) => e.path)).toEqual(['/policies/from-template']);
		const [output] = json(outputs[0]);
		expect(output).toEqual(ctx.sandbox.control.policy(tenant(), String(output.id)));
		expect(output).toMatchObject({
			name: 'Acme Clean Desk Template',
			templateId: 'policy_template_00006',
		});
	});
});
