import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { apiRequest } from '../transport';
import { sameText, unwrapLocator } from './values';

export interface CreatedLookup {
	/** Collection listing the created kind, e.g. `/learners`. */
	path: string;
	/** Field of a listed record that identifies the new one, e.g. `email`. */
	field: string;
	/** Node parameter holding the value sent for that field, e.g. `email`... */
	parameter?: string;
	/** ...or the value computed (a policy from a template gets the template's name). */
	value?: (this: IExecuteSingleFunctions) => string | Promise<string>;
	caseInsensitive?: boolean;
}

/**
 * When several listed records match (two groups with one name), the newest one is taken: the
 * greatest `createdAt`, else the last in list order, as lists are assumed oldest first.
 */
export const CREATED_LOOKUP_PICKS_NEWEST = true;

function newest(records: IDataObject[]): IDataObject {
	return records.reduce((best, record) =>
		String(record.createdAt ?? '') >= String(best.createdAt ?? '') ? record : best,
	);
}

/** Picks the record a create made, among the listed ones. */
export function pickCreated(
	records: IDataObject[],
	field: string,
	value: string,
	caseInsensitive = false,
): IDataObject | undefined {
	const matches = records.filter((record) => sameText(record[field], value, caseInsensitive));
	return matches.length ? newest(matches) : undefined;
}

/**
 * Create output: the created record with its ID. The reference documents `{}` for creates, so
 * when the answer carries no record the new one is looked up by a field it was created with.
 * If the lookup finds nothing the create still succeeded: the output is `{ success: true }`.
 */
export function createdRecord(lookup: CreatedLookup): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		_response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const data = (items[0]?.json as IDataObject | undefined)?.data;
		if (data && typeof data === 'object' && !Array.isArray(data) && 'id' in data) {
			return [{ json: data as IDataObject }];
		}

		const value = lookup.value
			? (await lookup.value.call(this)).trim()
			: String(unwrapLocator(this.getNodeParameter(lookup.parameter ?? '', '')) ?? '').trim();
		const records = ((await apiRequest.call(this, 'GET', lookup.path, {
			itemIndex: this.getItemIndex(),
		})) ?? []) as IDataObject[];
		const record = pickCreated(records, lookup.field, value, lookup.caseInsensitive);
		return [{ json: record ?? { success: true } }];
	};
}
