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
import { failureForItem, withProgressNote } from '../../../shared/bulk';
import { apiRequest } from '../../../transport';

/** What earlier requests already deleted, for the error that stops the node at `batches[failed]`. */
function earlierBatchesNote(batches: string[][], failed: number): string {
	const deleted = batches.slice(0, failed).flat().length;
	const after = batches.slice(failed + 1).flat().length;
	return (
		`Earlier requests of this run already deleted ${deleted} learner(s): every ID before ` +
		`${batches[failed][0]} in input order; that is not undone. This request's ` +
		`${batches[failed].length} ID(s) are not confirmed as deleted and the ${after} ID(s) after ` +
		'it were not sent. Re-running with the same IDs fails with not found, as the API refuses ' +
		'a whole request naming a deleted ID: remove the deleted IDs first.'
	);
}

/**
 * Delete Many: the learner IDs of all input items, deduplicated, go out in `DELETE /learners/bulk`
 * requests of Batch Size; each input item reports its own IDs. The API refuses a whole request
 * when one ID is unknown, so every item sharing a failed request fails with it. With Continue On
 * Fail later requests are still sent; without it the node stops, and its error says what earlier
 * requests already deleted.
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
	const batches = chunk(allIds, readBatchSize.call(this));
	for (const [number, batch] of batches.entries()) {
		const owner = perItem.find((entry) => !entry.failure && entry.ids.includes(batch[0]));
		try {
			await apiRequest.call(this, 'DELETE', '/learners/bulk', {
				body: { learnerIds: batch },
				itemIndex: owner?.itemIndex,
			});
		} catch (error) {
			const failure = asNodeFailure.call(this, error);
			if (!this.continueOnFail()) {
				throw number === 0
					? failure
					: withProgressNote(failure, earlierBatchesNote(batches, number));
			}
			for (const id of batch) failedIds.set(id, failure);
		}
	}

	return [
		perItem.map(({ itemIndex, ids, failure }) => {
			const cause = failure ?? ids.map((id) => failedIds.get(id)).find(Boolean);
			if (cause) {
				// IDs of the item that went in requests that succeeded are gone all the same.
				const deleted = failure ? [] : ids.filter((id) => !failedIds.has(id));
				const reported = deleted.length
					? failureForItem(cause, itemIndex, `its other ID(s) were deleted: ${deleted.join(', ')}`)
					: cause;
				return rejectedItem.call(
					this,
					itemIndex,
					{ learnerIds: ids },
					rowErrorOf(reported),
					reported,
				);
			}
			return { json: { deleted: true, learnerIds: ids }, pairedItem: { item: itemIndex } };
		}),
	];
}
