import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parameterLabel } from './labels';
import { sendFields, type PreSend } from './send';
import { isUnset } from './values';

/** The optional "Filters" collection of a list operation. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** A yes/no filter, on once added; send it with `sendBooleanFilters`. */
export function booleanFilter(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return { displayName, name, type: 'boolean', default: true, description };
}

/** Sends the named boolean filters, when set, as query parameters of the same names. */
export function sendBooleanFilters(names: string[]): PreSend {
	return sendFields(
		names.map((name) => ({ parameter: `filters.${name}`, key: name, in: 'qs', type: 'boolean' })),
	);
}

export interface ChoiceSpec {
	/** Node parameter path, e.g. `filters.accountType`. */
	parameter: string;
	/** Query parameter name. */
	key: string;
	values: readonly string[];
}

/**
 * Sends optional choice filters as query parameters. An expression can put any text in an
 * options field, so a value outside the API's list is refused before the request.
 */
export function sendChoices(choices: ChoiceSpec[]): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		for (const choice of choices) {
			const raw = this.getNodeParameter(choice.parameter, null);
			if (isUnset(raw)) continue;

			const value = String(raw).trim();
			if (!choice.values.includes(value)) {
				throw new NodeOperationError(
					this.getNode(),
					`${parameterLabel(choice.parameter)}: "${value}" is not an allowed value`,
					{
						itemIndex: this.getItemIndex(),
						description: `Use one of ${choice.values.join(', ')} (parameter "${choice.parameter}")`,
					},
				);
			}
			requestOptions.qs = { ...requestOptions.qs, [choice.key]: value };
		}
		return requestOptions;
	};
}
