import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { EXAMPLES_DIR, loadExample, withSettings } from '../examples';
import { runnable, type E2eContext } from './context';
import { assertPolicyAssigned } from './onboarding';

/** Two leavers lose every group and are deactivated; nobody else changes. */
export async function checkOffboarding(context: E2eContext): Promise<void> {
	const { n8n, sandbox } = context.session;
	const { control, companies } = sandbox;
	control.reset();
	const before = control.learners(companies.tenant);
	const [leaverA, leaverB] = before.filter(
		(learner) => !learner.inactive && learner.groupIds.length,
	);

	const workflow = withSettings(runnable(context, loadExample('offboarding')), {
		leaverEmails: `${leaverA.email}, ${leaverB.email.toUpperCase()}`,
	});
	await n8n.importWorkflows([workflow]);
	const execution = await n8n.execute(workflow.id);
	assert.ok(execution.ok, `run failed, see ${execution.logFile}`);

	const after = new Map(control.learners(companies.tenant).map((learner) => [learner.id, learner]));
	for (const learner of before) {
		const now = after.get(learner.id)!;
		if (learner.id === leaverA.id || learner.id === leaverB.id) {
			assert.equal(now.inactive, true, `${learner.email} deactivated`);
			assert.deepEqual(now.groupIds, [], `${learner.email} in no group`);
		} else {
			assert.equal(now.inactive, learner.inactive, `${learner.email} untouched`);
			assert.deepEqual(now.groupIds, learner.groupIds, `${learner.email} groups untouched`);
		}
	}
}

/** The Sheets row (stand-in) carries the sandbox's learning summary for last month. */
export async function checkMonthlyReport(context: E2eContext): Promise<void> {
	const { n8n, sandbox } = context.session;
	sandbox.control.reset();
	const workflow = runnable(context, loadExample('monthly-report-to-sheets'));
	await n8n.importWorkflows([workflow]);
	const execution = await n8n.execute(workflow.id);
	assert.ok(execution.ok, `run failed, see ${execution.logFile}`);

	const response = await fetch(`${sandbox.baseUrl}/reports/learning`, {
		headers: { Authorization: `Bearer ${sandbox.keys.tenant}` },
	});
	const { data } = (await response.json()) as {
		data: { generatedAt: string; summary: Record<string, number> };
	};
	const { summary } = data;
	const rows = context.capture.bodiesOf('Append to Report Sheet') as Array<Record<string, unknown>>;
	assert.equal(rows.length, 1);
	const lastMonth = new Date();
	lastMonth.setUTCDate(1);
	lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
	assert.deepEqual(rows[0], {
		month: lastMonth.toISOString().slice(0, 7),
		generated_at: data.generatedAt,
		learners: summary.learnerCount,
		enrolments: summary.enrolmentCount,
		completed: summary.completedCount,
		in_progress: summary.inProgressCount,
		not_started: summary.notStartedCount,
		completion_rate_pct: Math.round(summary.completionRate * 1000) / 10,
		average_score: summary.averageScore,
	});
}

/** The PDF downloaded over HTTP is published unchanged and assigned to every active learner. */
export async function checkPolicyFromUrl(context: E2eContext): Promise<void> {
	const { n8n, sandbox } = context.session;
	const { control, companies } = sandbox;
	control.reset();
	const pdf = readFileSync(join(EXAMPLES_DIR, 'acceptable-use-policy.pdf'));
	context.capture.setFile('acceptable-use-policy.pdf', 'application/pdf', pdf);
	const workflow = withSettings(runnable(context, loadExample('policy-from-url')), {
		policyUrl: `${context.capture.url}/files/acceptable-use-policy.pdf`,
	});
	await n8n.importWorkflows([workflow]);
	const execution = await n8n.execute(workflow.id);
	assert.ok(execution.ok, `run failed, see ${execution.logFile}`);

	const active = control.learners(companies.tenant).filter((learner) => !learner.inactive);
	assertPolicyAssigned(sandbox, active, pdf);
}
