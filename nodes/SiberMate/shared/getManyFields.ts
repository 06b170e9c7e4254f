import type {
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { readBoolean, readInteger } from './send';

/** The Limit field's default (the lint rule wants the literal there too). */
const DEFAULT_LIMIT = 50;

/**
 * Get Many's Limit, or undefined with Return All. Both may come from expressions: "true" and
 * "false" are read as booleans, and a Limit that is not a whole number of 1 or more is refused.
 */
export function readLimit(this: IExecuteSingleFunctions): number | undefined {
	if (readBoolean.call(this, 'returnAll', true)) return undefined;
	return readInteger.call(this, 'limit', DEFAULT_LIMIT, 1);
}

/** Checks Return All and Limit before the request, so a bad Limit sends nothing. */
async function checkGetMany(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	readLimit.call(this);
	return requestOptions;
}

/** Return All + Limit; the API returns whole arrays, so `applyLimit` cuts client-side. */
export function getManyFields(displayOptions: IDisplayOptions): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions,
			routing: { send: { preSend: [checkGetMany] } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: {
				...displayOptions,
				show: { ...displayOptions.show, returnAll: [false] },
			},
		},
	];
}
