import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isUnset, unwrapLocator } from './values';

/** Parameter name of the MSP scope, equal to the query parameter it fills. */
export const COMPANY_SCOPE_PARAMETER = 'companyId';

/** Query for the chosen child company, or none when the scope is left empty. */
export function companyQuery(value: unknown): IDataObject {
	if (isUnset(value)) return {};
	return { [COMPANY_SCOPE_PARAMETER]: String(unwrapLocator(value)).trim() };
}

/** Whether a parameter value read with `rawExpressions` is an expression. */
export function isExpression(raw: unknown): boolean {
	const inner = unwrapLocator(raw);
	return typeof inner === 'string' && inner.startsWith('=');
}

/**
 * The query of a Company field read in code (`raw` with expressions unevaluated, `value`
 * evaluated). A field left empty means the key's own organization; an expression giving no ID
 * is refused, as reading the own organization instead would go unnoticed.
 */
export function checkedCompanyQuery(
	node: INode,
	itemIndex: number,
	raw: unknown,
	value: unknown,
): IDataObject {
	const query = companyQuery(value);
	if (Object.keys(query).length === 0 && isExpression(raw)) {
		throw new NodeOperationError(
			node,
			'Company: the expression gave no company ID; clear the field to read your own organization',
			{
				itemIndex,
				description: `The expression in the Company field is empty for this item (parameter "${COMPANY_SCOPE_PARAMETER}")`,
			},
		);
	}
	return query;
}

/** The scope of the item being executed (empty when the operation has no Company field). */
export function executionCompanyQuery(this: IExecuteSingleFunctions): IDataObject {
	return checkedCompanyQuery(
		this.getNode(),
		this.getItemIndex(),
		this.getNodeParameter(COMPANY_SCOPE_PARAMETER, '', { rawExpressions: true }),
		this.getNodeParameter(COMPANY_SCOPE_PARAMETER, ''),
	);
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
