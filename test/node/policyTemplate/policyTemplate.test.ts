import { apiData, json, locator, requests, runPolicy, useSandbox } from '../policy/helpers';

const sandbox = useSandbox();
const bearer = () => `Bearer ${sandbox().keys.tenant}`;

const run = async (parameters: Record<string, unknown>, key?: string) =>
	await runPolicy(sandbox(), parameters, { resource: 'policyTemplate', key });

describe('Policy Template → Get Many', () => {
	it('sends the three filters (false included) and returns all matches', async () => {
		const expected = (await apiData(
			sandbox(),
			'/policy-templates?pdfOnly=true&publishedOnly=false&restrictToOwn=true',
		)) as unknown[];

		const { outputs, error } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { pdfOnly: true, publishedOnly: false, restrictToOwn: '={{ "true" }}' },
		});

		expect(error).toBeUndefined();
		expect(requests(sandbox())).toEqual([
			{
				method: 'GET',
				path: '/policy-templates',
				query: { pdfOnly: 'true', publishedOnly: 'false', restrictToOwn: 'true' },
				body: undefined,
				authorization: bearer(),
			},
		]);
		expect(json(outputs)).toEqual(expected);
		expect(json(outputs)).toEqual([
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
		const expected = (await apiData(sandbox(), '/policy-templates')) as unknown[];

		const { outputs, error } = await run({ operation: 'getAll', limit: 2 });

		expect(error).toBeUndefined();
		expect(requests(sandbox())[0]).toMatchObject({ path: '/policy-templates', query: {} });
		expect(json(outputs)).toEqual(expected.slice(0, 2));
		expect(expected.length).toBeGreaterThan(2);
	});

	it('lists a child company’s templates with an MSP key and the Company scope', async () => {
		const { msp } = sandbox().keys;
		const { childA } = sandbox().companies;
		const expected = await apiData(sandbox(), `/policy-templates?companyId=${childA}`, msp);

		const { outputs, error } = await run(
			{ operation: 'getAll', returnAll: true, companyId: locator(childA) },
			msp,
		);

		expect(error).toBeUndefined();
		expect(requests(sandbox())[0]).toMatchObject({
			path: '/policy-templates',
			query: { companyId: childA },
			authorization: `Bearer ${msp}`,
		});
		expect(json(outputs)).toEqual(expected);
	});
});

describe('Policy Template → Get', () => {
	it('reads one template', async () => {
		const expected = await apiData(sandbox(), '/policy-templates/policy_template_00003');

		const { outputs, error } = await run({
			operation: 'get',
			policyTemplateId: locator('policy_template_00003'),
		});

		expect(error).toBeUndefined();
		expect(requests(sandbox())).toEqual([
			{
				method: 'GET',
				path: '/policy-templates/policy_template_00003',
				query: {},
				body: undefined,
				authorization: bearer(),
			},
		]);
		expect(json(outputs)).toEqual([expected]);
		expect(json(outputs)[0]).toMatchObject({ name: 'Remote Work Policy Template', type: 'text' });
	});

	it('surfaces the API’s 404 for an unknown template', async () => {
		const { error } = await run({
			operation: 'get',
			policyTemplateId: locator('policy_template_99999'),
		});

		expect(error?.message).toBe(
			"policy template 'policy_template_99999' was not found [not_found]",
		);
		expect(error?.httpCode).toBe('404');
	});
});
