import type { FaultSpec, RunningSandbox } from '../../../sandbox';

/**
 * Queues `fault` when the `nth` request to `path` arrives, so the ones before it succeed.
 * The sandbox logs a request before it looks for faults, so the fault answers that very request.
 * Returns a function that removes the hook.
 */
export function faultOnRequest(
	sandbox: RunningSandbox,
	nth: number,
	path: string,
	fault: FaultSpec,
): () => void {
	const log = sandbox.control.requestLog;
	let seen = 0;
	const push = log.push.bind(log);
	log.push = (...entries) => {
		for (const entry of entries) {
			if (entry.path === path && ++seen === nth) sandbox.control.injectFaults(fault);
		}
		return push(...entries);
	};
	return () => {
		Reflect.deleteProperty(log, 'push');
	};
}
