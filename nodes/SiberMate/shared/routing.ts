import type { IHttpRequestMethods, INodePropertyRouting, PostReceiveAction } from 'n8n-workflow';

import { unwrapData } from './output';
import { pathWithIds, type PreSend } from './send';

/**
 * Routing of one operation option: the request, then the envelope unwrapped (or `output`).
 * A url template with `{param}` segments (`/learners/{learnerId}`) gets its IDs filled in,
 * checked and encoded by `pathWithIds`; `preSend` runs after that.
 */
export function route(
	method: IHttpRequestMethods,
	url: string,
	output: PostReceiveAction[] = [unwrapData],
	preSend: PreSend[] = [],
): INodePropertyRouting {
	const fillPath = !url.startsWith('=') && /\{\w+\}/.test(url) ? [pathWithIds(url)] : [];
	const send = [...fillPath, ...preSend];
	return {
		request: { method, url },
		...(send.length && { send: { preSend: send } }),
		output: { postReceive: output },
	};
}
