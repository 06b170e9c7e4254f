import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { PreSend } from '../../shared';
import { executionCompanyQuery } from '../../shared/companyScope';
import { findLearnerId, isLearnerLookupMode } from '../../shared/lookup';
import { isUnset, locatorMode, unwrapLocator } from '../../shared/values';

/**
 * Sends an optional record picker as a query filter; a learner picked By Email or By External
 * ID is looked up first (in the Company scope, since reports are scoped reads).
 */
export function sendRecordFilter(parameter: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = this.getNodeParameter(parameter, '');
		if (isUnset(raw)) return requestOptions;

		const mode = locatorMode(raw);
		let id = String(unwrapLocator(raw)).trim();
		if (isLearnerLookupMode(mode)) {
			id = await findLearnerId.call(this, mode, id, parameter, executionCompanyQuery.call(this));
		}
		requestOptions.qs = { ...requestOptions.qs, [parameter]: id };
		return requestOptions;
	};
}

/** Refuses a window that ends before it starts, once both dates are cast to `YYYY-MM-DD`. */
export async function checkDateRange(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const { fromDate, toDate } = (requestOptions.qs ?? {}) as IDataObject;
	if (typeof fromDate === 'string' && typeof toDate === 'string' && fromDate > toDate) {
		throw new NodeOperationError(
			this.getNode(),
			`From Date (${fromDate}) is after To Date (${toDate})`,
			{
				itemIndex: this.getItemIndex(),
				description: 'Swap the dates (parameters "fromDate" and "toDate")',
			},
		);
	}
	return requestOptions;
}
