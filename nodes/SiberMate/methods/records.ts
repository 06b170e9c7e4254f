import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems } from 'n8n-workflow';

import { editorCompanyQuery } from '../shared/companyScope';
import { apiRequest } from '../transport';

export type Label = (record: IDataObject) => string;

export const byName: Label = (record) => String(record.displayName ?? record.name ?? record.id);

export const learnerLabel: Label = (record) =>
	record.email ? `${byName(record)} (${String(record.email)})` : byName(record);

export const companyLabel: Label = (record) =>
	record.domain ? `${byName(record)} (${String(record.domain)})` : byName(record);

/** Fields the typed text is matched against. */
const SEARCHED_FIELDS = ['id', 'name', 'displayName', 'email', 'externalLearnerId', 'domain'];

function matches(record: IDataObject, filter: string | undefined): boolean {
	if (!filter?.trim()) return true;
	const needle = filter.trim().toLowerCase();
	return SEARCHED_FIELDS.some((field) =>
		String(record[field] ?? '')
			.toLowerCase()
			.includes(needle),
	);
}

/**
 * Records of a collection as picker entries, filtered by the typed text (the API has no search
 * parameter, so matching is local) and sorted by label. `scoped` applies the Company field.
 */
export async function listRecords(
	this: ILoadOptionsFunctions,
	path: string,
	filter: string | undefined,
	label: Label,
	scoped: boolean,
): Promise<INodeListSearchItems[]> {
	const qs = scoped ? editorCompanyQuery.call(this) : {};
	const records = ((await apiRequest.call(this, 'GET', path, { qs })) ?? []) as IDataObject[];

	return records
		.filter((record) => matches(record, filter))
		.map((record) => ({ name: label(record), value: String(record.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
