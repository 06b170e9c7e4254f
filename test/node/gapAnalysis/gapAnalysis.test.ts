import { json, requests, runner, useSandbox } from '../shared/sandboxRun';

const ctx = useSandbox();
const run = runner(ctx, 'gapAnalysis');

describe('Gap Analysis', () => {
	it.each([
		['enroll', '/gap-analysis/enrollments'],
		['sendReminder', '/gap-analysis/reminders'],
		['unenroll', '/gap-analysis/unenrollments'],
	])('%s posts the learner IDs to %s and answers { success: true }', async (operation, path) => {
		const { outputs, error } = await run({
			operation,
			learnerIds: ['learner_00020', ' learner_00021 ', 'learner_00020'],
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path,
				query: {},
				body: { learnerIds: ['learner_00020', 'learner_00021'] },
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
	});

	it('enrolment shows up in the gap analysis results report', async () => {
		await run({ operation: 'enroll', learnerIds: '={{ ["learner_00022"] }}' });

		const learners = ctx.sandbox.control.requestLog.map((entry) => entry.body);
		expect(learners).toEqual([{ learnerIds: ['learner_00022'] }]);
		const { outputs } = await runner(ctx, 'report')({ operation: 'getGapAnalysisResults' });
		expect(outputs[0].map((item) => item.json.learnerId)).toContain('learner_00022');
	});

	it.each(['={{ [] }}', '={{ "" }}', '={{ " ,  , " }}'])(
		'rejects the empty list %p before any request',
		async (learnerIds) => {
			const { error } = await run({ operation: 'enroll', learnerIds });

			expect(error?.message).toBe('Learner IDs: choose at least one ID');
			expect(error?.description).toContain('parameter "learnerIds"');
			expect(ctx.sandbox.control.requestLog).toEqual([]);
		},
	);

	it('passes an unknown learner to the API and maps its 404', async () => {
		const { error } = await run({ operation: 'unenroll', learnerIds: ['learner_nobody'] });

		expect(error?.message).toMatch(/\[not_found\]$/);
		expect(error?.description).toMatch(/^Check the ID/);
		expect(requests(ctx.sandbox)).toHaveLength(1);
		expect(JSON.stringify(error)).not.toContain(ctx.sandbox.keys.tenant);
	});
});
