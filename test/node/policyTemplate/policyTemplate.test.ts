import { apiData, byId, json, requests, runner, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const bearer = () => `Bearer ${ctx.sandbox.keys.tenant}`;

const run = runner(ctx, 'policyTemplate');

describe('Policy Template → Get Many', () => {
	it('sends the three filters (false included) and returns all matches', async () => {
		const expected = (await apiData(
			ctx.sandbox,
			'/policy-templates?pdfOnly=true&publishedOnly=false&restrictToOwn=true',
		)) as unknown[];

		const { outputs, error } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { pdfOnly: true, publishedOnly: false, restrictToOwn: '={{ "true" }}' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/policy-templates',
				query: { pdfOnly: 'true', publishedOnly: 'false', restrictToOwn: 'true' },
				body: undefined,
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual(expected);
		expect(json(outputs[0])).toEqual([
			{
				id: 'policy_template_00006',
				name: 'Acme Clean Desk Template',
				type: 'pdf',
				source: 'custom',
				category: expect.any(String),
				locales: expect.any(Array),
				isEditable: true,
				isLive: true,
			},
		]);
	});

	it('cuts to Limit without filters', async () => {
		const expected = (await apiData(ctx.sandbox, '/policy-templates')) as unknown[];

		const { outputs, error } = await run({ operation: 'getAll', limit: 2 });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)[0]).toMatchObject({ path: '/policy-templates', query: {} });
		expect(json(outputs[0])).toEqual(expected.slice(0, 2));
		expect(expected.length).toBeGreaterThan(2);
	});

	it('lists a child company’s templates with an MSP key and the Company scope', async () => {
		const { msp } = ctx.sandbox.keys;
		const { childA } = ctx.sandbox.companies;
		const expected = await apiData(ctx.sandbox, `/policy-templates?companyId=${childA}`, msp);

		const { outputs, error } = await run(
			{ operation: 'getAll', returnAll: true, companyId: byId(childA) },
			{ apiKey: msp },
		);

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)[0]).toMatchObject({
			path: '/policy-templates',
			query: { companyId: childA },
			authorization: `Bearer ${msp}`,
		});
		expect(json(outputs[0])).toEqual(expected);
	});
});

describe('Policy Template → Get', () => {
	it('reads one template', async () => {
		const expected = await apiData(ctx.sandbox, '/policy-templates/policy_template_00003');

		const { outputs, error } = await run({
			operation: 'get',
			policyTemplateId: byId('policy_template_00003'),
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/policy-templates/policy_template_00003',
				query: {},
				body: undefined,
				authorization: bearer(),
			},
		]);
		expect(json(outputs[0])).toEqual([expected]);
		expect(json(outputs[0])[0]).toMatchObject({
			name: 'Remote Work Policy Template',
			type: 'text',
		});
	});

	it('surfaces the API’s 404 for an unknown template', async () => {
		const { error } = await run({
			operation: 'get',
			policyTemplateId: byId('policy_template_99999'),
		});

		expect(error?.message).toBe(
			"policy template 'policy_template_99999' was not found [not_found]",
		);
		expect(error?.httpCode).toBe('404');
	});
});
