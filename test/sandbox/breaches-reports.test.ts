import { call, useSandbox } from './helpers';

describe('sandbox breaches', () => {
	const sandbox = useSandbox();

	it('classifies exposed accounts and filters by accountType', async () => {
		const sb = sandbox();
		const all = (await call(sb, 'GET', '/breaches/accounts')).body.data;
		const types = new Set(all.map((a: { accountType: string }) => a.accountType));
		expect(types).toEqual(new Set(['activeLearner', 'inactiveLearner', 'nonLearner']));
		const nonLearner = all.find(
			(a: { email: string }) => a.email === 'former.employee@acme.example',
		);
		expect(nonLearner).toMatchObject({
			domain: 'acme.example',
			externalLearnerId: null,
			accountType: 'nonLearner',
		});
		expect(nonLearner.breaches[0]).toEqual({
			id: expect.any(String),
			name: expect.any(String),
			breachDate: expect.any(String),
		});

		const active = (await call(sb, 'GET', '/breaches/accounts?accountType=activeLearner')).body
			.data;
		const employee = (await call(sb, 'GET', '/breaches/accounts?accountType=employee')).body.data;
		expect(employee).toEqual(active);
		expect(active.every((a: { accountType: string }) => a.accountType === 'activeLearner')).toBe(
			true,
		);
		const inactive = (await call(sb, 'GET', '/breaches/accounts?accountType=inactiveLearner')).body
			.data;
		expect(active.length + inactive.length + 2).toBe(all.length);
		const bad = await call(sb, 'GET', '/breaches/accounts?accountType=admin');
		expect(bad.status).toBe(400);
		expect(bad.body.error).toEqual({
			code: 'validation_error',
			message: 'accountType must be one of activeLearner, inactiveLearner, nonLearner, employee',
		});
	});

	it('follows learner state: a deactivated learner becomes inactiveLearner', async () => {
		const sb = sandbox();
		const account = (await call(sb, 'GET', '/breaches/accounts?accountType=activeLearner')).body
			.data[0];
		const learner = sb.control.findLearnerByEmail(sb.companies.tenant, account.email)!;
		await call(sb, 'POST', '/learners/deactivate', { body: { learnerIds: [learner.id] } });
		const inactive = (await call(sb, 'GET', '/breaches/accounts?accountType=inactiveLearner')).body
			.data;
		expect(inactive.map((a: { email: string }) => a.email)).toContain(account.email);
	});

	it('lists services with affected accounts and filters them', async () => {
		const sb = sandbox();
		const all = (await call(sb, 'GET', '/breaches/services')).body.data;
		expect(all).toHaveLength(6);
		for (const s of all) expect(s.accountCount).toBe(s.affectedAccounts.length);
		const affected = (await call(sb, 'GET', '/breaches/services?hasAffectedAccounts=true')).body
			.data;
		expect(affected).toHaveLength(5);
		const nonLearners = (await call(sb, 'GET', '/breaches/services?accountType=nonLearner')).body
			.data;
		for (const s of nonLearners) {
			expect(
				s.affectedAccounts.every((a: { accountType: string }) => a.accountType === 'nonLearner'),
			).toBe(true);
		}
		expect((await call(sb, 'GET', '/breaches/services?hasAffectedAccounts=yes')).status).toBe(400);
		expect((await call(sb, 'GET', '/breaches/services?accountType=x')).status).toBe(400);
	});

	it('lists a learner breaches and none for an unexposed learner', async () => {
		const sb = sandbox();
		const account = (await call(sb, 'GET', '/breaches/accounts?accountType=activeLearner')).body
			.data[0];
		const learner = sb.control.findLearnerByEmail(sb.companies.tenant, account.email)!;
		const breaches = (await call(sb, 'GET', `/learners/${learner.id}/breaches`)).body.data;
		expect(breaches.map((b: { id: string }) => b.id)).toEqual(
			account.breaches.map((b: { id: string }) => b.id),
		);
		expect(Object.keys(breaches[0])).toEqual([
			'id',
			'name',
			'breachDate',
			'category',
			'dataClassNames',
		]);
		const [fresh] = sb.control.addLearners(sb.companies.tenant, 1);
		expect((await call(sb, 'GET', `/learners/${fresh}/breaches`)).body.data).toEqual([]);
	});
});

