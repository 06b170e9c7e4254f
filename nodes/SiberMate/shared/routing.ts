import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodePropertyRouting,
	PostReceiveAction,
} from 'n8n-workflow';

import { sendDeclarative } from '../transport';
import { asNodeFailure } from './bulk';
import { unwrapData } from './output';
import { pathWithIds, type PreSend } from './send';

/**
 * Runs an operation's preSend steps and its request (through the transport), pairing every
 * output item with its input item. n8n's routing engine pairs nothing itself and, with Continue
 * On Fail, emits unpaired error items, which the error output cannot trace back; so local
 * validation and API errors become paired error items here.
 */
function pairedRequest(preSend: PreSend[]) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const pairedItem = { item: this.getItemIndex() };
		try {
			for (const step of preSend) {
				const options = await step.call(this, requestData.options as IHttpRequestOptions);
				requestData.options = options as DeclarativeRestApiSettings.HttpRequestOptions;
			}
			const items = await sendDeclarative.call(this, requestData);
			return items.map((item) => ({ ...item, pairedItem }));
		} catch (error) {
			const failure = asNodeFailure.call(this, error);
			if (!this.continueOnFail()) throw failure;
			return [{ json: {}, error: failure, pairedItem }];
		}
	};
}

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
	return {
		request: { method, url },
		operations: { pagination: pairedRequest([...fillPath, ...preSend]) },
		output: { postReceive: output },
	};
}
