import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	asNodeFailure,
	chunk,
	emptyIdList,
	invalidParameter,
	normaliseIdList,
	type NodeFailure,
	readBatchSize,
	rejectedItem,
	rowErrorOf,
} from '../../../shared';
import { failureForItem, withProgressNote } from '../../../shared/bulk';
import { apiRequest } from '../../../transport';

const PARAMETER = 'learnerIds';

interface Entry {
	itemIndex: number;
	ids: string[];
	failure?: NodeFailure;
}

/** What earlier requests already deleted, for the error that stops the node at `batches[failed]`. */
function earlierBatchesNote(batches: string[][], failed: number): string {
	const deleted = batches.slice(0, failed).flat().length;
	const after = batches.slice(failed + 1).flat().length;
	return (
		`Earlier requests of this run already deleted ${deleted} learner(s): every ID before ` +
		`${batches[failed][0]} in input order; that is not undone. This request's ` +
		`${batches[failed].length} ID(s) are not confirmed as deleted and the ${after} ID(s) after ` +
		'it were not sent. Re-running with the same IDs stops on the deleted ones as unknown before ' +
		'deleting anything: remove them first, or turn on Continue On Fail.'
	);
}

/** One item's IDs that name no learner of the organization. */
function unknownIdsError(
	this: IExecuteFunctions,
	itemIndex: number,
	ids: string[],
	why: string,
): NodeFailure {
	const message =
		ids.length === 1
			? `no learner with ID ${ids[0]} in this organization`
			: `no learners with IDs ${ids.join(', ')} in this organization`;
	return invalidParameter(this.getNode(), itemIndex, PARAMETER, message, why);
}

/** The organization's learner IDs (`GET /learners`); undefined when the answer is no list. */
async function readKnownIds(this: IExecuteFunctions): Promise<Set<string> | undefined> {
	const learners = await apiRequest.call(this, 'GET', '/learners');
	if (!Array.isArray(learners)) return undefined;
	return new Set(learners.map((learner) => String((learner as { id?: unknown })?.id)));
}

/** Without Continue On Fail an unknown ID stops the node, before any deletion: its error. */
function stopOnUnknown(
	this: IExecuteFunctions,
	perItem: Entry[],
	unknown: Set<string>,
): NodeFailure {
	const first = perItem.find((entry) => entry.ids.some((id) => unknown.has(id))) as Entry;
	return unknownIdsError.call(
		this,
		first.itemIndex,
		first.ids.filter((id) => unknown.has(id)),
		`Nothing was deleted: the API refuses a whole request naming an unknown ID (unknown in this run: ${[...unknown].join(', ')}). Remove them, or turn on Continue On Fail to delete the others`,
	);
}

const isNotFound = (failure: NodeFailure) =>
	failure instanceof NodeApiError && failure.httpCode === '404';

/**
 * Delete Many: the learner IDs of all input items, deduplicated, go out in `DELETE /learners/bulk`
 * requests of Batch Size; each input item reports its own IDs. The API refuses a whole request
 * when one ID is unknown: on such a 404 the node reads the learner list once and resends the
 * request without the unknown IDs. With Continue On Fail, items naming unknown IDs (or sharing a
 * request that failed otherwise) fail on their own and later requests are still sent. Without it,
 * an unknown ID stops the node before anything is deleted (several requests: the list is read
 * first), and any other failure stops it with what earlier requests already deleted.
 */
export async function deleteMany(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const node = this.getNode();
	const continueOnFail = this.continueOnFail();
	const perItem: Entry[] = this.getInputData().map((_item, itemIndex) => {
		const source = { node, itemIndex, parameter: PARAMETER };
		const ids = normaliseIdList(this.getNodeParameter(PARAMETER, itemIndex, []), source);
		const empty = ids.length === 0 ? emptyIdList(node, itemIndex, PARAMETER) : undefined;
		if (empty && !continueOnFail) throw empty;
		return { itemIndex, ids, failure: empty };
	});

	const valid = perItem.filter((entry) => !entry.failure);
	const allIds = [...new Set(valid.flatMap((entry) => entry.ids))];
	const batches = chunk(allIds, readBatchSize.call(this));
	const unknown = new Set<string>();
	let listRead = false;
	const learnUnknown = (known: Set<string> | undefined) => {
		listRead = true;
		for (const id of allIds) if (known && !known.has(id)) unknown.add(id);
	};

	if (!continueOnFail && batches.length > 1) {
		learnUnknown(await readKnownIds.call(this));
		if (unknown.size) throw stopOnUnknown.call(this, valid, unknown);
	}

	const failedIds = new Map<string, NodeFailure>();
	const send = async (ids: string[]): Promise<NodeFailure | undefined> => {
		const owner = valid.find((entry) => entry.ids.includes(ids[0]));
		try {
			await apiRequest.call(this, 'DELETE', '/learners/bulk', {
				body: { learnerIds: ids },
				itemIndex: owner?.itemIndex,
			});
			return undefined;
		} catch (error) {
			return asNodeFailure.call(this, error);
		}
	};

	for (const [number, planned] of batches.entries()) {
		let batch = planned.filter((id) => !unknown.has(id));
		if (batch.length === 0) continue;
		let failure = await send(batch);
		if (failure && isNotFound(failure) && !listRead) {
			// When the list cannot be read either, the request keeps its own 404.
			learnUnknown(await readKnownIds.call(this).catch(() => undefined));
			if (batch.some((id) => unknown.has(id))) {
				if (!continueOnFail) throw stopOnUnknown.call(this, valid, unknown);
				batch = batch.filter((id) => !unknown.has(id));
				failure = batch.length ? await send(batch) : undefined;
			}
		}
		if (!failure) continue;
		if (!continueOnFail) {
			throw number === 0 ? failure : withProgressNote(failure, earlierBatchesNote(batches, number));
		}
		for (const id of batch) failedIds.set(id, failure);
	}

	return [
		perItem.map(({ itemIndex, ids, failure }) => {
			const unknownOfItem = ids.filter((id) => unknown.has(id));
			const cause =
				failure ??
				(unknownOfItem.length
					? unknownIdsError.call(
							this,
							itemIndex,
							unknownOfItem,
							'The ID is misspelt, or the learner was already deleted',
						)
					: ids.map((id) => failedIds.get(id)).find(Boolean));
			if (cause) {
				// IDs of the item that went in requests that succeeded are gone all the same.
				const deleted = failure ? [] : ids.filter((id) => !failedIds.has(id) && !unknown.has(id));
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
