import type { RunningSandbox } from '../../sandbox';

/**
 * Runs `action` when a request to `path` arrives, before the sandbox answers it (the sandbox
 * logs a request first). Returns a function that removes the hook.
 */
export function onRequest(sandbox: RunningSandbox, path: string, action: () => void): () => void {
	const log = sandbox.control.requestLog;
	const push = log.push.bind(log);
	log.push = (...entries) => {
		for (const entry of entries) if (entry.path === path) action();
		return push(...entries);
	};
	return () => {
		Reflect.deleteProperty(log, 'push');
	};
}
