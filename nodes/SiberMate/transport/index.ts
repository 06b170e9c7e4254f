import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecuteFunctions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IPollFunctions,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

import { ApiResponseError, toConnectionError, toNodeApiError, type RequestContext } from './errors';
import { parseRetryAfter, retryOnRateLimit } from './retry';

export const CREDENTIAL_TYPE = 'sibermateApi';

export type RequestFunctions =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions;

/** The code twin of BASE_URL_EXPRESSION (credentials): no surrounding spaces, no trailing slashes. */
export function trimBaseUrl(baseUrl: unknown): string {
	return String(baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '');
}

/** A 2xx answer is the API's only if it is a JSON object (a proxy's login page is not). */
function isApiAnswer(body: unknown): body is IDataObject {
	return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/** Every request funnels through here: 429 waits and retries, then one error mapping. */
async function send<T>(
	node: INode,
	request: RequestContext,
	attempt: () => Promise<T>,
): Promise<T> {
	const final = (error: unknown, note?: string): NodeApiError | NodeOperationError => {
		if (error instanceof ApiResponseError) {
			return toNodeApiError(node, error.response, request, note);
		}
		const failure = transportFailure(error);
		if (failure) return toConnectionError(node, failure, request);
		return error as NodeApiError | NodeOperationError;
	};

	return await retryOnRateLimit(
		attempt,
		(error) =>
			error instanceof ApiResponseError && error.response.statusCode === 429
				? { retryAfterSeconds: parseRetryAfter(error.response.headers?.['retry-after']) }
				: undefined,
		final,
	);
}

/**
 * A failure before any answer (refused, reset, timeout). n8n may have wrapped it already; the
 * wrapper's cause holds the request config, Authorization header included, so it is dropped.
 * Errors this package raised itself (validation, lookups) pass through unchanged.
 */
function transportFailure(error: unknown): unknown {
	const candidate = error as { cause?: unknown; config?: unknown; isAxiosError?: boolean };
	if (candidate?.isAxiosError || candidate?.config) return error;
	const cause = candidate?.cause as { config?: unknown; isAxiosError?: boolean } | undefined;
	if (cause?.isAxiosError || cause?.config) return cause;
	const name = (error as Error)?.name;
	if (name === 'NodeApiError' || name === 'NodeOperationError') return undefined;
	return error;
}

export interface ApiRequestOptions {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | FormData;
	itemIndex?: number;
}

/** Request from code (custom operations, list search, the trigger). Resolves to the envelope's `data`. */
export async function apiRequest(
	this: RequestFunctions,
	method: IHttpRequestMethods,
	path: string,
	options: ApiRequestOptions = {},
): Promise<unknown> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const request: IHttpRequestOptions = {
		method,
		baseURL: trimBaseUrl(credentials.baseUrl),
		url: path,
		qs: options.qs,
		body: options.body,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	const node = this.getNode();

	return await send(node, { method, path, itemIndex: options.itemIndex }, async () => {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			request,
		)) as IN8nHttpFullResponse;
		if (response.statusCode >= 400 || !isApiAnswer(response.body) || !('data' in response.body)) {
			throw new ApiResponseError(node, response);
		}
		return response.body.data;
	});
}

/** First postReceive of every declarative operation: stops on an error status. */
export async function checkResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 400 || !isApiAnswer(response.body)) {
		throw new ApiResponseError(this.getNode(), response);
	}
	return items;
}

/**
 * Wraps every declarative request. n8n calls it as the "pagination" handler, the one hook
 * of the routing engine that may repeat a request; the API itself does not paginate.
 */
export async function sendDeclarative(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const { method = 'GET', url = '' } = requestData.options;
	return await send(
		this.getNode(),
		{ method, path: url, itemIndex: this.getItemIndex() },
		async () => await this.makeRoutingRequest(requestData),
	);
}
