// npm run demo: onboard examples/roster.csv into the sandbox with real n8n, then summarise.
// npm run demo -- --editor: the same, then keep the editor open on the result.
import { loadExample, localCopy } from './examples';
import type { N8nRun } from './n8n/output';
import { nodeItems } from './n8n/output';
import { DEMO_OWNER } from './n8n/owner';
import { portInUse } from './n8n/ports';
import { startSession } from './n8n/session';

export const DEMO_EXAMPLE = 'onboard-from-csv';
const EDITOR_PORT = Number(process.env.N8N_PORT ?? 5678);

type Pair = { learnerId: string };
type PairsResult = { completed?: Pair[]; failures?: unknown[]; errors?: unknown[] };

async function main(): Promise<void> {
	const openEditor = process.argv.includes('--editor');
	if (openEditor && (await portInUse(EDITOR_PORT))) {
		throw new Error(`Port ${EDITOR_PORT} is in use: stop what runs there or set N8N_PORT`);
	}

	console.log(
		'Starting the sandbox and n8n 2.40.7 (the first run installs n8n, about 5 minutes)...',
	);
	const session = await startSession({ owner: true });
	const { n8n, sandbox } = session;
	const workflow = localCopy(loadExample(DEMO_EXAMPLE));
	await n8n.importWorkflows([workflow]);

	console.log(`Running "${workflow.name}" on examples/roster.csv...`);
	const execution = await n8n.execute(workflow.id);
	if (!execution.ok) {
		const error = execution.run.data.resultData.error;
		throw new Error(
			`The workflow failed: ${error?.message ?? 'see the log'} (log: ${execution.logFile})`,
		);
	}
	console.log(summary(execution.run));

	if (!openEditor) {
		console.log(
			`\nTo see this run in the n8n editor: npm run demo -- --editor\nTo build your own workflows: npm start`,
		);
		await session.close();
		return;
	}

	const server = await n8n.startServer(EDITOR_PORT);
	const stop = async () => {
		await server.stop();
		await session.close();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	const executionId = await latestExecutionId(server.url, workflow.id);
	console.log(
		[
			'',
			`Open ${server.url}/workflow/${workflow.id}/executions/${executionId ?? ''} and log in as`,
			`${DEMO_OWNER.email} / ${DEMO_OWNER.password} to see the run above node by node.`,
			`The sandbox keeps the data at ${sandbox.baseUrl} while this runs. Ctrl+C stops both.`,
		].join('\n'),
	);
}

/** The newest execution of the workflow, through the editor's own REST API. */
async function latestExecutionId(baseUrl: string, workflowId: string): Promise<string | undefined> {
	try {
		const login = await fetch(`${baseUrl}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: DEMO_OWNER.email, password: DEMO_OWNER.password }),
		});
		const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const response = await fetch(`${baseUrl}/rest/executions?filter=${filter}`, {
			headers: { cookie },
		});
		const body = (await response.json()) as { data?: { results?: Array<{ id: string }> } };
		return body.data?.results?.[0]?.id;
	} catch {
		// Only the link gets less precise: the executions list instead of the run.
		return undefined;
	}
}

function summary(run: N8nRun): string {
	const ran = (node: string) => node in run.data.resultData.runData;
	const items = (node: string, output = 0) => (ran(node) ? nodeItems(run, node, output) : []);

	const groups = items('Create Department Group').map((group) => String(group.name));
	const created = items('Created?', 0);
	const rejected = items('Rejected Rows');
	const course = items('Onboarding Course')[0];
	const enrolled = (items('Enroll in Course')[0] ?? {}) as PairsResult;
	const policy = items('Create Policy')[0];
	const assigned = (items('Assign Policy')[0] ?? {}) as PairsResult;

	const lines = [
		'',
		'Onboarding summary',
		`  Groups created:     ${groups.length} (${groups.join(', ') || 'none needed'})`,
		`  Learners created:   ${created.length}`,
		`  Rows rejected:      ${rejected.length}`,
		...rejected.map(
			(row) => `    - ${row.employeeId} ${row.email || '(no email)'}: ${row.reason} [${row.code}]`,
		),
		`  Enrolled in course: ${enrolled.completed?.length ?? 0} learners in "${course?.name ?? '?'}"` +
			failuresNote(enrolled),
		`  Policy published:   "${policy?.name ?? '?'}" (${policy?.id ?? '?'}) from examples/acceptable-use-policy.pdf`,
		`  Policy assigned:    ${assigned.completed?.length ?? 0} learners` + failuresNote(assigned),
	];
	return lines.join('\n');
}

function failuresNote(result: PairsResult): string {
	const failed = (result.failures?.length ?? 0) + (result.errors?.length ?? 0);
	return failed ? ` (${failed} not done)` : '';
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
