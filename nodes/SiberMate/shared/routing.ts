import type { IHttpRequestMethods, INodePropertyRouting, PostReceiveAction } from 'n8n-workflow';

import { unwrapData } from './output';

/** Routing of one operation option: the request, then the envelope unwrapped (or `output`). */
export function route(
	method: IHttpRequestMethods,
	url: string,
	output: PostReceiveAction[] = [unwrapData],
): INodePropertyRouting {
	return { request: { method, url }, output: { postReceive: output } };
}
