import { STATUS_CODES } from 'http';

import type { Request, Response } from 'express';

import { RATE_LIMIT_WINDOW_MS } from '../assumptions';
import { codeForStatus } from '../errors';
import { sendError } from './http';
import type { LogEntry, Runtime } from './runtime';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Latency, injected faults and the rate limit, applied before routing to a handler.
 * Returns true when the request was answered (or dropped) here.
 */
export async function applyGuards(
	rt: Runtime,
	req: Request,
	res: Response,
	entry: LogEntry,
): Promise<boolean> {
	if (rt.options.latencyMs > 0) await sleep(rt.options.latencyMs);
	if (applyFault(rt, req, res, entry)) return true;
	return applyRateLimit(rt, req, res, entry);
}

function applyFault(rt: Runtime, req: Request, res: Response, entry: LogEntry): boolean {
	const index = rt.faults.findIndex(
		(f) =>
			(f.method === undefined || f.method.toUpperCase() === req.method) &&
			(f.route === undefined || f.route === entry.route),
	);
	if (index === -1) return false;
	const fault = rt.faults[index];
	fault.remaining--;
	if (fault.remaining <= 0) rt.faults.splice(index, 1);

	if (fault.drop) {
		entry.status = 0;
		req.socket.destroy();
		return true;
	}
	const status = fault.status ?? 500;
	if (fault.retryAfter !== undefined) res.setHeader('Retry-After', String(fault.retryAfter));
	if (fault.json !== undefined) {
		entry.status = status;
		res.status(status).json(fault.json);
		return true;
	}
	if (fault.html) {
		entry.status = status;
		const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
		res
			.status(status)
			.type('text/html')
			.send(`<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`);
		return true;
	}
	sendError(
		res,
		entry,
		status,
		codeForStatus(status),
		`injected fault: ${STATUS_CODES[status] ?? status}`,
	);
	return true;
}

function applyRateLimit(rt: Runtime, req: Request, res: Response, entry: LogEntry): boolean {
	const limit = rt.options.rateLimitPerMinute;
	if (limit === null) return false;
	const caller = req.headers.authorization ?? 'anonymous';
	const now = Date.now();
	let window = rt.rateWindows.get(caller);
	if (!window || now - window.start >= RATE_LIMIT_WINDOW_MS) {
		window = { start: now, count: 0 };
		rt.rateWindows.set(caller, window);
	}
	if (window.count < limit) {
		window.count++;
		return false;
	}
	const seconds = Math.max(1, Math.ceil((window.start + RATE_LIMIT_WINDOW_MS - now) / 1000));
	res.setHeader('Retry-After', String(seconds));
	sendError(res, entry, 429, 'rate_limited', `rate limit of ${limit} requests per minute exceeded`);
	return true;
}
