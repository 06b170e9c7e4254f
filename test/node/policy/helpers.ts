import { createHash } from 'crypto';

import type { INodeExecutionData } from 'n8n-workflow';

import { startSandbox, type RunningSandbox } from '../../../sandbox';
import { runNode } from '../../harness';

/** One sandbox per test file, its log cleared before each test. */
export function useSandbox(): () => RunningSandbox {
	let sandbox: RunningSandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.control.clearLog());
	return () => sandbox;
}

export const locator = (value: string) => ({ __rl: true, mode: 'id', value });

export async function runPolicy(
	sandbox: RunningSandbox,
	parameters: Record<string, unknown>,
	options: {
		items?: INodeExecutionData[];
		resource?: string;
		key?: string;
		continueOnFail?: boolean;
	} = {},
) {
	return await runNode({
		parameters: { resource: options.resource ?? 'policy', ...parameters } as never,
		credentials: { apiKey: options.key ?? sandbox.keys.tenant, baseUrl: sandbox.baseUrl },
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
}

/** The requests the sandbox saw, reduced to what the node controls. */
export function requests(sandbox: RunningSandbox) {
	return sandbox.control.requestLog.map(({ method, path, query, body, headers }) => ({
		method,
		path,
		query,
		body,
		authorization: headers.authorization,
	}));
}

export const json = (outputs: INodeExecutionData[][]) => outputs[0].map((item) => item.json);

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** What the API answers, read before the node runs (the log is cleared after). */
export async function apiData(sandbox: RunningSandbox, path: string, key?: string) {
	const response = await fetch(`${sandbox.baseUrl}${path}`, {
		headers: { Authorization: `Bearer ${key ?? sandbox.keys.tenant}` },
	});
	const { data } = (await response.json()) as { data: unknown };
	sandbox.control.clearLog();
	return data;
}
