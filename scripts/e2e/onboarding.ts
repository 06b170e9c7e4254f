import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { EXAMPLES_DIR, loadExample } from '../examples';
import { nodeItems } from '../n8n/output';
import type { Sandbox } from '../n8n/session';
import { runnable, type E2eContext } from './context';
import { EXPECTED_REJECTIONS, readRoster, validRows, type RosterRow } from './roster';

const COURSE_NAME = 'Security Awareness Essentials';
const POLICY_NAME = 'Acme Acceptable Use Policy';
/** Roster departments the seeded tenant has no group for. */
const NEW_DEPARTMENTS = ['People', 'Product', 'Security'];

/** The demo's workflow: roster.csv read from disk, learners, groups, course, policy. */
export async function checkOnboardingFromCsv(context: E2eContext): Promise<void> {
	const { n8n, sandbox } = context.session;
	sandbox.control.reset();
	const workflow = runnable(context, loadExample('onboard-from-csv'));
	await n8n.importWorkflows([workflow]);

	const execution = await n8n.execute(workflow.id);
	assert.ok(execution.ok, `run failed, see ${execution.logFile}`);
	const { run } = execution;

	const rows = readRoster();
	assert.deepEqual(
		nodeItems(run, 'Rejected Rows').map(({ employeeId, code }) => ({ employeeId, code })),
		EXPECTED_REJECTIONS,
	);
	assert.equal(nodeItems(run, 'Created?', 0).length, validRows(rows).length);
	assert.deepEqual(
		nodeItems(run, 'Create Department Group')
			.map((group) => group.name)
			.sort(),
		NEW_DEPARTMENTS,
	);
	assertOnboarded(sandbox, rows);
	assertPolicyAssigned(sandbox, validRows(rows));
}

/** The same onboarding from a Google Sheets roster (stand-in), run twice: the second adds nobody. */
export async function checkSheetsRosterSync(context: E2eContext): Promise<void> {
	const { n8n, sandbox } = context.session;
	sandbox.control.reset();
	const rows = readRoster();
	context.capture.setRows('Read Roster Sheet', rows);
	const workflow = runnable(context, loadExample('sheets-roster-sync'));
	await n8n.importWorkflows([workflow]);

	const first = await n8n.execute(workflow.id);
	assert.ok(first.ok, `first run failed, see ${first.logFile}`);
	assertOnboarded(sandbox, rows);
	const logged = context.capture.bodiesOf('Log Rejected Rows') as Array<Record<string, string>>;
	assert.deepEqual(
		logged.map(({ employee_id, code }) => ({ employeeId: employee_id, code })),
		EXPECTED_REJECTIONS,
	);
	for (const row of logged) {
		assert.ok(
			row.reason.length > 0 && !Number.isNaN(Date.parse(row.checked_at)),
			JSON.stringify(row),
		);
	}

	const learnerCount = sandbox.control.learners(sandbox.companies.tenant).length;
	const second = await n8n.execute(workflow.id);
	assert.ok(second.ok, `second run failed, see ${second.logFile}`);
	assert.equal(sandbox.control.learners(sandbox.companies.tenant).length, learnerCount);
	assert.equal(nodeItems(second.run, 'Created?', 0).length, 0);
	// Still in the sheet and still invalid; the duplicate's first row now exists, so it is skipped.
	assert.deepEqual(
		nodeItems(second.run, 'Rejected Rows').map((row) => row.employee_id),
		['EMP-1042', 'EMP-1088'],
	);
}

/** Every valid row is a learner with its external ID, department group and the course. */
function assertOnboarded(sandbox: Sandbox, rows: RosterRow[]): void {
	const { control, companies } = sandbox;
	const tenant = companies.tenant;
	const course = control.courses(tenant).find((candidate) => candidate.name === COURSE_NAME);
	assert.ok(course, `course ${COURSE_NAME}`);
	const enrolled = new Set(
		control
			.enrolments(tenant)
			.filter((enrolment) => enrolment.courseId === course.id)
			.map((enrolment) => enrolment.learnerId),
	);
	const groupNames = control.groups(tenant).map((group) => group.name);
	for (const department of NEW_DEPARTMENTS) assert.ok(groupNames.includes(department), department);
	assert.equal(groupNames.length, new Set(groupNames).size, 'no group created twice');

	for (const row of validRows(rows)) {
		const learner = control.findLearnerByEmail(tenant, row.email);
		assert.ok(learner, `learner ${row.email}`);
		assert.equal(learner.externalLearnerId, row.employee_id);
		assert.equal(learner.name, `${row.first_name} ${row.last_name}`);
		assert.deepEqual(
			learner.groups.map((group) => group.name),
			[row.department],
		);
		assert.ok(enrolled.has(learner.id), `${row.email} enrolled in ${COURSE_NAME}`);
	}
	const byId = new Map(rows.map((row) => [row.employee_id, row]));
	assert.equal(control.findLearnerByEmail(tenant, byId.get('EMP-1042')!.email), undefined);
	assert.equal(control.findLearnerByEmail(tenant, byId.get('EMP-1088')!.email), undefined);
	// The duplicate email belongs to the row that came first.
	assert.equal(
		control.findLearnerByEmail(tenant, byId.get('EMP-1154')!.email)?.externalLearnerId,
		'EMP-1121',
	);
}

/** One live policy whose PDF is the shipped file byte for byte, assigned to these learners. */
export function assertPolicyAssigned(
	sandbox: Sandbox,
	learners: Array<{ email: string }>,
	pdf = readFileSync(join(EXAMPLES_DIR, 'acceptable-use-policy.pdf')),
): void {
	const { control, companies } = sandbox;
	const tenant = companies.tenant;
	const policies = control.policies(tenant).filter((policy) => policy.name === POLICY_NAME);
	assert.equal(policies.length, 1, `one policy named ${POLICY_NAME}`);
	const policy = policies[0];
	const pdfFile = policy.liveVersion?.pdfFile;
	assert.ok(pdfFile, 'the policy is published with a PDF');
	const upload = control.upload(pdfFile);
	assert.equal(upload?.sha256, createHash('sha256').update(pdf).digest('hex'));

	const assigned = new Set(
		control
			.policyAssignments(tenant)
			.filter((assignment) => assignment.policyId === policy.id)
			.map((assignment) => assignment.learnerId),
	);
	const expected = learners.map((learner) => control.findLearnerByEmail(tenant, learner.email)!.id);
	assert.deepEqual([...assigned].sort(), [...expected].sort());
}
