import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	PostReceiveAction,
} from 'n8n-workflow';

/** The "Simplify" toggle of wide records (n8n UX guideline: at most about ten fields). */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** postReceive keeping only `fields` of each item when Simplify is on. */
export function simplifyOutput(fields: readonly string[]): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		_response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
		return items.map((item) => {
			const json: IDataObject = {};
			for (const field of fields) if (field in item.json) json[field] = item.json[field];
			return { ...item, json };
		});
	};
}
