import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { unwrapData } from './output';

/**
 * The reference shows only `success: true` answers to enrol/remind/assign; `success: false` is
 * read as "no pair was done" (only failures and unknown IDs), so the item fails.
 */
export const SUCCESS_FALSE_MEANS_NOTHING_DONE = true;

/** One failed pair (`failures`) or unknown ID (`errors`) of an enrol/remind/assign answer. */
interface ActionFailure {
	code?: unknown;
	message?: unknown;
}

function listOf(value: unknown): IDataObject[] {
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Entries shown in the error's description; its context keeps them all. */
const DESCRIPTION_ENTRIES = 20;

function listed(entries: IDataObject[]): string {
	const shown = JSON.stringify(entries.slice(0, DESCRIPTION_ENTRIES));
	const rest = entries.length - DESCRIPTION_ENTRIES;
	return rest > 0 ? `${shown} and ${rest} more (all in the error's context)` : shown;
}

/** The first reason in the transport's style (`message [code]`), and how many there are. */
function summary(failures: ActionFailure[]): string {
	const [first] = failures;
	if (!first) return 'Nothing was done, and the API gave no reason';
	const count = failures.length === 1 ? '1 failure' : `first of ${failures.length} failures`;
	return `Nothing was done: ${String(first.message ?? '')} [${String(first.code ?? 'unknown')}] (${count})`;
}

/**
 * Output of enrol, remind, assign and remove actions: the answer as one item. When the API
 * answers `success: false` nothing was done, so the item fails (for Continue On Fail and the
 * error output) with the first reason in its message and the whole answer in its description
 * and context. A partial success stays one output item listing its failures.
 */
export async function actionResult(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (items[0]?.json as IDataObject | undefined)?.data as IDataObject | undefined;
	if (!data || typeof data !== 'object' || data.success !== false) {
		return await unwrapData.call(this, items, response);
	}

	const completed = listOf(data.completed);
	const failures = listOf(data.failures);
	const errors = listOf(data.errors);
	const error = new NodeOperationError(this.getNode(), summary([...failures, ...errors]), {
		itemIndex: this.getItemIndex(),
		description: `None completed; ${plural(failures.length, 'failure')}, ${plural(errors.length, 'unknown ID')}. Failures: ${listed(failures)}. Unknown IDs: ${listed(errors)}`,
	});
	Object.assign(error.context, { completed, failures, errors });
	throw error;
}
