import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { simplifyField } from '../../shared';

/** Parameter that turns a report's row list into one item per row. */
export const SPLIT_PARAMETER = 'splitIntoItems';

/**
 * Fields of a simplified course or gap analysis result row (n8n keeps simplified output to at
 * most 10 fields): output field → path in the API's row. `startDate` and the course difficulty
 * are left out; switch Simplify off to get them.
 */
export const SIMPLE_RESULT_FIELDS: Record<string, string> = {
	learnerId: 'learnerId',
	learnerName: 'learner.name',
	email: 'learner.email',
	externalLearnerId: 'learner.externalLearnerId',
	courseId: 'courseId',
	courseName: 'course.name',
	enrollDate: 'enrollDate',
	finishDate: 'finishDate',
	score: 'score',
	grade: 'grade',
};

function valueAt(row: IDataObject, path: string): unknown {
	let value: unknown = row;
	for (const key of path.split('.')) {
		value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
	}
	return value ?? null;
}

/** With Split Into Items on, the report's `key` array becomes one item per element. */
export function splitRows(key: string): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		_response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter(SPLIT_PARAMETER, false) as boolean)) return items;
		return items.flatMap((item) => {
			const rows = item.json[key];
			return Array.isArray(rows) ? rows.map((row) => ({ json: row as IDataObject })) : [item];
		});
	};
}

/** With Simplify on, each result row keeps only `SIMPLE_RESULT_FIELDS`, flattened. */
export async function simplifyResults(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (!(this.getNodeParameter(simplifyField.name, true) as boolean)) return items;
	return items.map((item) => ({
		json: Object.fromEntries(
			Object.entries(SIMPLE_RESULT_FIELDS).map(([field, path]) => [
				field,
				valueAt(item.json, path),
			]),
		) as IDataObject,
	}));
}
