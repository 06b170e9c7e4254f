import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	asNodeFailure,
	chunk,
	emptyIdList,
	normaliseIdList,
	type NodeFailure,
	readBatchSize,
	rejectedItem,
	rowErrorOf,
} from '../../../shared';
import { apiRequest } from '../../../transport';

/**
 * Delete Many: the learner IDs of all input items, deduplicated, go out in `DELETE /learners/bulk`
 * requests of Batch Size; each input item reports its own IDs. The API refuses a whole request
 * when one ID is unknown, so every item sharing a failed request fails with it.
 */
export async function deleteMany(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const perItem = this.getInputData().map((_item, itemIndex) => {
		const ids = normaliseIdList(this.getNodeParameter('learnerIds', itemIndex, []));
		const empty =
			ids.length === 0 ? emptyIdList(this.getNode(), itemIndex, 'learnerIds') : undefined;
		if (empty && !this.continueOnFail()) throw empty;
		return { itemIndex, ids, failure: empty as NodeFailure };
	});

	const failedIds = new Map<string, NodeFailure>();
	const allIds = [
		...new Set(perItem.filter((entry) => !entry.failure).flatMap((entry) => entry.ids)),
	];
	for (const batch of chunk(allIds, readBatchSize.call(this))) {
		const owner = perItem.find((entry) => entry.ids.includes(batch[0]));
		try {
			await apiRequest.call(this, 'DELETE', '/learners/bulk', {
				body: { learnerIds: batch },
				itemIndex: owner?.itemIndex,
			});
		} catch (error) {
			const failure = asNodeFailure.call(this, error);
			if (!this.continueOnFail()) throw failure;
			for (const id of batch) failedIds.set(id, failure);
		}
	}

	return [
		perItem.map(({ itemIndex, ids, failure }) => {
			const cause = failure ?? ids.map((id) => failedIds.get(id)).find(Boolean);
			if (cause) {
				return rejectedItem.call(this, itemIndex, { learnerIds: ids }, rowErrorOf(cause), cause);
			}
			return { json: { deleted: true, learnerIds: ids }, pairedItem: { item: itemIndex } };
		}),
	];
}
