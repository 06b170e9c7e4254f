import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeProperties,
} from 'n8n-workflow';

import { isUnset, unwrapLocator } from './values';

/** Parameter name of the MSP scope, equal to the query parameter it fills. */
export const COMPANY_SCOPE_PARAMETER = 'companyId';

/** Query for the chosen child company, or none when the scope is left empty. */
export function companyQuery(value: unknown): IDataObject {
	if (isUnset(value)) return {};
	return { [COMPANY_SCOPE_PARAMETER]: String(unwrapLocator(value)).trim() };
}

/** The scope of the item being executed (empty when the operation has no Company field). */
export function executionCompanyQuery(this: IExecuteSingleFunctions): IDataObject {
	return companyQuery(this.getNodeParameter(COMPANY_SCOPE_PARAMETER, ''));
}

/** The scope currently chosen in the editor, for list searches. */
export function editorCompanyQuery(this: ILoadOptionsFunctions): IDataObject {
	return companyQuery(this.getCurrentNodeParameter(COMPANY_SCOPE_PARAMETER));
}

async function sendCompanyScope(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const query = executionCompanyQuery.call(this);
	if (Object.keys(query).length) requestOptions.qs = { ...requestOptions.qs, ...query };
	return requestOptions;
}

/**
 * The optional MSP "Company" field of a read: an MSP or Distributor key reads one of its child
 * companies instead of its own organization. Sent as query `companyId` only when set.
 */
export function companyScope(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Company',
		name: COMPANY_SCOPE_PARAMETER,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description:
			'MSP or Distributor keys only: read the data of this child company instead of your own organization. Leave empty for your own organization.',
		displayOptions: { show: { resource: [resource], operation: operations } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchCompanies', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. company_123',
			},
		],
		routing: { send: { preSend: [sendCompanyScope] } },
	};
}
