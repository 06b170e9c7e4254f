/** Runs a benchmark workflow in real n8n and reads the measured node's own timing. */
import type { N8nNodeRun } from '../scripts/n8n/output';
import type { Session } from '../scripts/n8n/session';
import { MEASURED_NODE } from './workflows';

/** n8n's run data records how long each node ran; scripts/n8n/output.ts does not read it. */
type TimedNodeRun = N8nNodeRun & { executionTime?: number };

export interface MeasuredRun {
	/** `executionTime` of the measured node: its own run, without n8n's start-up. */
	nodeMs: number;
	items: Array<Record<string, unknown>>;
	/** Sandbox log entries of this run: `METHOD route` each. */
	requests: string[];
	failedRequests: number;
}

/** `n8n execute` of one imported workflow, with the sandbox log cleared first. */
export async function executeMeasured(session: Session, workflowId: string): Promise<MeasuredRun> {
	session.sandbox.control.clearLog();
	const execution = await session.n8n.execute(workflowId);
	const runs = execution.run.data.resultData.runData[MEASURED_NODE] as TimedNodeRun[] | undefined;
	const last = runs?.[runs.length - 1];
	if (!execution.ok || !last || last.executionTime === undefined) {
		const error = last?.error ?? execution.run.data.resultData.error;
		throw new Error(
			`${workflowId} failed: ${error?.message ?? 'no run of the measured node'} (log ${execution.logFile})`,
		);
	}
	const log = session.sandbox.control.requestLog;
	return {
		nodeMs: last.executionTime,
		items: (last.data?.main?.[0] ?? []).map((item) => item.json),
		requests: log.map((entry) => `${entry.method} ${entry.route ?? entry.path}`),
		failedRequests: log.filter((entry) => entry.status >= 400 || entry.status === 0).length,
	};
}

/** `2,000 POST /learners/bulk + 1 GET /learners`, most frequent first. */
export function describeRequests(requests: string[]): string {
	const counts = new Map<string, number>();
	for (const request of requests) counts.set(request, (counts.get(request) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1])
		.map(([request, n]) => `${n.toLocaleString('en-US')} ${request}`)
		.join(' + ');
}
