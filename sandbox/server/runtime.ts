import type { IncomingHttpHeaders } from 'http';

import type { Store } from '../state/store';

export interface UploadLog {
	field: string;
	filename: string;
	contentType: string;
	size: number;
	sha256: string;
	/** Raw Content-Length header, null when absent. */
	contentLength: string | null;
	chunked: boolean;
}

export interface LogEntry {
	method: string;
	/** Raw path after /v1, still percent-encoded, without the query string. */
	path: string;
	/** Matched endpoint template from endpoints.json, null when no endpoint matched. */
	route: string | null;
	params: Record<string, string>;
	query: Record<string, unknown>;
	headers: IncomingHttpHeaders;
	body: unknown;
	upload?: UploadLog;
	/** 0 while pending, and for a dropped connection. */
	status: number;
	orgId?: string;
}

export interface FaultSpec {
	/** How many matching requests the fault answers (default 1). */
	count?: number;
	method?: string;
	route?: string;
	status?: number;
	/** Seconds or an HTTP date, sent as Retry-After. */
	retryAfter?: number | string;
	drop?: boolean;
	html?: boolean;
	/** Answer this JSON body as it is (an answer that is not the API's envelope). */
	json?: unknown;
}

export interface Options {
	createReturnsRecord: boolean;
	latencyMs: number;
	rateLimitPerMinute: number | null;
}

export interface Runtime {
	store: Store;
	options: Options;
	faults: Array<FaultSpec & { remaining: number }>;
	log: LogEntry[];
	rateWindows: Map<string, { start: number; count: number }>;
}
