import type { INodeExecutionData } from 'n8n-workflow';

import {
	RATE_LIMIT_MAX_RETRIES,
	RATE_LIMIT_MAX_WAIT_SECONDS,
} from '../../nodes/SiberMate/transport/retry';
import { byId, calls, json, run, useSandbox } from './shared/sandboxRun';

const ctx = useSandbox();
const LEARNER = 'learner_00001';
const getLearner = (options = {}, id = LEARNER) =>
	run(ctx.sandbox, { resource: 'learner', operation: 'get', learnerId: byId(id) }, options);

/** Every error is checked for the key: none may carry it, in any field. */
function expectNoKey(error: unknown) {
	const serialized = JSON.stringify(error);
	for (const key of Object.values(ctx.sandbox.keys)) expect(serialized).not.toContain(key);
	expect(serialized).not.toContain('sm_wrong_key');
}

describe('API errors: one description per status', () => {
	it('401: points at the API key', async () => {
		const { error } = await getLearner({ apiKey: 'sm_wrong_key' });

		expect(error?.httpCode).toBe('401');
		expect(error?.message).toMatch(/\[unauthorized\]$/);
		expect(error?.description).toBe(
			'Check the API Key of the SiberMate credential: it is missing, revoked or mistyped.',
		);
		expectNoKey(error);
	});

	it('403: explains MSP scope and plan', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'learner',
			operation: 'getAll',
			returnAll: true,
			companyId: byId(ctx.sandbox.companies.childA),
		});

		expect(error?.httpCode).toBe('403');
		expect(error?.description).toContain('pick one of your own child companies');
		expect(error?.description).toContain('your plan or enabled modules');
		expectNoKey(error);
	});

	it('404: points at the ID', async () => {
		const { error } = await getLearner({}, 'learner_missing');

		expect(error?.httpCode).toBe('404');
		expect(error?.message).toMatch(/\[not_found\]$/);
		expect(error?.description).toBe(
			'Check the ID: no such record exists in this organization (or in the chosen company).',
		);
	});

	it.each([
		[413, 'The request or file is larger than the API accepts'],
		[502, 'SiberMate is temporarily unavailable or timed out'],
		[503, 'SiberMate is temporarily unavailable. Try again in a few minutes.'],
		[504, 'SiberMate is temporarily unavailable or timed out'],
	])('%i: says what to do', async (status, description) => {
		ctx.sandbox.control.injectFaults({ status, count: 1 });

		const { error } = await getLearner();

		expect(error?.httpCode).toBe(String(status));
		expect(error?.description).toContain(description);
		expect(calls(ctx.sandbox)).toEqual([`GET /learners/${LEARNER}`]);
		expectNoKey(error);
	});

	it('503 on a breach endpoint: breach data unavailable', async () => {
		ctx.sandbox.control.setBreachUnavailable(ctx.sandbox.companies.tenant, true);

		const { error } = await run(ctx.sandbox, {
			resource: 'learner',
			operation: 'getBreaches',
			learnerId: byId(LEARNER),
		});

		expect(error?.httpCode).toBe('503');
		expect(error?.description).toBe(
			'Breach data is temporarily unavailable for this organization. Try again later.',
		);
	});

	it('503 on /ready: not ready', async () => {
		ctx.sandbox.control.setReady(false);

		const { error } = await run(ctx.sandbox, { resource: 'system', operation: 'checkReadiness' });

		expect(error?.httpCode).toBe('503');
		expect(error?.description).toBe('The SiberMate API is not ready to serve traffic yet.');
	});

	it('an HTML error page gives a clear error', async () => {
		ctx.sandbox.control.injectFaults({ status: 502, html: true, count: 1 });

		const { error } = await getLearner();

		expect(error?.message).toBe(
			'SiberMate answered HTTP 502 with an HTML page instead of an API error [http_502]',
		);
		expect(error?.httpCode).toBe('502');
	});

	it('a dropped connection gives a clear error without the API key', async () => {
		ctx.sandbox.control.injectFaults({ drop: true, count: 1 });

		const { error } = await getLearner();

		expect(error?.message).toMatch(/^Could not complete the request to SiberMate: /);
		expect(error?.description).toBe(
			`GET /learners/${LEARNER} failed before an answer arrived. Check the Base URL of the credential and the network, then retry.`,
		);
		expectNoKey(error);
	});

	it('a dropped connection in a custom operation is just as clean', async () => {
		ctx.sandbox.control.injectFaults({ drop: true, count: 1 });

		const { error } = await run(
			ctx.sandbox,
			{
				resource: 'learner',
				operation: 'createMany',
				email: 'drop.test@acme.example',
				firstName: 'Drop',
				lastName: 'Test',
			},
			{},
		);

		expect(error?.message).toMatch(/^Could not complete the request to SiberMate: /);
		expectNoKey(error);
	});
});

