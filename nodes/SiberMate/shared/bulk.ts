import type {
	IExecuteFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { castValue, invalidParameter } from './send';
import { isUnset } from './values';

export type NodeFailure = NodeApiError | NodeOperationError;

/** A caught failure as a node error (the transport already maps API failures). */
export function asNodeFailure(
	this: IExecuteFunctions | IExecuteSingleFunctions,
	error: unknown,
): NodeFailure {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(this.getNode(), error as Error);
}

/**
 * The error that stops a bulk operation part-way, with what earlier requests already changed
 * added to its description: those changes are not undone and appear in no output.
 */
export function withProgressNote(failure: NodeFailure, done: string): NodeFailure {
	failure.description = [failure.description, done].filter(Boolean).join(' ');
	return failure;
}

/**
 * A failed request's error as one item's error, with `extra` added to its message: a copy, as
 * the other items of that request share the original.
 */
export function failureForItem(
	failure: NodeFailure,
	itemIndex: number,
	extra: string,
): NodeFailure {
	const copy = Object.create(
		Object.getPrototypeOf(failure) as object,
		Object.getOwnPropertyDescriptors(failure),
	) as NodeFailure;
	copy.message = `${failure.message} (${extra})`;
	copy.context = { ...failure.context, itemIndex };
	return copy;
}

/** Items per bulk request unless the user sets Options > Batch Size (the API states no limit). */
export const DEFAULT_BATCH_SIZE = 100;

export function batchSizeOption(what: string): INodeProperties {
	return {
		displayName: 'Batch Size',
		name: 'batchSize',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: DEFAULT_BATCH_SIZE,
		description: `Max number of ${what} sent in one request`,
	};
}

const BATCH_SIZE = 'options.batchSize';

/** Options > Batch Size; a value that is not a whole number of 1 or more is refused, like Limit. */
export function readBatchSize(this: IExecuteFunctions): number {
	const raw = this.getNodeParameter(BATCH_SIZE, 0, DEFAULT_BATCH_SIZE);
	if (isUnset(raw)) return DEFAULT_BATCH_SIZE;
	const size = castValue(raw, 'integer') as number | undefined;
	const refuse = (message: string, why: string) =>
		invalidParameter(this.getNode(), 0, BATCH_SIZE, message, why);
	if (size === undefined)
		throw refuse(`"${String(raw)}" is not a whole number`, 'Enter a whole number');
	if (size < 1) throw refuse(`${size} is below 1`, 'Enter a whole number of 1 or more');
	return size;
}

export function chunk<T>(list: T[], size: number): T[][] {
	const chunks: T[][] = [];
	for (let start = 0; start < list.length; start += size)
		chunks.push(list.slice(start, start + size));
	return chunks;
}

/** Why one row failed, as the API (or the node's own check) put it. */
export interface RowError {
	code: string;
	message: string;
}

/** A failed request as a row's reason, without anything of the request itself. */
export function rowErrorOf(error: unknown): RowError {
	const apiError = error as Partial<NodeApiError> & { errorResponse?: JsonObject };
	const code = String(apiError.errorResponse?.code ?? apiError.httpCode ?? 'error');
	const message = apiError.errorResponse?.message ?? apiError.message ?? error;
	return { code, message: String(message) };
}

/**
 * A rejected row. It never stops the node. Without Continue On Fail it is a main output item
 * `{ success: false, ...json, error: { code, message } }` beside the created ones; with it, the
 * item carries `error` and n8n makes it a standard error item (`error` = "message [code]"), on
 * the error output when that is enabled.
 */
export function rejectedItem(
	this: IExecuteFunctions,
	itemIndex: number,
	json: Record<string, unknown>,
	reason: RowError,
	cause?: NodeFailure,
): INodeExecutionData {
	const item: INodeExecutionData = {
		json: { success: false, ...json, error: { code: reason.code, message: reason.message } },
		pairedItem: { item: itemIndex },
	};
	if (this.continueOnFail()) {
		item.error =
			cause ??
			new NodeOperationError(this.getNode(), `${reason.message} [${reason.code}]`, { itemIndex });
	}
	return item;
}
