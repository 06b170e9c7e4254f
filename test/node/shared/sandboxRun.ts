import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../sandbox';
import { runNode, type RunNodeOptions } from '../../harness';

export interface SandboxHandle {
	sandbox: RunningSandbox;
}

/** One sandbox per test file, reset (data, options, faults, log) before each test. */
export function useSandbox(options: SandboxOptions = {}): SandboxHandle {
	const handle = {} as SandboxHandle;
	beforeAll(async () => {
		handle.sandbox = await startSandbox(options);
	});
	afterAll(async () => await handle.sandbox.close());
	beforeEach(() => handle.sandbox.control.reset());
	return handle;
}

export interface RunOptions extends Partial<Omit<RunNodeOptions, 'parameters' | 'credentials'>> {
	apiKey?: string;
}

/** Runs the SiberMate node against the sandbox with the plain tenant's key by default. */
export async function run(
	sandbox: RunningSandbox,
	parameters: INodeParameters,
	options: RunOptions = {},
) {
	const { apiKey = sandbox.keys.tenant, ...rest } = options;
	return await runNode({
		parameters,
		credentials: { apiKey, baseUrl: sandbox.baseUrl },
		...rest,
	});
}

/** `METHOD /path` of every logged request, in order. */
export function calls(sandbox: RunningSandbox): string[] {
	return sandbox.control.requestLog.map((entry) => `${entry.method} ${entry.path}`);
}

/** `data` of a direct API call, to compare node output with what the API answers. */
export async function apiData(
	sandbox: RunningSandbox,
	path: string,
	apiKey = sandbox.keys.tenant,
): Promise<unknown> {
	const response = await fetch(`${sandbox.baseUrl}${path}`, {
		headers: { Authorization: `Bearer ${apiKey}` },
	});
	return ((await response.json()) as IDataObject).data;
}

export const json = (items: INodeExecutionData[] | undefined) =>
	(items ?? []).map((item) => item.json);

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
