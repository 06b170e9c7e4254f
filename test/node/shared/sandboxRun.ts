import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../sandbox';
import { runNode, type RunNodeOptions } from '../../harness';

export interface SandboxHandle {
	sandbox: RunningSandbox;
}

/**
 * One sandbox per test file, reset (data, options, faults, log) before each test; with
 * `keepData`, only the log is cleared, for files whose tests build on earlier tests' changes.
 */
export function useSandbox(
	options: SandboxOptions = {},
	{ keepData = false }: { keepData?: boolean } = {},
): SandboxHandle {
	const handle = {} as SandboxHandle;
	beforeAll(async () => {
		handle.sandbox = await startSandbox(options);
	});
	afterAll(async () => await handle.sandbox.close());
	beforeEach(() => (keepData ? handle.sandbox.control.clearLog() : handle.sandbox.control.reset()));
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

/** Runs one resource's operations: `const breach = runner(ctx, 'breach')`. */
export const runner =
	(handle: SandboxHandle, resource: string, defaults: RunOptions = {}) =>
	async (parameters: Record<string, unknown>, options: RunOptions = {}) =>
		await run(handle.sandbox, { resource, ...parameters } as INodeParameters, {
			...defaults,
			...options,
		});

/** `METHOD /path` of every logged request, in order. */
export function calls(sandbox: RunningSandbox): string[] {
	return sandbox.control.requestLog.map((entry) => `${entry.method} ${entry.path}`);
}

/** The logged requests, reduced to what the node controls. */
export function requests(sandbox: RunningSandbox) {
	return sandbox.control.requestLog.map(({ method, path, query, body, headers }) => ({
		method,
		path,
		query,
		body,
		authorization: headers.authorization,
	}));
}

/**
 * `data` of a direct API call, to compare node output with what the API answers;
 * the log is cleared after, so it holds only the node's requests.
 */
export async function apiData<T = unknown>(
	sandbox: RunningSandbox,
	path: string,
	apiKey = sandbox.keys.tenant,
): Promise<T> {
	const response = await fetch(`${sandbox.baseUrl}${path}`, {
		headers: { Authorization: `Bearer ${apiKey}` },
	});
	const { data } = (await response.json()) as { data: T };
	sandbox.control.clearLog();
	return data;
}

export const json = (items: INodeExecutionData[] | undefined) =>
	(items ?? []).map((item) => item.json);

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
