import { apiData, calls, json, run, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const company = (parameters: Record<string, unknown>, options = {}) =>
	run(ctx.sandbox, { resource: 'company', ...parameters } as never, options);

describe('company', () => {
	it.each([
		['get', '/company'],
		['getFeatures', '/company/features'],
	])('%s reads %s', async (operation, path) => {
		const expected = await apiData(ctx.sandbox, path);

		const { outputs } = await company({ operation });

		expect(calls(ctx.sandbox)).toEqual([`GET ${path}`]);
		expect(ctx.sandbox.control.requestLog[0].headers.authorization).toBe(
			`Bearer ${ctx.sandbox.keys.tenant}`,
		);
		expect(json(outputs[0])).toEqual([expected]);
	});

	it('lists the child companies of an MSP key, up to Limit', async () => {
		const all = (await apiData(ctx.sandbox, '/companies', ctx.sandbox.keys.msp)) as unknown[];

		const { outputs } = await company(
			{ operation: 'getAll', limit: 1 },
			{ apiKey: ctx.sandbox.keys.msp },
		);
		const every = await company(
			{ operation: 'getAll', returnAll: true },
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(all).toHaveLength(2);
		expect(json(outputs[0])).toEqual(all.slice(0, 1));
		expect(json(every.outputs[0])).toEqual(all);
	});

	it('explains the 403 a plain tenant key gets for Get Many', async () => {
		const { error } = await company({ operation: 'getAll', returnAll: true });

		expect(error?.httpCode).toBe('403');
		expect(error?.description).toContain('/companies needs an MSP or Distributor key');
	});
});
