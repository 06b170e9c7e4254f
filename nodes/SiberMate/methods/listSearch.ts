import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { RECORD_KINDS, type RecordKind } from '../shared/kinds';
import { byName, companyLabel, learnerLabel, listRecords, type Label } from './records';

function searchKind(kind: RecordKind, label: Label = byName) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
	): Promise<INodeListSearchResult> {
		return { results: await listRecords.call(this, RECORD_KINDS[kind].path, filter, label, true) };
	};
}

export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return { results: await listRecords.call(this, '/companies', filter, companyLabel, false) };
}

export const searchLearners = searchKind('learner', learnerLabel);
export const searchGroups = searchKind('group');
export const searchCourses = searchKind('course');
export const searchPolicies = searchKind('policy');
export const searchPolicyTemplates = searchKind('policyTemplate');
export const searchSimulations = searchKind('simulation');
