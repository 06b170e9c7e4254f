import { parseRetryAfter } from '../../nodes/SiberMate/transport/retry';
import { byId, calls, json, run, useSandbox } from './shared/sandboxRun';

const ctx = useSandbox();

describe('answers that are not the API', () => {
	it.each([
		['an HTML page with status 200', { count: 1, html: true, status: 200 }],
		['a JSON object without the data envelope', { count: 1, status: 200, json: { ok: 1 } }],
	])('refuses %s on a declarative read', async (_label, fault) => {
		ctx.sandbox.control.injectFaults(fault);

		const { outputs, error } = await run(ctx.sandbox, {
			resource: 'group',
			operation: 'getAll',
			returnAll: true,
		});

		expect(outputs).toEqual([]);
		expect(error?.message).toMatch(/^SiberMate answered HTTP 200 with .+ \[unexpected_answer\]$/);
		expect(error?.description).toContain('Check that the Base URL of the credential');
		expect(calls(ctx.sandbox)).toEqual(['GET /groups']);
	});

	it('refuses an HTML page with status 200 on a request made from code', async () => {
		ctx.sandbox.control.injectFaults({ count: 1, html: true, status: 200 });

		const { error } = await run(ctx.sandbox, {
			resource: 'learner',
			operation: 'get',
			learnerId: { __rl: true, mode: 'email', value: 'nobody@acme.example' },
		});

		expect(error?.message).toBe(
			'SiberMate answered HTTP 200 with an HTML page [unexpected_answer]',
		);
		expect(calls(ctx.sandbox)).toEqual(['GET /learners']);
	});
});

describe('base URL', () => {
	it('points at the Base URL when a web server, not the API, answers 404', async () => {
		ctx.sandbox.control.injectFaults({ count: 1, html: true, status: 404 });

		const { error } = await run(ctx.sandbox, {
			resource: 'group',
			operation: 'getAll',
			returnAll: true,
		});

		expect(error?.message).toBe(
			'SiberMate answered HTTP 404 with an HTML page instead of an API error [http_404]',
		);
		expect(error?.description).toBe(
			'Check that the Base URL of the credential points at the SiberMate API (it ends in /v1) and that no proxy or login page answers in its place.',
		);
	});

	it('ignores surrounding spaces and trailing slashes', async () => {
		const { outputs, error } = await run(
			ctx.sandbox,
			{ resource: 'learner', operation: 'get', learnerId: byId('learner_00001') },
			{},
		);
		expect(error).toBeUndefined();

		const { runNode } = await import('../harness');
		const spaced = await runNode({
			parameters: { resource: 'learner', operation: 'get', learnerId: byId('learner_00001') },
			credentials: { apiKey: ctx.sandbox.keys.tenant, baseUrl: ` ${ctx.sandbox.baseUrl}// ` },
		});

		expect(spaced.error).toBeUndefined();
		expect(json(spaced.outputs[0])).toEqual(json(outputs[0]));
		expect(calls(ctx.sandbox)).toEqual([
			'GET /learners/learner_00001',
			'GET /learners/learner_00001',
		]);
	});
});

describe('Retry-After parsing', () => {
	const now = Date.parse('2026-06-15T09:00:00.000Z');

	it.each([
		['3', 3],
		['0', 0],
		['1.5', 2],
		[' 7 ', 7],
		['Mon, 15 Jun 2026 09:00:30 GMT', 30],
		['Mon, 15 Jun 2026 08:00:00 GMT', 0],
		['soon 2030', undefined],
		['99999999999999999999', undefined],
		['-5', undefined],
		['soon', undefined],
		['', undefined],
		[undefined, undefined],
	])('reads %p as %p seconds', (value, seconds) => {
		expect(parseRetryAfter(value, now)).toBe(seconds);
	});
});

describe('Get Many', () => {
	it('reads Return All and Limit given as text by expressions', async () => {
		const { outputs, error } = await run(ctx.sandbox, {
			resource: 'group',
			operation: 'getAll',
			returnAll: '={{ "false" }}',
			limit: '={{ "2" }}',
		});

		expect(error).toBeUndefined();
		expect(outputs[0]).toHaveLength(2);
		expect(calls(ctx.sandbox)).toEqual(['GET /groups']);
	});
});
