import { apiData, byId, json, requests, runner, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();

type Row = Record<string, unknown>;

const get = (path: string, query: Row = {}) => ({
	method: 'GET',
	path,
	query,
	body: undefined,
	authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
});
const run = runner(ctx, 'report');

describe('Report → Get Course Participation', () => {
	it('returns the whole report as one item', async () => {
		const expected = await apiData<Row>(ctx.sandbox, '/reports/course-participation');

		const { outputs, error } = await run({ operation: 'getCourseParticipation' });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([get('/reports/course-participation')]);
		expect(json(outputs[0])).toEqual([expected]);
	});

	it('splits into one item per learner', async () => {
		const { learners } = await apiData<{ learners: Row[] }>(
			ctx.sandbox,
			'/reports/course-participation',
		);

		const { outputs } = await run({ operation: 'getCourseParticipation', splitIntoItems: true });

		expect(json(outputs[0])).toEqual(learners);
		expect(learners.length).toBeGreaterThan(100);
	});
});

describe.each([
	['getCourseResults', '/reports/course-results'],
	['getGapAnalysisResults', '/reports/gap-analysis-results'],
])('Report → %s', (operation, path) => {
	it('returns one simplified, flat item per result row by default', async () => {
		const rows = await apiData<Row[]>(ctx.sandbox, path);

		const { outputs, error } = await run({ operation });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([get(path)]);
		expect(json(outputs[0])).toEqual(
			rows.map((row) => {
				const learner = row.learner as Row;
				const course = row.course as Row;
				return {
					learnerId: row.learnerId,
					learnerName: learner.name,
					email: learner.email,
					externalLearnerId: learner.externalLearnerId,
					courseId: row.courseId,
					courseName: course.name,
					enrollDate: row.enrollDate,
					finishDate: row.finishDate,
					score: row.score,
					grade: row.grade,
				};
			}),
		);
	});

	it('returns the raw rows with Simplify off', async () => {
		const rows = await apiData<Row[]>(ctx.sandbox, path);

		const { outputs } = await run({ operation, simplify: false });

		expect(json(outputs[0])).toEqual(rows);
	});
});

describe('Report → Get Course Results (one known row)', () => {
	it('simplifies the first row of the seeded tenant exactly', async () => {
		const { outputs } = await run({ operation: 'getCourseResults' });

		expect(json(outputs[0])[0]).toEqual({
			learnerId: 'learner_00001',
			learnerName: 'Aisha Nguyen',
			email: 'aisha.nguyen@acme.example',
			externalLearnerId: 'EMP-0001',
			courseId: 'course_00006',
			courseName: 'Data Protection and Privacy',
			enrollDate: '2026-03-14',
			finishDate: null,
			score: null,
			grade: null,
		});
	});
});

describe('Report → Get Learning Report', () => {
	it('returns the whole report as one item with no filter', async () => {
		const expected = await apiData<Row>(ctx.sandbox, '/reports/learning');

		const { outputs, error } = await run({ operation: 'getLearning' });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([get('/reports/learning')]);
		expect(json(outputs[0])).toEqual([expected]);
	});

	it('filters by learner and course picked from the lists, split into rows', async () => {
		const { rows } = await apiData<{ rows: Row[] }>(
			ctx.sandbox,
			'/reports/learning?learnerId=learner_00001&courseId=course_00007',
		);

		const { outputs, error } = await run({
			operation: 'getLearning',
			learnerId: { __rl: true, mode: 'list', value: 'learner_00001' },
			courseId: byId('course_00007'),
			splitIntoItems: true,
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			get('/reports/learning', { learnerId: 'learner_00001', courseId: 'course_00007' }),
		]);
		expect(json(outputs[0])).toEqual(rows);
		expect(rows).toEqual([
			{
				learnerId: 'learner_00001',
				learnerName: 'Aisha Nguyen',
				email: 'aisha.nguyen@acme.example',
				courseId: 'course_00007',
				courseName: 'Incident Reporting',
				status: 'completed',
				enrollDate: '2026-03-09',
				startDate: '2026-03-09',
				finishDate: '2026-03-14',
				score: 63,
				grade: 'D',
			},
		]);
	});

	it('finds a learner by email through GET /learners, then filters by its ID', async () => {
		const { outputs, error } = await run({
			operation: 'getLearning',
			learnerId: { __rl: true, mode: 'email', value: 'Aisha.Nguyen@acme.example' },
			splitIntoItems: true,
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			get('/learners'),
			get('/reports/learning', { learnerId: 'learner_00001' }),
		]);
		expect((json(outputs[0]) as Row[]).map((row) => row.courseId)).toEqual([
			'course_00006',
			'course_00007',
			'course_00008',
		]);
	});

	it('refuses an unknown external ID without reading the report', async () => {
		const { error } = await run({
			operation: 'getLearning',
			learnerId: { __rl: true, mode: 'externalId', value: 'EMP-9999' },
		});

		expect(error?.message).toBe(
			'No learner in your own organization has the external ID "EMP-9999"',
		);
		expect(requests(ctx.sandbox)).toEqual([get('/learners')]);
	});
});

describe('Report → Get Risk Score History', () => {
	it('leaves the window to the API when no date is set', async () => {
		const expected = await apiData<Row>(ctx.sandbox, '/reports/risk-score-history');

		const { outputs, error } = await run({ operation: 'getRiskScoreHistory' });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([get('/reports/risk-score-history')]);
		expect(json(outputs[0])).toEqual([expected]);
	});

	it.each([
		['a date picked in the editor', '2026-06-10T00:00:00', '2026-06-12T00:00:00'],
		['ISO timestamps', '2026-06-10T23:30:00.000Z', '2026-06-12T08:00:00+07:00'],
		[
			'Luxon DateTimes in their own zone',
			'={{ DateTime.fromISO("2026-06-10T23:30:00", { zone: "Asia/Jakarta" }) }}',
			'={{ DateTime.fromISO("2026-06-12T00:15:00", { zone: "America/New_York" }) }}',
		],
		[
			'JavaScript Dates',
			'={{ new Date(Date.UTC(2026, 5, 10, 12)) }}',
			'={{ new Date(Date.UTC(2026, 5, 12, 12)) }}',
		],
		['plain dates from an expression', '={{ "2026-06-10" }}', '={{ "2026-06-12" }}'],
	])('sends %s as YYYY-MM-DD and splits into one item per day', async (_form, fromDate, toDate) => {
		const { rows } = await apiData<{ rows: Row[] }>(
			ctx.sandbox,
			'/reports/risk-score-history?fromDate=2026-06-10&toDate=2026-06-12',
		);

		const { outputs, error } = await run({
			operation: 'getRiskScoreHistory',
			fromDate,
			toDate,
			splitIntoItems: true,
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			get('/reports/risk-score-history', { fromDate: '2026-06-10', toDate: '2026-06-12' }),
		]);
		expect(json(outputs[0])).toEqual(rows);
		expect(rows.map((row) => row.date)).toEqual(['2026-06-10', '2026-06-11', '2026-06-12']);
	});

	it('sends only the date that is set', async () => {
		await run({ operation: 'getRiskScoreHistory', toDate: '2026-06-01T00:00:00' });

		expect(requests(ctx.sandbox)).toEqual([
			get('/reports/risk-score-history', { toDate: '2026-06-01' }),
		]);
	});

	it('refuses a From Date after the To Date before any request', async () => {
		const { error } = await run({
			operation: 'getRiskScoreHistory',
			fromDate: '2026-06-12T00:00:00',
			toDate: '={{ "2026-06-10" }}',
		});

		expect(error?.message).toBe('From Date (2026-06-12) is after To Date (2026-06-10)');
		expect(error?.description).toBe('Swap the dates (parameters "fromDate" and "toDate")');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});

	it('refuses text that is not a date before any request', async () => {
		const { error } = await run({ operation: 'getRiskScoreHistory', fromDate: '={{ "soon" }}' });

		expect(error?.message).toBe('From Date: "soon" is not a date (YYYY-MM-DD)');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});
});

describe('Report → Company scope', () => {
	it.each([
		'getCourseParticipation',
		'getCourseResults',
		'getGapAnalysisResults',
		'getLearning',
		'getRiskScoreHistory',
	])('%s reads a child company for an MSP key', async (operation) => {
		const { childA } = ctx.sandbox.companies;

		const { error } = await run(
			{ operation, companyId: byId(childA) },
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((entry) => [entry.query, entry.status])).toEqual([
			[{ companyId: childA }, 200],
		]);
	});

	it('looks a learner up by email inside the chosen company', async () => {
		const { childA } = ctx.sandbox.companies;
		const [learner] = ctx.sandbox.control.learners(childA) as Array<{ id: string; email: string }>;

		const { error } = await run(
			{
				operation: 'getLearning',
				companyId: byId(childA),
				learnerId: { __rl: true, mode: 'email', value: learner.email },
			},
			{ apiKey: ctx.sandbox.keys.msp },
		);

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((entry) => [entry.path, entry.query])).toEqual([
			['/learners', { companyId: childA }],
			['/reports/learning', { learnerId: learner.id, companyId: childA }],
		]);
	});
});
