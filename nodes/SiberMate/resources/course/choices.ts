import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PreSend } from '../../shared';
import { parameterLabel } from '../../shared/labels';
import { isUnset } from '../../shared/values';

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
