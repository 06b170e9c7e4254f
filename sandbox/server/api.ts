import type { Express, NextFunction, Request, Response } from 'express';

import { ApiError, invalid } from '../errors';
import type { Company } from '../state/types';
import type { ParsedBody } from './body';
import type { Ctx, RouteDef, RouteTable } from './context';
import { acceptsCompanyId, ENDPOINTS, type EndpointSpec, endpointKey } from './endpoints';
import { applyGuards } from './guards';
import { sendError, sendJson } from './http';
import type { LogEntry, Runtime } from './runtime';
import { validateBody } from './validate';

/** The request log keeps at least this many newest entries (long CLI sessions stay bounded). */
export const MAX_LOG_ENTRIES = 50_000;

/** Literal segments that share a position with an `{id}` and must never be read as one. */
const RESERVED_SEGMENTS = new Set([
	'bulk',
	'activate',
	'deactivate',
	'metrics',
	'upload',
	'from-template',
]);

const toExpressPath = (template: string) => `/v1${template.replace(/\{(\w+)\}/g, ':$1')}`;

/** Routes without path parameters first, so `/learners/bulk` wins over `/learners/{learnerId}`. */
function routeOrder(a: EndpointSpec, b: EndpointSpec): number {
	return (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0);
}

export function registerApi(app: Express, rt: Runtime, table: RouteTable): void {
	const missing = ENDPOINTS.filter((e) => !table[endpointKey(e)]);
	if (missing.length > 0)
		throw new Error(`No sandbox handler for ${missing.map(endpointKey).join(', ')}`);

	for (const endpoint of [...ENDPOINTS].sort(routeOrder)) {
		const entry = table[endpointKey(endpoint)];
		const def: RouteDef = typeof entry === 'function' ? { handler: entry } : entry;
		const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
		app[method](toExpressPath(endpoint.path), (req: Request, res: Response, next: NextFunction) => {
			const params = req.params as Record<string, string>;
			if (Object.values(params).some((value) => RESERVED_SEGMENTS.has(value))) return next();
			handle(rt, endpoint, def, req, res).catch(next);
		});
	}
}

async function handle(
	rt: Runtime,
	endpoint: EndpointSpec,
	def: RouteDef,
	req: Request,
	res: Response,
) {
	const entry = res.locals.entry as LogEntry;
	entry.route = endpoint.path;
	entry.params = { ...(req.params as Record<string, string>) };
	if (await applyGuards(rt, req, res, entry)) return;

	try {
		const parsed = res.locals.parsed as ParsedBody;
		if (parsed.problem === 'too_large')
			throw new ApiError('payload_too_large', 'request body is too large');
		if (parsed.problem === 'malformed')
			throw new ApiError('invalid_json', 'request body is not valid JSON');

		const org = def.public ? undefined : authenticate(rt, req);
		if (org) entry.orgId = org.id;
		const scope = org
			? resolveScope(rt, endpoint, org, req.query as Record<string, unknown>)
			: undefined;
		const ctx = {
			rt,
			store: rt.store,
			org,
			scope,
			data: scope ? rt.store.of(scope.id) : undefined,
			params: entry.params,
			query: req.query as Record<string, unknown>,
			body: def.streaming ? {} : validateBody(endpoint, parsed.body),
			req,
			res,
			entry,
		} as Ctx;
		const result = await def.handler(ctx);
		sendJson(res, entry, 200, def.raw ? result : { data: result });
	} catch (error) {
		if (error instanceof ApiError)
			return sendError(res, entry, error.status, error.code, error.message);
		throw error;
	}
}

function authenticate(rt: Runtime, req: Request): Company {
	const header = req.headers.authorization ?? '';
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	if (!match)
		throw new ApiError('unauthorized', 'Authorization: Bearer <API key> header is missing');
	const companyId = rt.store.keys.get(match[1]);
	if (!companyId) throw new ApiError('unauthorized', 'API key is not valid');
	return rt.store.company(companyId);
}

function resolveScope(
	rt: Runtime,
	endpoint: EndpointSpec,
	org: Company,
	query: Record<string, unknown>,
) {
	const requested = query.companyId;
	if (!acceptsCompanyId(endpoint) || requested === undefined || requested === '') return org;
	if (typeof requested !== 'string') throw invalid('companyId must be a single string');
	if (requested === org.id) return org;
	const target = rt.store.companies.get(requested);
	if (org.accountType === 'msp' && target?.parentId === org.id) return target;
	throw new ApiError(
		'forbidden',
		`companyId '${requested}' is not a company this API key may access`,
	);
}

/** Log entry and JSON body for every request under /v1. */
export function apiPrelude(rt: Runtime) {
	return (req: Request, res: Response, next: NextFunction) => {
		const rawPath = req.url.split('?')[0];
		const entry: LogEntry = {
			method: req.method,
			path: rawPath.slice(3),
			route: null,
			params: {},
			query: { ...(req.query as Record<string, unknown>) },
			headers: { ...req.headers },
			body: undefined,
			status: 0,
		};
		rt.log.push(entry);
		if (rt.log.length > MAX_LOG_ENTRIES * 2) rt.log.splice(0, rt.log.length - MAX_LOG_ENTRIES);
		res.locals.entry = entry;
		next();
	};
}

/** Unknown routes under /v1, and errors no handler mapped. */
export function apiFallback(rt: Runtime) {
	const notFound = async (req: Request, res: Response) => {
		const entry = res.locals.entry as LogEntry;
		if (await applyGuards(rt, req, res, entry)) return;
		sendError(res, entry, 404, 'not_found', `no endpoint ${req.method} ${entry.path}`);
	};
	const failed = (
		error: Error & { status?: number },
		_req: Request,
		res: Response,
		_next: NextFunction,
	) => {
		const entry = res.locals.entry as LogEntry | undefined;
		if (res.headersSent) return;
		if (error.status === 400)
			return sendError(res, entry, 400, 'validation_error', 'malformed request path');
		console.error('[sandbox] internal error', error);
		sendError(res, entry, 500, 'internal_error', 'internal sandbox error');
	};
	return { notFound, failed };
}
