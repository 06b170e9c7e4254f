import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest } from '../transport';

/** Query of one company: `companyId` for a child company, nothing for the key's own organization. */
export function scopeQuery(companyId: string | undefined): IDataObject | undefined {
	return companyId ? { companyId } : undefined;
}

async function getList(
	context: IPollFunctions,
	path: string,
	companyId?: string,
): Promise<IDataObject[]> {
	const data = await apiRequest.call(context, 'GET', path, { qs: scopeQuery(companyId) });
	if (!Array.isArray(data)) {
		throw new NodeOperationError(context.getNode(), `Unexpected answer from GET ${path}`, {
			description: 'SiberMate returned something other than a list. Try again later.',
		});
	}
	return data as IDataObject[];
}

export async function listSimulations(context: IPollFunctions, companyId?: string) {
	return await getList(context, '/simulations', companyId);
}

export async function listLearners(context: IPollFunctions, companyId?: string) {
	return await getList(context, '/learners', companyId);
}

export async function learnerSimulationResults(
	context: IPollFunctions,
	learnerId: string,
	companyId?: string,
) {
	const path = `/learners/${encodeURIComponent(learnerId)}/simulation-results`;
	return await getList(context, path, companyId);
}

export async function listChildCompanyIds(context: IPollFunctions): Promise<string[]> {
	const companies = await getList(context, '/companies');
	return companies.map((company) => String(company.id));
}
