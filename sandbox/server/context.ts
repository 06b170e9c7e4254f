import type { Request, Response } from 'express';

import { BOOLEAN_QUERY_VALUES } from '../assumptions';
import { invalid, notFound } from '../errors';
import type { Store } from '../state/store';
import type { Company, CompanyData } from '../state/types';
import type { LogEntry, Runtime } from './runtime';

export interface Ctx {
	rt: Runtime;
	store: Store;
	/** Organization of the API key (writes act on it). */
	org: Company;
	/** Company a read is scoped to: `companyId` when allowed, else the key's organization. */
	scope: Company;
	/** Data of `scope`. */
	data: CompanyData;
	params: Record<string, string>;
	query: Record<string, unknown>;
	body: Record<string, unknown>;
	req: Request;
	res: Response;
	entry: LogEntry;
}

export type Handler = (ctx: Ctx) => unknown;

export interface RouteDef {
	handler: Handler;
	/** Reachable without an API key. */
	public?: boolean;
	/** The handler reads the request stream itself (multipart). */
	streaming?: boolean;
	/** Answer sent as-is, without the `{ data }` envelope. */
	raw?: boolean;
}

export type RouteTable = Record<string, Handler | RouteDef>;

export function boolQuery(ctx: Ctx, name: string): boolean | undefined {
	const value = ctx.query[name];
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !(BOOLEAN_QUERY_VALUES as readonly string[]).includes(value)) {
		throw invalid(`${name} must be true or false`);
	}
	return value === 'true';
}

export function enumQuery<T extends string>(
	ctx: Ctx,
	name: string,
	allowed: readonly T[],
): T | undefined {
	const value = ctx.query[name];
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		throw invalid(`${name} must be one of ${allowed.join(', ')}`);
	}
	return value as T;
}

export function stringQuery(ctx: Ctx, name: string): string | undefined {
	const value = ctx.query[name];
	if (value === undefined) return undefined;
	if (typeof value !== 'string') throw invalid(`${name} must be a single string`);
	return value;
}

/** The creation answer: `{}` by default, the record in record mode. */
export function created(ctx: Ctx, record: () => unknown): unknown {
	return ctx.rt.options.createReturnsRecord ? record() : {};
}

export const ids = (ctx: Ctx, field: string): string[] => (ctx.body[field] as string[]) ?? [];

export function requireFound<T>(value: T | undefined | null, what: string, id: string): T {
	if (value === undefined || value === null) throw notFound(what, id);
	return value;
}
