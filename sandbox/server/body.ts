import type { NextFunction, Request, Response } from 'express';

import { MAX_JSON_BODY_BYTES } from '../assumptions';

export type BodyProblem = 'too_large' | 'malformed';

export interface ParsedBody {
	body: unknown;
	problem?: BodyProblem;
}

const isMultipart = (req: Request) =>
	/^multipart\/form-data/i.test(req.headers['content-type'] ?? '');

/** Reads a JSON body (any method) into res.locals.parsed; multipart bodies are left to the handler. */
export function readJsonBody(req: Request, res: Response, next: NextFunction) {
	const parsed: ParsedBody = { body: undefined };
	res.locals.parsed = parsed;
	const done = () => {
		if (res.locals.entry) res.locals.entry.body = parsed.body;
		next();
	};
	const hasBody =
		req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
	if (!hasBody || isMultipart(req)) return done();
	if (Number(req.headers['content-length']) > MAX_JSON_BODY_BYTES) {
		parsed.problem = 'too_large';
		return done();
	}

	const chunks: Buffer[] = [];
	let size = 0;
	req.on('data', (chunk: Buffer) => {
		size += chunk.length;
		if (size > MAX_JSON_BODY_BYTES) parsed.problem = 'too_large';
		else chunks.push(chunk);
	});
	req.on('end', () => {
		if (parsed.problem) return done();
		const text = Buffer.concat(chunks).toString('utf8');
		if (text.trim() === '') return done();
		try {
			parsed.body = JSON.parse(text);
		} catch {
			parsed.problem = 'malformed';
		}
		done();
	});
	req.on('error', next);
}