describe('Continue On Fail and the error output', () => {
	const items: INodeExecutionData[] = [
		'learner_00001',
		'bulk',
		'learner_00002',
		'learner_missing_2',
		'learner_00003',
	].map((id) => ({ json: { id } }));
	const parameters = {
		resource: 'learner',
		operation: 'get',
		learnerId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	};

	it('Continue On Fail: each failure on its own item, pairing kept', async () => {
		const { outputs, error } = await run(ctx.sandbox, parameters, { items, continueOnFail: true });

		// One failure is the node's own check (no request), one the API's 404.
		expect(error).toBeUndefined();
		expect(calls(ctx.sandbox)).toHaveLength(4);
		expect(outputs[0].map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
			['learner_00001', { item: 0 }],
			['Learner ID: "bulk" is not an ID', { item: 1 }],
			['learner_00002', { item: 2 }],
			["learner 'learner_missing_2' was not found [not_found]", { item: 3 }],
			['learner_00003', { item: 4 }],
		]);
	});

	it('error output: failures on the second output, pairing kept', async () => {
		const { outputs } = await run(ctx.sandbox, parameters, {
			items,
			onError: 'continueErrorOutput',
		});

		expect(outputs[0].map((item) => [item.json.id, item.pairedItem])).toEqual([
			['learner_00001', { item: 0 }],
			['learner_00002', { item: 2 }],
			['learner_00003', { item: 4 }],
		]);
		expect(outputs[1].map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Learner ID: "bulk" is not an ID', { item: 1 }],
			["learner 'learner_missing_2' was not found [not_found]", { item: 3 }],
		]);
	});
});

describe('429 Retry-After', () => {
	it('waits Retry-After seconds and succeeds', async () => {
		ctx.sandbox.control.injectFaults({ status: 429, retryAfter: 1, count: 1 });

		const { outputs, error } = await getLearner();

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((entry) => entry.status)).toEqual([429, 200]);
		expect(json(outputs[0])[0].id).toBe(LEARNER);
	});

	it('waits until a Retry-After HTTP date and succeeds', async () => {
		const date = new Date(Date.now() + 1000).toUTCString();
		ctx.sandbox.control.injectFaults({ status: 429, retryAfter: date, count: 1 });

		const { error } = await getLearner();

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((entry) => entry.status)).toEqual([429, 200]);
	});

	it('retries the requests of code (list search, bulk) the same way', async () => {
		ctx.sandbox.control.injectFaults({
			status: 429,
			retryAfter: 0,
			count: 1,
			route: '/learners/bulk',
		});

		const { outputs } = await run(ctx.sandbox, {
			resource: 'learner',
			operation: 'createMany',
			email: 'retry.test@acme.example',
			firstName: 'Retry',
			lastName: 'Test',
		});

		expect(calls(ctx.sandbox)).toEqual([
			'POST /learners/bulk',
			'POST /learners/bulk',
			'GET /learners',
		]);
		expect(outputs[0][0].json.success).toBe(true);
	});

	it('fails after the retry cap, saying how long the API asked to wait', async () => {
		ctx.sandbox.control.injectFaults({
			status: 429,
			retryAfter: 0,
			count: RATE_LIMIT_MAX_RETRIES + 1,
		});

		const { error } = await getLearner();

		expect(error?.httpCode).toBe('429');
		expect(calls(ctx.sandbox)).toHaveLength(RATE_LIMIT_MAX_RETRIES + 1);
		expect(error?.description).toContain(
			`Still rate limited after ${RATE_LIMIT_MAX_RETRIES} retries; the last answer asked to wait 0 s (Retry-After 0 s).`,
		);
	});

	it('fails at once when the wait asked for is longer than the node waits', async () => {
		const asked = RATE_LIMIT_MAX_WAIT_SECONDS + 60;
		ctx.sandbox.control.injectFaults({ status: 429, retryAfter: asked, count: 1 });

		const { error } = await getLearner();

		expect(calls(ctx.sandbox)).toHaveLength(1);
		expect(error?.description).toContain(
			`SiberMate asked to wait ${asked} s (Retry-After ${asked} s), longer than the ${RATE_LIMIT_MAX_WAIT_SECONDS} s this node waits.`,
		);
	});
});
