import type { IDataObject, IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

export interface RequestContext {
	method: string;
	path: string;
	itemIndex?: number;
}

interface ApiErrorBody {
	code: string;
	message: string;
	/** Whether the body is the API's own error envelope (not a proxy's or web server's page). */
	fromApi: boolean;
}

const BREACH_PATH = /^\/breaches\/|^\/learners\/[^/]+\/breaches$/;

/** Reads `{ error: { code, message } }`; anything else (a proxy's HTML page) gets a plain reading. */
function readErrorBody(statusCode: number, body: unknown): ApiErrorBody {
	const error = (body as IDataObject | undefined)?.error as IDataObject | undefined;
	if (error && typeof error === 'object' && typeof error.message === 'string') {
		return {
			code: String(error.code ?? `http_${statusCode}`),
			message: error.message,
			fromApi: true,
		};
	}
	const kind =
		typeof body === 'string'
			? /^\s*</.test(body)
				? 'an HTML page'
				: 'a body that is not JSON'
			: 'JSON that is not a SiberMate API answer';
	return {
		fromApi: false,
		code: statusCode < 400 ? 'unexpected_answer' : `http_${statusCode}`,
		message: `SiberMate answered HTTP ${statusCode} with ${kind}${statusCode < 400 ? '' : ' instead of an API error'}`,
	};
}

function describe(statusCode: number, path: string, message: string, fromApi: boolean): string {
	if (statusCode < 400 || (statusCode === 404 && !fromApi)) {
		return 'Check that the Base URL of the credential points at the SiberMate API (it ends in /v1) and that no proxy or login page answers in its place.';
	}
	switch (statusCode) {
		case 400:
			return `The API rejected the request: ${message}. Check the parameters named in the message.`;
		case 401:
			return 'Check the API Key of the SiberMate credential: it is missing, revoked or mistyped.';
		case 403:
			return 'The API key may not do this. If Company (MSP scope) is set, pick one of your own child companies; /companies needs an MSP or Distributor key; otherwise your plan or enabled modules do not include this feature.';
		case 404:
			return 'Check the ID: no such record exists in this organization (or in the chosen company).';
		case 411:
			return 'The upload reached the API without a Content-Length. Send the file from a binary property of the input item.';
		case 413:
			return 'The request or file is larger than the API accepts. Send a smaller file, or fewer items per request (Create Many and Delete Many: lower Options > Batch Size).';
		case 429:
			return "The API rate limit was hit. Space the requests out (the node's Settings > Request Options > Batching) or run the workflow later.";
		case 503:
			if (BREACH_PATH.test(path)) {
				return 'Breach data is temporarily unavailable for this organization. Try again later.';
			}
			if (path === '/ready') return 'The SiberMate API is not ready to serve traffic yet.';
			return 'SiberMate is temporarily unavailable. Try again in a few minutes.';
		case 502:
		case 504:
			return 'SiberMate is temporarily unavailable or timed out. Try again in a few minutes.';
		default:
			return statusCode >= 500
				? 'SiberMate had an internal error. Try again later; if it persists, contact SiberMate support.'
				: `Unexpected HTTP ${statusCode} from SiberMate.`;
	}
}

/** The one place where an API failure becomes a NodeApiError. */
export function toNodeApiError(
	node: INode,
	response: Pick<IN8nHttpFullResponse, 'statusCode' | 'body'>,
	request: RequestContext,
	extraDescription?: string,
): NodeApiError {
	const { statusCode } = response;
	const { code, message, fromApi } = readErrorBody(statusCode, response.body);
	const description = [describe(statusCode, request.path, message, fromApi), extraDescription]
		.filter(Boolean)
		.join(' ');

	return new NodeApiError(node, { code, message, statusCode } as JsonObject, {
		message: `${message} [${code}]`,
		description,
		httpCode: String(statusCode),
		itemIndex: request.itemIndex,
	});
}

/**
 * Raised where a response arrives (a declarative postReceive, the transport) and turned into
 * the final error by `send`, which knows the request path and handles 429.
 */
export class ApiResponseError extends NodeApiError {
	readonly response: Pick<IN8nHttpFullResponse, 'statusCode' | 'body' | 'headers'>;

	constructor(node: INode, response: IN8nHttpFullResponse) {
		super(node, { statusCode: response.statusCode } as JsonObject, {
			httpCode: String(response.statusCode),
		});
		this.response = {
			statusCode: response.statusCode,
			body: response.body,
			headers: response.headers,
		};
	}
}

/** Network failures carry the request config (and so the Authorization header): keep only the message. */
export function toConnectionError(
	node: INode,
	error: unknown,
	request: RequestContext,
): NodeApiError {
	const code = String((error as IDataObject)?.code ?? 'connection_error');
	const message = String((error as Error)?.message ?? error);
	return new NodeApiError(node, { code, message } as JsonObject, {
		message: `Could not complete the request to SiberMate: ${message}`,
		description: `${request.method} ${request.path} failed before an answer arrived. Check the Base URL of the credential and the network, then retry.`,
		httpCode: 'none',
		itemIndex: request.itemIndex,
	});
}
