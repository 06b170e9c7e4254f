import { apiData, json, requests, runner, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox({}, { keepData: true });
const run = runner(ctx, 'course');

describe('Course → Get Many', () => {
	it('lists courses with no filter and cuts to Limit', async () => {
		const all = (await apiData(ctx.sandbox, '/courses')) as unknown[];

		const { outputs, error } = await run({ operation: 'getAll', limit: 3 });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/courses',
				query: {},
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual(all.slice(0, 3));
	});

	it('sends type, source and the legacy flag (false included) and returns all', async () => {
		const expected = await apiData(
			ctx.sandbox,
			'/courses?type=training&source=custom&excludeGapAnalysis=false',
		);

		const { outputs, error } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { type: 'training', source: 'custom', excludeGapAnalysis: false },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/courses',
				query: { type: 'training', source: 'custom', excludeGapAnalysis: 'false' },
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual(expected);
		expect(json(outputs[0])).toEqual([
			{
				id: 'course_00009',
				name: 'Acme Secure Coding',
				displayName: 'Acme Secure Coding',
				difficulty: 2,
				subject: 'Company Policy',
				source: 'custom',
				type: 'training',
			},
		]);
	});

	it('casts the legacy flag from an expression and keeps gap analysis out', async () => {
		const { outputs, error } = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { type: '={{ "all" }}', excludeGapAnalysis: '={{ "true" }}' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)[0].query).toEqual({ type: 'all', excludeGapAnalysis: 'true' });
		expect(
			(json(outputs[0]) as Array<{ type: string }>).map((course) => course.type),
		).not.toContain('gap_analysis');
	});

	it.each([
		[{ type: '={{ "webinar" }}' }, 'Type: "webinar" is not an allowed value', 'filters.type'],
		[{ source: '={{ "partner" }}' }, 'Source: "partner" is not an allowed value', 'filters.source'],
		[
			{ excludeGapAnalysis: '={{ "yes" }}' },
			'Exclude Gap Analysis: "yes" is not true or false',
			'filters.excludeGapAnalysis',
		],
	])('rejects a bad filter %p before any request', async (filters, message, parameter) => {
		const { error } = await run({ operation: 'getAll', filters });

		expect(error?.message).toBe(message);
		expect(error?.description).toContain(`parameter "${parameter}"`);
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});
});

describe('Course → Get', () => {
	it('reads one course by ID', async () => {
		const expected = await apiData(ctx.sandbox, '/courses/course_00008');

		const { outputs, error } = await run({
			operation: 'get',
			courseId: { __rl: true, mode: 'id', value: 'course_00008' },
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'GET',
				path: '/courses/course_00008',
				query: {},
				body: undefined,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual([expected]);
	});

	it('rejects an empty course ID before any request', async () => {
		const { error } = await run({
			operation: 'get',
			courseId: { __rl: true, mode: 'id', value: '={{ "" }}' },
		});

		expect(error?.message).toBe('Course ID: enter an ID');
		expect(ctx.sandbox.control.requestLog).toEqual([]);
	});
});

describe('Course → Enroll, Send Reminder, Unenroll', () => {
	const pairs = {
		courseIds: ['course_00004'],
		learnerIds: '={{ "learner_00010, learner_00011, learner_missing, learner_00010" }}',
	};
	const sentBody = {
		courseIds: ['course_00004'],
		learnerIds: ['learner_00010', 'learner_00011', 'learner_missing'],
	};
	const unknownLearner = {
		id: 'learner_missing',
		kind: 'learner',
		code: 'not_found',
		message: "learner 'learner_missing' was not found",
	};

	it('enrolls every learner in every course and returns the bulk result as one item', async () => {
		const { outputs, error } = await run({ operation: 'enroll', ...pairs });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/course-enrollments',
				query: {},
				body: sentBody,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual([
			{
				success: true,
				completed: [
					{ learnerId: 'learner_00010', courseId: 'course_00004' },
					{ learnerId: 'learner_00011', courseId: 'course_00004' },
				],
				failures: [],
				errors: [unknownLearner],
			},
		]);
	});

	it('sends a reminder for the same pairs, reporting the pair already finished', async () => {
		const { outputs, error } = await run({ operation: 'sendReminder', ...pairs });

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/course-reminders',
				query: {},
				body: sentBody,
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual([
			{
				success: true,
				completed: [{ learnerId: 'learner_00010', courseId: 'course_00004' }],
				failures: [
					{
						learnerId: 'learner_00011',
						courseId: 'course_00004',
						code: 'already_completed',
						message: "learner 'learner_00011' already finished 'course_00004'",
					},
				],
				errors: [unknownLearner],
			},
		]);
	});

	it('unenrolls learners and answers { success: true }', async () => {
		const { outputs, error } = await run({
			operation: 'unenroll',
			courseIds: '={{ ["course_00004"] }}',
			learnerIds: ['learner_00010', 'learner_00011'],
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/course-unenrollments',
				query: {},
				body: { courseIds: ['course_00004'], learnerIds: ['learner_00010', 'learner_00011'] },
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
	});

	it('enrolls one roster row per input item; a row without learners fails alone', async () => {
		const { outputs, error } = await run(
			{
				operation: 'enroll',
				courseIds: ['course_00004'],
				learnerIds: '={{ $json.learnerId }}',
			},
			{
				items: [{ json: { learnerId: 'learner_00012' } }, { json: { learnerId: '' } }],
				continueOnFail: true,
			},
		);

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox).map((request) => request.body)).toEqual([
			{ courseIds: ['course_00004'], learnerIds: ['learner_00012'] },
		]);
		expect(json(outputs[0])).toEqual([
			{
				success: true,
				completed: [{ learnerId: 'learner_00012', courseId: 'course_00004' }],
				failures: [],
				errors: [],
			},
			{ error: 'Learner IDs: choose at least one ID' },
		]);
	});

	it.each([
		[
			'enroll',
			{ courseIds: '={{ [] }}', learnerIds: ['learner_00010'] },
			'Course IDs',
			'courseIds',
		],
		[
			'sendReminder',
			{ courseIds: ['course_00004'], learnerIds: '={{ [] }}' },
			'Learner IDs',
			'learnerIds',
		],
		[
			'unenroll',
			{ courseIds: '={{ " , " }}', learnerIds: ['learner_00010'] },
			'Course IDs',
			'courseIds',
		],
	])(
		'%s rejects an empty ID list before any request',
		async (operation, lists, label, parameter) => {
			const { error } = await run({ operation, ...lists });

			expect(error?.message).toBe(`${label}: choose at least one ID`);
			expect(error?.description).toContain(`parameter "${parameter}"`);
			expect(ctx.sandbox.control.requestLog).toEqual([]);
		},
	);
});
