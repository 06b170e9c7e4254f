import { request as httpRequest } from 'http';

import { startSandbox } from '../../sandbox';
import { call, controlCall, useSandbox } from './helpers';

describe('sandbox platform', () => {
	const sandbox = useSandbox();

	describe('auth', () => {
		it('answers 401 without a key and with an unknown key', async () => {
			const sb = sandbox();
			const missing = await call(sb, 'GET', '/learners', { key: null });
			expect(missing.status).toBe(401);
			expect(missing.body.error.code).toBe('unauthorized');
			const unknown = await call(sb, 'GET', '/learners', { key: 'sm_test_nope' });
			expect(unknown.status).toBe(401);
			expect(unknown.body).toEqual({
				error: { code: 'unauthorized', message: 'API key is not valid' },
			});
			expect(unknown.text).not.toContain('sm_test_nope');
		});

		it('serves /health, /ready and /openapi.json without a key', async () => {
			const sb = sandbox();
			for (const path of ['/health', '/ready', '/openapi.json']) {
				expect((await call(sb, 'GET', path, { key: null })).status).toBe(200);
			}
		});

		it('maps each key to its organization', async () => {
			const sb = sandbox();
			expect((await call(sb, 'GET', '/company')).body.data.id).toBe(sb.companies.tenant);
			expect((await call(sb, 'GET', '/company', { key: sb.keys.msp })).body.data.accountType).toBe(
				'msp',
			);
			expect(
				(await call(sb, 'GET', '/company', { key: sb.keys.other })).body.data.plan.domain,
			).toBe('umbrella.example');
		});
	});

	describe('tenancy', () => {
		it('lists the MSP children and refuses /companies to a plain tenant', async () => {
			const sb = sandbox();
			const list = await call(sb, 'GET', '/companies', { key: sb.keys.msp });
			expect(list.body.data).toEqual([
				{
					id: sb.companies.childA,
					name: 'Globex Corporation',
					domain: 'globex.example',
					learnerCount: 60,
				},
				{ id: sb.companies.childB, name: 'Initech', domain: 'initech.example', learnerCount: 40 },
			]);
			const refused = await call(sb, 'GET', '/companies');
			expect(refused.status).toBe(403);
			expect(refused.body.error.code).toBe('forbidden');
		});

		it('scopes reads to a child company and refuses foreign companies', async () => {
			const sb = sandbox();
			const child = await call(sb, 'GET', `/learners?companyId=${sb.companies.childA}`, {
				key: sb.keys.msp,
			});
			expect(child.body.data).toHaveLength(60);
			expect(child.body.data[0].email).toMatch(/@globex\.example$/);
			const own = await call(sb, 'GET', '/learners', { key: sb.keys.msp });
			expect(own.body.data[0].email).toMatch(/@msp\.example$/);

			const foreign = await call(sb, 'GET', `/learners?companyId=${sb.companies.other}`, {
				key: sb.keys.msp,
			});
			expect(foreign.status).toBe(403);
			const byTenant = await call(sb, 'GET', `/groups?companyId=${sb.companies.childA}`);
			expect(byTenant.status).toBe(403);
			const ownId = await call(sb, 'GET', `/groups?companyId=${sb.companies.tenant}`);
			expect(ownId.status).toBe(200);
		});

		it('honours companyId on every read that declares it', async () => {
			const sb = sandbox();
			const childLearner = sb.control.learners(sb.companies.childA)[0].id;
			const childPolicy = sb.control.policies(sb.companies.childA)[0].id;
			const childSim = sb.control.simulations(sb.companies.childA)[0].id;
			const childGroup = sb.control.groups(sb.companies.childA)[0].id;
			const template = sb.control.policyTemplates(sb.companies.childA)[0].id;
			const paths = [
				'/learners',
				`/learners/${childLearner}`,
				`/learners/${childLearner}/breaches`,
				`/learners/${childLearner}/course-results`,
				`/learners/${childLearner}/gap-analysis-results`,
				`/learners/${childLearner}/policy-results`,
				`/learners/${childLearner}/simulation-queue`,
				`/learners/${childLearner}/simulation-results`,
				'/groups',
				`/groups/${childGroup}`,
				'/reports/course-participation',
				'/reports/course-results',
				'/reports/gap-analysis-results',
				'/reports/learning',
				'/reports/risk-score-history',
				'/policies',
				`/policies/${childPolicy}`,
				'/policy-templates',
				`/policy-templates/${template}`,
				'/simulations',
				`/simulations/${childSim}`,
				'/simulations/metrics',
				'/breaches/accounts',
				'/breaches/services',
			];
			expect(paths).toHaveLength(24);
			for (const path of paths) {
				const scoped = await call(sb, 'GET', `${path}?companyId=${sb.companies.childA}`, {
					key: sb.keys.msp,
				});
				expect([path, scoped.status]).toEqual([path, 200]);
				const refused = await call(sb, 'GET', `${path}?companyId=${sb.companies.childA}`, {
					key: sb.keys.other,
				});
				expect([path, refused.status]).toEqual([path, 403]);
			}
			const unscoped = await call(sb, 'GET', `/learners/${childLearner}`, { key: sb.keys.msp });
			expect(unscoped.status).toBe(404);
		});

		it('keeps writes on the key organization', async () => {
			const sb = sandbox();
			const res = await call(sb, 'POST', `/learners?companyId=${sb.companies.childA}`, {
				key: sb.keys.msp,
				body: { email: 'new.hire@msp.example', firstName: 'New', lastName: 'Hire' },
			});
			expect(res.status).toBe(200);
			expect(sb.control.findLearnerByEmail(sb.companies.msp, 'new.hire@msp.example')).toBeDefined();
			expect(
				sb.control.findLearnerByEmail(sb.companies.childA, 'new.hire@msp.example'),
			).toBeUndefined();
		});
	});

	describe('routing', () => {
		it('answers 404 not_found for unknown routes and IDs', async () => {
			const sb = sandbox();
			const route = await call(sb, 'GET', '/nope');
			expect(route.status).toBe(404);
			expect(route.body.error.code).toBe('not_found');
			const id = await call(sb, 'GET', '/learners/learner_99999');
			expect(id.body).toEqual({
				error: { code: 'not_found', message: "learner 'learner_99999' was not found" },
			});
		});

		it('never reads a literal segment as an ID', async () => {
			const sb = sandbox();
			for (const path of [
				'/learners/bulk',
				'/learners/activate',
				'/learners/deactivate',
				'/simulations/metrics',
			]) {
				await call(sb, 'GET', path);
			}
			await call(sb, 'GET', '/policies/bulk');
			await call(sb, 'GET', '/policies/upload');
			await call(sb, 'GET', '/policies/from-template');
			await call(sb, 'PATCH', '/learners/bulk', { body: { firstName: 'a', lastName: 'b' } });
			const routes = sb.control.requestLog.map((e) => [e.path, e.route, e.status]);
			expect(routes).toEqual([
				['/learners/bulk', null, 404],
				['/learners/activate', null, 404],
				['/learners/deactivate', null, 404],
				['/simulations/metrics', '/simulations/metrics', 200],
				['/policies/bulk', null, 404],
				['/policies/upload', null, 404],
				['/policies/from-template', null, 404],
				['/learners/bulk', null, 404],
			]);
		});

		it('decodes an encoded slash into the ID instead of following it', async () => {
			const sb = sandbox();
			const res = await call(sb, 'GET', '/learners/..%2Fcompanies');
			expect(res.status).toBe(404);
			expect(res.body.error.message).toBe("learner '../companies' was not found");
			const entry = sb.control.requestLog[0];
			expect(entry).toMatchObject({
				path: '/learners/..%2Fcompanies',
				route: '/learners/{learnerId}',
				params: { learnerId: '../companies' },
			});
		});

		it('does not normalise dot segments sent on the raw socket', async () => {
			const sb = sandbox();
			const status = await new Promise<number>((resolve, reject) => {
				const req = httpRequest(
					{
						host: '127.0.0.1',
						port: new URL(sb.baseUrl).port,
						method: 'GET',
						path: '/v1/learners/../companies',
						headers: { authorization: `Bearer ${sb.keys.tenant}` },
					},
					(res) => {
						res.resume();
						resolve(res.statusCode ?? 0);
					},
				);
				req.on('error', reject);
				req.end();
			});
			expect(status).toBe(404);
			expect(sb.control.requestLog[0].path).toBe('/learners/../companies');
		});
	});

	describe('bodies', () => {
		it('answers 400 invalid_json for malformed JSON', async () => {
			const sb = sandbox();
			const res = await call(sb, 'POST', '/groups', {
				rawBody: '{"name":',
				headers: { 'content-type': 'application/json' },
			});
			expect(res.status).toBe(400);
			expect(res.body.error.code).toBe('invalid_json');
		});

		it('answers 413 payload_too_large above 1 MiB', async () => {
			const sb = sandbox();
			const res = await call(sb, 'POST', '/groups', { body: { name: 'x'.repeat(1024 * 1024) } });
			expect(res.status).toBe(413);
			expect(res.body.error.code).toBe('payload_too_large');
			expect((await call(sb, 'GET', '/groups')).body.data).toHaveLength(9);
		});

		it('answers 400 validation_error naming the field', async () => {
			const sb = sandbox();
			const res = await call(sb, 'POST', '/groups', { body: { managerIds: 'x' } });
			expect(res.body).toEqual({
				error: { code: 'validation_error', message: 'name is required' },
			});
			const typed = await call(sb, 'POST', '/groups', { body: { name: 'A', managerIds: 'x' } });
			expect(typed.body.error.message).toBe('managerIds must be an array of strings');
		});
	});

	describe('faults, rate limit, latency', () => {
		it('answers injected faults in order for matching requests only', async () => {
			const sb = sandbox();
			sb.control.injectFaults([
				{ status: 503, route: '/learners/{learnerId}', method: 'GET' },
				{ status: 429, retryAfter: 7 },
				{ status: 429, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' },
			]);
			const learnerId = sb.control.learners(sb.companies.tenant)[0].id;
			const first = await call(sb, 'GET', '/groups');
			expect(first.status).toBe(429);
			expect(first.headers.get('retry-after')).toBe('7');
			expect(first.body.error.code).toBe('rate_limited');
			const second = await call(sb, 'GET', `/learners/${learnerId}`);
			expect(second.status).toBe(503);
			expect(second.body.error.code).toBe('service_unavailable');
			const third = await call(sb, 'GET', `/learners/${learnerId}`);
			expect(third.headers.get('retry-after')).toBe('Wed, 21 Oct 2026 07:28:00 GMT');
			expect((await call(sb, 'GET', `/learners/${learnerId}`)).status).toBe(200);
		});

		it('counts faults and answers each status with its envelope', async () => {
			const sb = sandbox();
			const statuses = [500, 502, 503, 504, 411, 413, 400];
			sb.control.injectFaults(statuses.map((status) => ({ status })));
			for (const status of statuses) {
				const res = await call(sb, 'GET', '/company');
				expect(res.status).toBe(status);
				expect(typeof res.body.error.code).toBe('string');
			}
			sb.control.injectFaults({ status: 500, count: 2 });
			expect((await call(sb, 'GET', '/company')).status).toBe(500);
			expect((await call(sb, 'GET', '/company')).status).toBe(500);
			expect((await call(sb, 'GET', '/company')).status).toBe(200);
		});

		it('answers an HTML body or drops the connection', async () => {
			const sb = sandbox();
			sb.control.injectFaults([{ html: true, status: 502 }, { drop: true }]);
			const html = await call(sb, 'GET', '/company');
			expect(html.status).toBe(502);
			expect(html.headers.get('content-type')).toMatch(/^text\/html/);
			expect(html.text).toContain('<html>');
			await expect(fetch(`${sb.baseUrl}/company`)).rejects.toThrow();
			expect(sb.control.requestLog[1].status).toBe(0);
		});

		it('answers 429 with Retry-After past the configured rate', async () => {
			const sb = sandbox();
			sb.control.setRateLimit(3);
			for (let i = 0; i < 3; i++) expect((await call(sb, 'GET', '/company')).status).toBe(200);
			const limited = await call(sb, 'GET', '/company');
			expect(limited.status).toBe(429);
			expect(limited.body.error.code).toBe('rate_limited');
			expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
			sb.control.setRateLimit(null);
			expect((await call(sb, 'GET', '/company')).status).toBe(200);
		});

		it('still answers with latency set', async () => {
			const sb = sandbox();
			sb.control.setLatency(5);
			expect((await call(sb, 'GET', '/company')).status).toBe(200);
		});

		it('answers 503 not_ready and breach_unavailable when switched', async () => {
			const sb = sandbox();
			sb.control.setReady(false);
			const ready = await call(sb, 'GET', '/ready');
			expect(ready.status).toBe(503);
			expect(ready.body.error.code).toBe('not_ready');
			sb.control.setBreachUnavailable(sb.companies.tenant, true);
			const learnerId = sb.control.learners(sb.companies.tenant)[0].id;
			for (const path of [
				'/breaches/accounts',
				'/breaches/services',
				`/learners/${learnerId}/breaches`,
			]) {
				const res = await call(sb, 'GET', path);
				expect(res.status).toBe(503);
				expect(res.body.error.code).toBe('breach_unavailable');
			}
			expect((await call(sb, 'GET', '/breaches/accounts', { key: sb.keys.other })).status).toBe(
				200,
			);
		});
	});

	describe('request log and controls', () => {
		it('logs each API request with raw path, route, params, query, headers and body', async () => {
			const sb = sandbox();
			await call(sb, 'POST', '/groups?x=1', { body: { name: 'Audit' } });
			await controlCall(sb, 'GET', '/clock');
			expect(sb.control.requestLog).toHaveLength(1);
			expect(sb.control.requestLog[0]).toMatchObject({
				method: 'POST',
				path: '/groups',
				route: '/groups',
				params: {},
				query: { x: '1' },
				body: { name: 'Audit' },
				status: 200,
				orgId: sb.companies.tenant,
			});
			expect(sb.control.requestLog[0].headers.authorization).toBe(`Bearer ${sb.keys.tenant}`);
		});

		it('redacts the key over HTTP and clears the log', async () => {
			const sb = sandbox();
			await call(sb, 'GET', '/company');
			const log = await controlCall(sb, 'GET', '/log');
			expect(log.body.data[0].headers.authorization).toBe('Bearer ***');
			expect(JSON.stringify(log.body)).not.toContain(sb.keys.tenant);
			await controlCall(sb, 'DELETE', '/log');
			expect(sb.control.requestLog).toHaveLength(0);
		});

		it('drives the same operations over HTTP', async () => {
			const sb = sandbox();
			expect((await controlCall(sb, 'GET', '/')).body.data.keys).toEqual(sb.keys);
			await controlCall(sb, 'POST', '/faults', { status: 504 });
			expect((await call(sb, 'GET', '/company')).status).toBe(504);
			await controlCall(sb, 'POST', '/ready', { on: false });
			expect((await call(sb, 'GET', '/ready')).status).toBe(503);
			await controlCall(sb, 'POST', '/create-returns-record', { on: true });
			const created = await call(sb, 'POST', '/groups', { body: { name: 'Audit' } });
			expect(created.body.data.name).toBe('Audit');
			const clock = await controlCall(sb, 'POST', '/clock/advance', { ms: 60_000 });
			expect(clock.body.data.now).toBe('2026-06-15T09:01:00.000Z');
			const added = await controlCall(sb, 'POST', '/learners', {
				companyId: sb.companies.other,
				count: 3,
			});
			expect(added.body.data.learnerIds).toHaveLength(3);
			await controlCall(sb, 'POST', '/reset');
			expect((await call(sb, 'GET', '/ready')).status).toBe(200);
			expect(sb.control.learners(sb.companies.other)).toHaveLength(30);
		});

		it('reseeds deterministically', async () => {
			const sb = sandbox();
			const before = (await call(sb, 'GET', '/learners')).body.data;
			await call(sb, 'DELETE', `/learners/${before[0].id}`);
			sb.control.reset();
			expect((await call(sb, 'GET', '/learners')).body.data).toEqual(before);

			const other = await startSandbox();
			try {
				expect(other.keys).toEqual(sb.keys);
				expect((await call(other, 'GET', '/simulations/metrics')).body).toEqual(
					(await call(sb, 'GET', '/simulations/metrics')).body,
				);
			} finally {
				await other.close();
			}
		});

		it('serves an OpenAPI 3 document covering every endpoint', async () => {
			const sb = sandbox();
			const doc = (await call(sb, 'GET', '/openapi.json')).body;
			expect(doc.openapi).toBe('3.0.3');
			const operations = Object.values(doc.paths as Record<string, object>).flatMap((p) =>
				Object.keys(p),
			);
			expect(operations).toHaveLength(62);
			expect(doc.servers[0].url).toBe(sb.baseUrl);
		});
	});
});
