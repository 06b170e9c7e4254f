import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { ApiResponseError } from '../transport/errors';
import { readLimit } from './getManyFields';

function envelopeData(items: INodeExecutionData[]): unknown {
	return (items[0]?.json as IDataObject | undefined)?.data;
}

function toItems(data: unknown): INodeExecutionData[] {
	if (Array.isArray(data)) return data.map((json) => ({ json: json as IDataObject }));
	if (data === true || data === undefined || data === null) return [{ json: { success: true } }];
	if (typeof data === 'object' && Object.keys(data).length === 0) {
		return [{ json: { success: true } }];
	}
	return [{ json: data as IDataObject }];
}

/** `{ data }` → items: an array becomes one item per element, `{}` and `true` become `{ success: true }`. */
export async function unwrapData(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (!('data' in ((items[0]?.json as IDataObject | undefined) ?? {}))) {
		throw new ApiResponseError(this.getNode(), response);
	}
	return toItems(envelopeData(items));
}

/** For deletes, whose `data` is `true` or `{}`. */
export async function deletedResult(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true } }];
}

/** Get Many: the API returns whole arrays, so Limit cuts client-side. */
export async function applyLimit(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this);
	return limit === undefined ? items : items.slice(0, limit);
}
