/** The parts of n8n's IRun that the scripts read. */
export type N8nNodeRun = {
	startTime?: number;
	executionStatus?: string;
	error?: { message?: string; description?: string; httpCode?: string };
	data?: {
		main?: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, unknown> }> | null>;
	};
};

export type N8nRun = {
	status?: string;
	data: {
		resultData: {
			error?: { message?: string; description?: string; node?: { name?: string } };
			lastNodeExecuted?: string;
			runData: Record<string, N8nNodeRun[]>;
		};
	};
};

/**
 * `n8n execute` prints log lines, then the run as indented JSON starting on a line holding
 * only `{`; on failure the same JSON comes through the logger and more log lines follow it.
 */
export function parseExecuteOutput(output: string): N8nRun | undefined {
	const lines = output.split('\n');
	const start = lines.findIndex((line) => line === '{');
	if (start < 0) return undefined;
	for (let end = lines.length - 1; end > start; end--) {
		if (lines[end] !== '}') continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n')) as N8nRun;
		} catch {
			// A later closing brace belonged to something else; try an earlier one.
		}
	}
	return undefined;
}

/** The JSON of the items a node emitted on one output in its last run. */
export function nodeItems(
	run: N8nRun,
	nodeName: string,
	output = 0,
): Array<Record<string, unknown>> {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs?.length) throw new Error(`Node "${nodeName}" did not run`);
	const items = runs[runs.length - 1].data?.main?.[output] ?? [];
	return items.map((item) => item.json);
}

/** The error a node stopped with, if any. */
export function nodeError(run: N8nRun, nodeName: string): N8nNodeRun['error'] {
	const runs = run.data.resultData.runData[nodeName];
	return runs?.[runs.length - 1]?.error;
}
