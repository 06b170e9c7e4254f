import express, { type NextFunction, type Request, type Response, type Router } from 'express';

import type { SandboxControl } from '../control';
import { ApiError } from '../errors';
import { sendError, sendJson } from './http';
import type { FaultSpec, LogEntry } from './runtime';

type ControlAction = (body: Record<string, unknown>, req: Request) => unknown;

function redact(entry: LogEntry): LogEntry {
	if (!entry.headers.authorization) return entry;
	return { ...entry, headers: { ...entry.headers, authorization: 'Bearer ***' } };
}

/** HTTP twins of the SandboxControl methods, answering `{ data }`. */
export function controlRouter(control: SandboxControl, info: () => unknown): Router {
	const router = express.Router();
	router.use(express.json({ limit: '1mb' }));
	const on = (b: Record<string, unknown>) => b.on !== false;
	const routes: Array<['get' | 'post' | 'delete', string, ControlAction]> = [
		['get', '/', () => info()],
		['post', '/reset', () => control.reset()],
		['post', '/create-returns-record', (b) => control.setCreateReturnsRecord(on(b))],
		['post', '/latency', (b) => control.setLatency(Number(b.ms ?? 0))],
		[
			'post',
			'/rate-limit',
			(b) => control.setRateLimit(b.perMinute == null ? null : Number(b.perMinute)),
		],
		['post', '/faults', (b) => control.injectFaults(b as FaultSpec | FaultSpec[])],
		['delete', '/faults', () => control.clearFaults()],
		[
			'post',
			'/breach-unavailable',
			(b) => control.setBreachUnavailable(String(b.companyId), on(b)),
		],
		['post', '/ready', (b) => control.setReady(on(b))],
		['post', '/activity', (b) => control.advanceActivity(b as never)],
		['post', '/simulations', (b) => ({ simulationId: control.startSimulation(b as never) })],
		['post', '/clock/advance', (b) => ({ now: control.advanceClock(Number(b.ms ?? 0)) })],
		['get', '/clock', () => ({ now: control.now() })],
		[
			'post',
			'/learners',
			(b) => ({
				learnerIds: control.addLearners(String(b.companyId), Number(b.count ?? 0), {
					simulationId: b.simulationId as string | undefined,
				}),
			}),
		],
		['get', '/log', () => control.requestLog.map(redact)],
		['delete', '/log', () => control.clearLog()],
		['get', '/uploads', () => control.uploads()],
	];
	for (const [method, path, action] of routes) {
		router[method](path, (req: Request, res: Response) => {
			const result = action((req.body ?? {}) as Record<string, unknown>, req);
			sendJson(res, undefined, 200, { data: result ?? {} });
		});
	}
	router.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
		const status = error instanceof ApiError ? error.status : 400;
		sendError(res, undefined, status, 'validation_error', error.message);
	});
	return router;
}