describe('sandbox reports', () => {
	const sandbox = useSandbox();

	it('computes course results and gap-analysis results from enrolments', async () => {
		const sb = sandbox();
		const gapId = sb.control.store.company(sb.companies.tenant).gapAnalysisCourseId;
		const enrolments = sb.control.enrolments(sb.companies.tenant);
		const results = (await call(sb, 'GET', '/reports/course-results')).body.data;
		const gap = (await call(sb, 'GET', '/reports/gap-analysis-results')).body.data;
		expect(results).toHaveLength(enrolments.filter((e) => e.courseId !== gapId).length);
		expect(gap).toHaveLength(enrolments.filter((e) => e.courseId === gapId).length);
		const learner = sb.control.learner(sb.companies.tenant, gap[0].learnerId)!;
		expect(gap[0].learner).toEqual({
			id: learner.id,
			name: learner.name,
			email: learner.email,
			externalLearnerId: learner.externalLearnerId,
		});
		expect(gap[0].course.name).toBe('Cyber Security Gap Analysis');

		const [newcomer] = sb.control.addLearners(sb.companies.tenant, 1);
		await call(sb, 'POST', '/course-enrollments', {
			body: { courseIds: [results[0].courseId], learnerIds: [newcomer] },
		});
		expect((await call(sb, 'GET', '/reports/course-results')).body.data).toHaveLength(
			results.length + 1,
		);
	});

	it('builds the course participation report with a group tree', async () => {
		const sb = sandbox();
		const report = (await call(sb, 'GET', '/reports/course-participation')).body.data;
		expect(report.groupTree).toMatchObject({ id: sb.companies.tenant, name: 'Acme Security' });
		expect(report.groupTree.children).toHaveLength(9);
		expect(report.groupTree.children[0]).toEqual({
			id: expect.any(String),
			name: 'Finance',
			learnerCount: expect.any(Number),
			children: [],
		});
		expect(
			report.courses.every((c: object) => Object.keys(c).join() === 'id,name,subject,difficulty'),
		).toBe(true);
		expect(report.learners).toHaveLength(240);
		expect(report.learners[0].groups).toEqual([
			{ id: report.groupTree.children[0].id, name: 'Finance' },
		]);
	});

	it('filters the learning report by learnerId and courseId with a matching summary', async () => {
		const sb = sandbox();
		const all = (await call(sb, 'GET', '/reports/learning')).body.data;
		expect(all.generatedAt).toBe('2026-06-15T09:00:00.000Z');
		expect(all.summary.enrolmentCount).toBe(all.rows.length);
		expect(
			all.summary.completedCount + all.summary.inProgressCount + all.summary.notStartedCount,
		).toBe(all.rows.length);
		const learnerId = all.rows[0].learnerId;
		const mine = (await call(sb, 'GET', `/reports/learning?learnerId=${learnerId}`)).body.data;
		expect(mine.rows.every((r: { learnerId: string }) => r.learnerId === learnerId)).toBe(true);
		expect(mine.summary.learnerCount).toBe(1);
		const courseId = all.rows[0].courseId;
		const both = (
			await call(sb, 'GET', `/reports/learning?learnerId=${learnerId}&courseId=${courseId}`)
		).body.data;
		expect(both.rows).toHaveLength(1);
		expect(both.rows[0]).toMatchObject({
			learnerId,
			courseId,
			status: expect.stringMatching(/^(completed|in_progress|not_started)$/),
		});
	});

	it('answers risk score history for a date window', async () => {
		const sb = sandbox();
		const res = (
			await call(sb, 'GET', '/reports/risk-score-history?fromDate=2026-06-01&toDate=2026-06-03')
		).body.data;
		expect(res.fromDate).toBe('2026-06-01');
		expect(res.toDate).toBe('2026-06-03');
		expect(res.rows.map((r: { date: string }) => r.date)).toEqual([
			'2026-06-01',
			'2026-06-02',
			'2026-06-03',
		]);
		expect(res.rows[0]).toEqual({
			date: '2026-06-01',
			riskScore: expect.any(Number),
			riskScoreLevel: expect.stringMatching(/^(low|medium|high)$/),
			learnerCount: sb.control.learners(sb.companies.tenant).filter((l) => !l.inactive).length,
		});
		const defaults = (await call(sb, 'GET', '/reports/risk-score-history')).body.data;
		expect([defaults.fromDate, defaults.toDate, defaults.rows.length]).toEqual([
			'2026-05-17',
			'2026-06-15',
			30,
		]);
	});

	it.each([
		['fromDate=2026-6-1', 'fromDate must be a date formatted YYYY-MM-DD'],
		['toDate=2026-02-30', 'toDate must be a date formatted YYYY-MM-DD'],
		['fromDate=2026-06-10&toDate=2026-06-01', 'fromDate must not be after toDate'],
		['fromDate=2020-01-01&toDate=2026-01-01', 'the date range may span at most 366 days'],
	])('rejects risk score history %s', async (query, message) => {
		const res = await call(sandbox(), 'GET', `/reports/risk-score-history?${query}`);
		expect(res.status).toBe(400);
		expect(res.body.error).toEqual({ code: 'validation_error', message });
	});

	it('raises a learner risk level after compromises', async () => {
		const sb = sandbox();
		const low = sb.control
			.learners(sb.companies.tenant)
			.find((l) => l.riskScoreLevel === 'low' && !l.inactive)!;
		sb.control.startSimulation({ name: 'A', learnerIds: [low.id] });
		sb.control.advanceActivity({
			events: [
				{ learnerId: low.id, type: 'visit' },
				{ learnerId: low.id, type: 'compromise' },
			],
		});
		sb.control.startSimulation({ name: 'B', learnerIds: [low.id] });
		sb.control.advanceActivity({
			events: [
				{ learnerId: low.id, type: 'visit' },
				{ learnerId: low.id, type: 'compromise' },
			],
		});
		expect((await call(sb, 'GET', `/learners/${low.id}`)).body.data.riskScoreLevel).toBe('high');
	});
});
