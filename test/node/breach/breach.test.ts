import { apiData, json, requests, runner, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const run = runner(ctx, 'breach');

describe('Breach → Get Many Accounts', () => {
	it('lists exposed accounts, cut to Limit', async () => {
		const all = (await apiData(ctx.sandbox, '/breaches/accounts')) as unknown[];

		const { outputs, error } = await run({ operation: 'getAllAccounts', limit: 5 });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/breaches/accounts',
				query: {},
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual(all.slice(0, 5));
	});

	it('sends accountType=employee, which the API answers with active learners', async () => {
		const expected = (await apiData(
			ctx.sandbox,
			'/breaches/accounts?accountType=employee',
		)) as Array<{
			accountType: string;
		}>;

		const { outputs, error } = await run({
			operation: 'getAllAccounts',
			returnAll: true,
			filters: { accountType: 'employee' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox).map((request) => request.query)).toEqual([
			{ accountType: 'employee' },
		]);
		expect(json(outputs[0])).toEqual(expected);
		expect(new Set(expected.map((account) => account.accountType))).toEqual(
			new Set(['activeLearner']),
		);
	});

	it('rejects an account type from an expression that the API does not know', async () => {
		const { error } = await run({
			operation: 'getAllAccounts',
			filters: { accountType: '={{ "contractor" }}' },
		});

		expect(error?.message).toBe('Account Type: "contractor" is not an allowed value');
		expect(error?.description).toBe(
			'Use one of activeLearner, employee, inactiveLearner, nonLearner (parameter "filters.accountType")',
		);
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});

	it('maps the 503 of unavailable breach data', async () => {
		ctx.sandbox.control.setBreachUnavailable(ctx.sandbox.companies.tenant, true);
		try {
			const { error } = await run({ operation: 'getAllAccounts' });

			expect(error?.description).toBe(
				'Breach data is temporarily unavailable for this organization. Try again later.',
			);
			expect(error?.message).toMatch(/\[breach_unavailable\]$/);
			expect(JSON.stringify(error)).not.toContain(ctx.sandbox.keys.tenant);
		} finally {
			ctx.sandbox.control.setBreachUnavailable(ctx.sandbox.companies.tenant, false);
		}
	});
});

describe('Breach → Get Many Services', () => {
	it('sends hasAffectedAccounts=false and an account type from an expression', async () => {
		const expected = await apiData(
			ctx.sandbox,
			'/breaches/services?accountType=inactiveLearner&hasAffectedAccounts=false',
		);

		const { outputs, error } = await run({
			operation: 'getAllServices',
			returnAll: true,
			filters: { accountType: '={{ "inactiveLearner" }}', hasAffectedAccounts: false },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/breaches/services',
				query: { accountType: 'inactiveLearner', hasAffectedAccounts: 'false' },
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual(expected);
	});

	it('casts hasAffectedAccounts from an expression', async () => {
		const { error } = await run({
			operation: 'getAllServices',
			filters: { hasAffectedAccounts: '={{ "TRUE" }}' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox).map((request) => request.query)).toEqual([
			{ hasAffectedAccounts: 'true' },
		]);
	});

	it.each([
		[{ accountType: '={{ "everyone" }}' }, 'Account Type: "everyone" is not an allowed value'],
		[
			{ hasAffectedAccounts: '={{ "maybe" }}' },
			'Has Affected Accounts: "maybe" is not true or false',
		],
	])('rejects %p before any request', async (filters, message) => {
		const { error } = await run({ operation: 'getAllServices', filters });

		expect(error?.message).toBe(message);
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});

	it.each(['getAllAccounts', 'getAllServices'])(
		'%s reads a child company when the MSP Company scope is set',
		async (operation) => {
			const { childA } = ctx.sandbox.companies;

			const { error } = await run(
				{ operation, companyId: { __rl: true, mode: 'list', value: childA } },
				{ apiKey: ctx.sandbox.keys.msp },
			);

			expect(error).toBeUndefined();
			expect(ctx.sandbox.control.requestLog.map((entry) => [entry.query, entry.status])).toEqual([
				[{ companyId: childA }, 200],
			]);
		},
	);
});
