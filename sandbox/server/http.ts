import type { Response } from 'express';

import { errorBody } from '../errors';
import type { LogEntry } from './runtime';

export function sendJson(
	res: Response,
	entry: LogEntry | undefined,
	status: number,
	body: unknown,
) {
	if (entry) entry.status = status;
	res.status(status).type('application/json').send(JSON.stringify(body));
}

export function sendError(
	res: Response,
	entry: LogEntry | undefined,
	status: number,
	code: string,
	message: string,
) {
	sendJson(res, entry, status, errorBody(code, message));
}
