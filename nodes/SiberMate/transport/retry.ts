import type { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

/** 429 handling: retries per request, and the longest Retry-After the node waits for. */
export const RATE_LIMIT_MAX_RETRIES = 3;
export const RATE_LIMIT_MAX_WAIT_SECONDS = 60;
export const RATE_LIMIT_DEFAULT_WAIT_SECONDS = 1;

/** IMF-fixdate, the HTTP date form servers send: `Sun, 06 Nov 1994 08:49:37 GMT`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Retry-After is either delay-seconds or an HTTP date (RFC 9110 10.2.3). Fractions are rounded
 * up; anything else (negative, garbage) is ignored, so the default backoff applies.
 */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d{1,9}(\.\d+)?$/.test(text)) return Math.ceil(Number(text));
	if (!HTTP_DATE.test(text)) return undefined;
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, Math.ceil((date - now) / 1000));
}

export interface RateLimited {
	retryAfterSeconds: number | undefined;
}

/**
 * Runs `attempt` and repeats it while it is rate limited, waiting as the API asks.
 * `classify` says whether an error is a 429 and how long to wait; `fail` builds every error thrown.
 */
export async function retryOnRateLimit<T>(
	attempt: () => Promise<T>,
	classify: (error: unknown) => RateLimited | undefined,
	fail: (error: unknown, note?: string) => NodeApiError | NodeOperationError,
): Promise<T> {
	for (let retry = 0; ; retry++) {
		try {
			return await attempt();
		} catch (error) {
			const limited = classify(error);
			if (!limited) throw fail(error);

			const asked = limited.retryAfterSeconds;
			const wait = asked ?? RATE_LIMIT_DEFAULT_WAIT_SECONDS * 2 ** retry;
			const askedText = asked === undefined ? 'no Retry-After' : `Retry-After ${asked} s`;
			if (wait > RATE_LIMIT_MAX_WAIT_SECONDS) {
				throw fail(
					error,
					`SiberMate asked to wait ${wait} s (${askedText}), longer than the ${RATE_LIMIT_MAX_WAIT_SECONDS} s this node waits.`,
				);
			}
			if (retry >= RATE_LIMIT_MAX_RETRIES) {
				throw fail(
					error,
					`Still rate limited after ${retry} retries; the last answer asked to wait ${wait} s (${askedText}).`,
				);
			}
			await sleep(wait * 1000);
		}
	}
}
