import { startSandbox, type RunningSandbox } from '../../../sandbox';
import { runNode } from '../../harness';

let sandbox: RunningSandbox;

beforeAll(async () => {
	sandbox = await startSandbox();
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.control.clearLog());

const run = async (parameters: Record<string, unknown>) =>
	await runNode({
		parameters: { resource: 'gapAnalysis', ...parameters } as never,
		credentials: { apiKey: sandbox.keys.tenant, baseUrl: sandbox.baseUrl },
	});

const requests = () =>
	sandbox.control.requestLog.map(({ method, path, query, body, headers }) => ({
		method,
		path,
		query,
		body,
		authorization: headers.authorization,
	}));

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
		expect(requests()).toEqual([
			{
				method: 'POST',
				path,
				query: {},
				body: { learnerIds: ['learner_00020', 'learner_00021'] },
				authorization: `Bearer ${sandbox.keys.tenant}`,
			},
		]);
		expect(outputs[0].map((item) => item.json)).toEqual([{ success: true }]);
	});

	it('enrolment shows up in the gap analysis results report', async () => {
		await run({ operation: 'enroll', learnerIds: '={{ ["learner_00022"] }}' });

		const learners = sandbox.control.requestLog.map((entry) => entry.body);
		expect(learners).toEqual([{ learnerIds: ['learner_00022'] }]);
		const { outputs } = await runNode({
			parameters: { resource: 'report', operation: 'getGapAnalysisResults' } as never,
			credentials: { apiKey: sandbox.keys.tenant, baseUrl: sandbox.baseUrl },
		});
		expect(outputs[0].map((item) => item.json.learnerId)).toContain('learner_00022');
	});

	it.each(['={{ [] }}', '={{ "" }}', '={{ " ,  , " }}'])(
		'rejects the empty list %p before any request',
		async (learnerIds) => {
			const { error } = await run({ operation: 'enroll', learnerIds });

			expect(error?.message).toBe('Learner IDs: choose at least one ID');
			expect(error?.description).toContain('parameter "learnerIds"');
			expect(sandbox.control.requestLog).toEqual([]);
		},
	);

	it('passes an unknown learner to the API and maps its 404', async () => {
		const { error } = await run({ operation: 'unenroll', learnerIds: ['learner_nobody'] });

		expect(error?.message).toMatch(/\[not_found\]$/);
		expect(error?.description).toMatch(/^Check the ID/);
		expect(requests()).toHaveLength(1);
		expect(JSON.stringify(error)).not.toContain(sandbox.keys.tenant);
	});
});
