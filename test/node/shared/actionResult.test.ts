import { json, requests, run, useSandbox } from './sandboxRun';

const ctx = useSandbox();

const finished = {
	learnerId: 'learner_00011',
	courseId: 'course_00004',
	code: 'already_completed',
	message: "learner 'learner_00011' already finished 'course_00004'",
};
const unknownLearner = {
	id: 'learner_missing',
	kind: 'learner',
	code: 'not_found',
	message: "learner 'learner_missing' was not found",
};
const nothingDone = {
	message:
		"Nothing was done: learner 'learner_00011' already finished 'course_00004' [already_completed] (first of 2 failures)",
	description: `None completed; 1 failure, 1 unknown ID. Failures: ${JSON.stringify([finished])}. Unknown IDs: ${JSON.stringify([unknownLearner])}`,
};
const remind = (learnerIds: string[] | string) => ({
	resource: 'course',
	operation: 'sendReminder',
	courseIds: ['course_00004'],
	learnerIds,
});

describe('enrol/remind/assign answers with success: false', () => {
	it('stop the node with the first reason, the count, and the whole answer', async () => {
		const { outputs, error } = await run(ctx.sandbox, remind(['learner_00011', 'learner_missing']));

		expect(requests(ctx.sandbox)).toEqual([
			{
				method: 'POST',
				path: '/course-reminders',
				query: {},
				body: { courseIds: ['course_00004'], learnerIds: ['learner_00011', 'learner_missing'] },
				authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
			},
		]);
		expect(outputs).toEqual([]);
		expect({ message: error?.message, description: error?.description }).toEqual(nothingDone);
		expect(error?.context).toMatchObject({
			itemIndex: 0,
			completed: [],
			failures: [finished],
			errors: [unknownLearner],
		});
	});

	it('Continue On Fail: the item is an error, not a result', async () => {
		const { outputs, error } = await run(
			ctx.sandbox,
			remind(['learner_00011', 'learner_missing']),
			{ continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(json(outputs[0])).toEqual([{ error: nothingDone.message }]);
		expect(outputs[0][0].pairedItem).toEqual({ item: 0 });
		expect(outputs[0][0].error?.description).toBe(nothingDone.description);
	});

	it('error output: nothing done goes to the error branch, a partial success stays on main', async () => {
		await fetch(`${ctx.sandbox.baseUrl}/course-enrollments`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${ctx.sandbox.keys.tenant}`,
				'Content-Type': 'application/json',
			},
			body: JSON.stringify({ courseIds: ['course_00004'], learnerIds: ['learner_00010'] }),
		});
		ctx.sandbox.control.clearLog();

		const { outputs, error } = await run(ctx.sandbox, remind('={{ $json.learners }}'), {
			items: [
				{ json: { learners: 'learner_00010, learner_00011' } },
				{ json: { learners: 'learner_00011; learner_missing' } },
			],
			onError: 'continueErrorOutput',
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox).map((request) => request.body)).toEqual([
			{ courseIds: ['course_00004'], learnerIds: ['learner_00010', 'learner_00011'] },
			{ courseIds: ['course_00004'], learnerIds: ['learner_00011', 'learner_missing'] },
		]);
		expect(outputs[0].map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{
					success: true,
					completed: [{ learnerId: 'learner_00010', courseId: 'course_00004' }],
					failures: [finished],
					errors: [],
				},
				{ item: 0 },
			],
		]);
		expect(outputs[1].map((item) => [item.json.error, item.pairedItem])).toEqual([
			[nothingDone.message, { item: 1 }],
		]);
	});

	it('policy assign of an unknown policy only: one failure named', async () => {
		const { error } = await run(ctx.sandbox, {
			resource: 'policy',
			operation: 'assign',
			policyIds: ['policy_missing'],
			learnerIds: ['learner_00010'],
		});

		expect(requests(ctx.sandbox).map(({ method, path, body }) => [method, path, body])).toEqual([
			[
				'POST',
				'/policy-assignments',
				{ policyIds: ['policy_missing'], learnerIds: ['learner_00010'] },
			],
		]);
		expect(error?.message).toBe(
			"Nothing was done: policy 'policy_missing' was not found [not_found] (1 failure)",
		);
		expect(error?.context).toMatchObject({ completed: [], failures: [] });
	});

	it('a long answer: 20 entries in the description, all in the context', async () => {
		const learnerIds = Array.from({ length: 25 }, (_, index) => `learner_gone_${index + 1}`);

		const { error } = await run(ctx.sandbox, {
			resource: 'policy',
			operation: 'assign',
			policyIds: ['policy_missing'],
			learnerIds,
		});

		const errors = (error?.context as { errors: Array<{ id: string }> }).errors;
		expect(errors.map((entry) => entry.id)).toEqual([...learnerIds, 'policy_missing']);
		expect(error?.message).toBe(
			"Nothing was done: learner 'learner_gone_1' was not found [not_found] (first of 26 failures)",
		);
		expect(error?.description).toBe(
			`None completed; 0 failures, 26 unknown IDs. Failures: []. Unknown IDs: ${JSON.stringify(errors.slice(0, 20))} and 6 more (all in the error's context)`,
		);
	});

	it('gap analysis answers {} and stays a result', async () => {
		const { outputs, error } = await run(ctx.sandbox, {
			resource: 'gapAnalysis',
			operation: 'sendReminder',
			learnerIds: ['learner_00010'],
		});

		expect(error).toBeUndefined();
		expect(requests(ctx.sandbox).map(({ method, path, body }) => [method, path, body])).toEqual([
			['POST', '/gap-analysis/reminders', { learnerIds: ['learner_00010'] }],
		]);
		expect(json(outputs[0])).toEqual([{ success: true }]);
	});
});
