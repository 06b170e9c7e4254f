import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { encodePathId } from '../shared/send';
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

/**
 * A learner's simulation results; undefined on a 404, when the learner was deleted after the
 * learner list was read: it has no results left to deliver, so the scan goes on without it.
 */
export async function learnerSimulationResults(
	context: IPollFunctions,
	learnerId: string,
	companyId?: string,
): Promise<IDataObject[] | undefined> {
	const path = `/learners/${encodeURIComponent(learnerId)}/simulation-results`;
	const read = async (): Promise<IDataObject[] | undefined> =>
		await getList(context, path, companyId);
	return await unlessNotFound(context, read, undefined);
}

/** `read`'s answer, or `fallback` when the API answers 404; other failures as node errors. */
export async function unlessNotFound<T>(
	context: IPollFunctions,
	read: () => Promise<T>,
	fallback: T,
): Promise<T> {
	try {
		return await read();
	} catch (error) {
		const failure =
			error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(context.getNode(), error as Error);
		if (failure instanceof NodeApiError && failure.httpCode === '404') return fallback;
		throw failure;
	}
}

export async function getSimulation(
	context: IPollFunctions,
	simulationId: string,
	companyId?: string,
) {
	const id = encodePathId(context.getNode(), 0, 'simulationId', 'simulations', simulationId);
	const path = `/simulations/${id}`;
	return await apiRequest.call(context, 'GET', path, { qs: scopeQuery(companyId) });
}

export async function listChildCompanyIds(context: IPollFunctions): Promise<string[]> {
	const companies = await getList(context, '/companies');
	return companies.map((company) => String(company.id));
}
