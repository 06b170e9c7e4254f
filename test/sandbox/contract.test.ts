import endpoints from '../../sandbox/api/endpoints.json';
import type { RunningSandbox } from '../../sandbox';
import { call, uploadPdf, useSandbox } from './helpers';
import { shapeProblems } from './shape';

interface Request {
	path: string;
	key?: string;
	body?: unknown;
	upload?: boolean;
}

const CREATES: Record<string, string> = {
	'POST /learners': '/learners/',
	'POST /groups': '/groups/',
	'POST /policies': '/policies/',
	'POST /policies/from-template': '/policies/',
};

/** One valid request per endpoint, built from the seeded state. */
function requests(sb: RunningSandbox): Record<string, () => Promise<Request> | Request> {
	const c = sb.control;
	const tenant = sb.companies.tenant;
	const learners = c.learners(tenant).filter((l) => !l.inactive);
	const learner = learners[0];
	const groups = c.groups(tenant);
	const enrolments = c.enrolments(tenant);
	const gapCourseId = c.store.company(tenant).gapAnalysisCourseId;
	const training = enrolments.find((e) => e.courseId !== gapCourseId && !e.finishDate)!;
	const gap = enrolments.find((e) => e.courseId === gapCourseId)!;
	const policies = c.policies(tenant);
	const live = policies.find((p) => p.isLive)!;
	const withDraft = policies.find((p) => p.inDraft && p.isLive)!;
	const unsigned = c.policyAssignments(tenant).find((a) => !a.signed)!;
	const exposed = c
		.breaches(tenant)
		.exposures.map((x) => c.findLearnerByEmail(tenant, x.email))
		.find((l) => l && !l.inactive)!;
	const course = c.courses(tenant)[0];
	const template = c.policyTemplates(tenant)[0];
	const simulation = c.simulations(tenant)[0];
	const ids = { learnerIds: [learner.id] };
	const uploaded = async () => (await uploadPdf(sb)).body.data.fileKey as string;

	return {
		'GET /health': () => ({ path: '/health' }),
		'GET /openapi.json': () => ({ path: '/openapi.json' }),
		'GET /ready': () => ({ path: '/ready' }),
		'GET /companies': () => ({ path: '/companies', key: sb.keys.msp }),
		'GET /company': () => ({ path: '/company' }),
		'GET /company/features': () => ({ path: '/company/features' }),
		'GET /learners': () => ({ path: '/learners' }),
		'POST /learners': () => ({
			path: '/learners',
			body: {
				email: 'new.person@acme.example',
				firstName: 'New',
				lastName: 'Person',
				groupIds: [groups[0].id],
			},
		}),
		'DELETE /learners/{learnerId}': () => ({ path: `/learners/${learner.id}` }),
		'GET /learners/{learnerId}': () => ({ path: `/learners/${learner.id}` }),
		'PATCH /learners/{learnerId}': () => ({
			path: `/learners/${learner.id}`,
			body: { firstName: 'Renamed', lastName: 'Person' },
		}),
		'GET /learners/{learnerId}/breaches': () => ({ path: `/learners/${exposed.id}/breaches` }),
		'GET /learners/{learnerId}/course-results': () => ({
			path: `/learners/${training.learnerId}/course-results`,
		}),
		'GET /learners/{learnerId}/gap-analysis-results': () => ({
			path: `/learners/${gap.learnerId}/gap-analysis-results`,
		}),
		'PUT /learners/{learnerId}/groups': () => ({
			path: `/learners/${learner.id}/groups`,
			body: { groupIds: [groups[1].id] },
		}),
		'GET /learners/{learnerId}/policy-results': () => ({
			path: `/learners/${unsigned.learnerId}/policy-results`,
		}),
		'GET /learners/{learnerId}/simulation-queue': () => ({
			path: `/learners/${learner.id}/simulation-queue`,
		}),
		'GET /learners/{learnerId}/simulation-results': () => ({
			path: `/learners/${learner.id}/simulation-results`,
		}),
		'POST /learners/activate': () => ({ path: '/learners/activate', body: ids }),
		'DELETE /learners/bulk': () => ({ path: '/learners/bulk', body: ids }),
		'POST /learners/bulk': () => ({
			path: '/learners/bulk',
			body: { learners: [{ email: 'bulk.one@acme.example', firstName: 'Bulk', lastName: 'One' }] },
		}),
		'POST /learners/deactivate': () => ({ path: '/learners/deactivate', body: ids }),
		'POST /group-membership/move': () => ({
			path: '/group-membership/move',
			body: { fromGroupId: groups[0].id, toGroupId: groups[1].id },
		}),
		'GET /groups': () => ({ path: '/groups' }),
		'POST /groups': () => ({ path: '/groups', body: { name: 'Audit', managerIds: [learner.id] } }),
		'DELETE /groups/{groupId}': () => ({ path: `/groups/${groups[0].id}` }),
		'GET /groups/{groupId}': () => ({ path: `/groups/${groups[0].id}` }),
		'POST /groups/{groupId}/learners/add': () => ({
			path: `/groups/${groups[1].id}/learners/add`,
			body: ids,
		}),
		'POST /groups/{groupId}/learners/remove': () => ({
			path: `/groups/${groups[0].id}/learners/remove`,
			body: ids,
		}),
		'PUT /groups/{groupId}/managers': () => ({
			path: `/groups/${groups[0].id}/managers`,
			body: { managerIds: [learner.id] },
		}),
		'POST /course-enrollments': () => ({
			path: '/course-enrollments',
			body: { courseIds: [course.id], learnerIds: [learner.id] },
		}),
		'POST /course-reminders': () => ({
			path: '/course-reminders',
			body: { courseIds: [training.courseId], learnerIds: [training.learnerId] },
		}),
		'POST /course-unenrollments': () => ({
			path: '/course-unenrollments',
			body: { courseIds: [training.courseId], learnerIds: [training.learnerId] },
		}),
		'GET /courses': () => ({ path: '/courses' }),
		'GET /courses/{courseId}': () => ({ path: `/courses/${course.id}` }),
		'POST /gap-analysis/enrollments': () => ({ path: '/gap-analysis/enrollments', body: ids }),
		'POST /gap-analysis/reminders': () => ({ path: '/gap-analysis/reminders', body: ids }),
		'POST /gap-analysis/unenrollments': () => ({ path: '/gap-analysis/unenrollments', body: ids }),
		'GET /reports/course-participation': () => ({ path: '/reports/course-participation' }),
		'GET /reports/course-results': () => ({ path: '/reports/course-results' }),
		'GET /reports/gap-analysis-results': () => ({ path: '/reports/gap-analysis-results' }),
		'GET /reports/learning': () => ({ path: '/reports/learning' }),
		'GET /reports/risk-score-history': () => ({ path: '/reports/risk-score-history' }),
		'GET /policies': () => ({ path: '/policies' }),
		'POST /policies': async () => ({
			path: '/policies',
			body: { name: 'Bring Your Own Device', pdfFile: await uploaded(), action: 'saveDraft' },
		}),
		'GET /policies/{policyId}': () => ({ path: `/policies/${live.id}` }),
		'PATCH /policies/{policyId}': () => ({
			path: `/policies/${live.id}`,
			body: { action: 'saveDraft', category: 'hr' },
		}),
		'POST /policies/{policyId}/discard-draft': () => ({
			path: `/policies/${withDraft.id}/discard-draft`,
		}),
		'POST /policies/{policyId}/publish-draft': () => ({
			path: `/policies/${withDraft.id}/publish-draft`,
			body: { major: false, resend: false },
		}),
		'DELETE /policies/bulk': () => ({ path: '/policies/bulk', body: { policyIds: [live.id] } }),
		'POST /policies/from-template': () => ({
			path: '/policies/from-template',
			body: { policyTemplateId: template.id, action: 'publish' },
		}),
		'POST /policies/upload': () => ({ path: '/policies/upload', upload: true }),
		'POST /policy-assignments': () => ({
			path: '/policy-assignments',
			body: { policyIds: [live.id], learnerIds: [learner.id] },
		}),
		'POST /policy-reminders': () => ({
			path: '/policy-reminders',
			body: { policyIds: [unsigned.policyId], learnerIds: [unsigned.learnerId] },
		}),
		'POST /policy-removals': () => ({
			path: '/policy-removals',
			body: { policyIds: [unsigned.policyId], learnerIds: [unsigned.learnerId] },
		}),
		'GET /policy-templates': () => ({ path: '/policy-templates' }),
		'GET /policy-templates/{policyTemplateId}': () => ({
			path: `/policy-templates/${template.id}`,
		}),
		'GET /simulations': () => ({ path: '/simulations' }),
		'GET /simulations/{simulationId}': () => ({ path: `/simulations/${simulation.id}` }),
		'GET /simulations/metrics': () => ({ path: '/simulations/metrics' }),
		'GET /breaches/accounts': () => ({ path: '/breaches/accounts' }),
		'GET /breaches/services': () => ({ path: '/breaches/services' }),
	};
}

const isEmptyObject = (v: unknown) =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

for (const recordMode of [false, true]) {
	describe(`contract: every endpoint (createReturnsRecord ${recordMode})`, () => {
		const sandbox = useSandbox({ createReturnsRecord: recordMode });

		it('has one request per endpoint of endpoints.json', () => {
			const keys = Object.keys(requests(sandbox())).sort();
			expect(keys).toEqual(endpoints.map((e) => `${e.method} ${e.path}`).sort());
			expect(keys).toHaveLength(62);
		});

		for (const endpoint of endpoints) {
			const key = `${endpoint.method} ${endpoint.path}`;
			it(`${key} answers 200 with the reference shape`, async () => {
				const sb = sandbox();
				const request = await requests(sb)[key]();
				const res = request.upload
					? await uploadPdf(sb)
					: await call(sb, endpoint.method, request.path, { key: request.key, body: request.body });
				expect(res.status).toBe(200);

				if (endpoint.path === '/openapi.json') {
					expect(res.body.openapi).toMatch(/^3\./);
					return;
				}
				const example = (endpoint.responseExample as { data: unknown }).data;
				const data = res.body.data;
				expect(shapeProblems(data, example)).toEqual([]);
				if (Array.isArray(example) && example.length > 0) expect(data.length).toBeGreaterThan(0);

				if (endpoint.path === '/policies/upload') {
					expect(Object.keys(data)).toEqual(['fileKey']);
				} else if (CREATES[key] && recordMode) {
					const fetched = await call(sb, 'GET', `${CREATES[key]}${data.id}`);
					expect(data).toEqual(fetched.body.data);
				} else if (isEmptyObject(example) && endpoint.method !== 'GET') {
					expect(data).toEqual({});
				} else if (isEmptyObject(example)) {
					expect(typeof data.id).toBe('string');
				}
			});
		}
	});
}
