import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import {
	asNodeFailure,
	chunk,
	EMAIL_PATTERN,
	normaliseIdList,
	type NodeFailure,
	readBatchSize,
	rejectedItem,
	rowErrorOf,
	type RowError,
} from '../../../shared';
import { withProgressNote } from '../../../shared/bulk';
import { apiRequest } from '../../../transport';

/** Field of the bulk answer listing rejected learners: items `{ index, email, code, message }`. */
export const BULK_ERRORS_FIELD = 'errors';

/** Field of the bulk answer listing created learners, when the API returns them (not documented). */
export const BULK_CREATED_FIELD = 'learners';

/** Codes of rows the node rejects itself, before sending. */
export const LOCAL_ROW_ERRORS = {
	invalidEmail: 'invalid_email',
	missingFirstName: 'missing_first_name',
	missingLastName: 'missing_last_name',
	duplicateInInput: 'duplicate_in_input',
	invalidGroupIds: 'invalid_group_ids',
	/** The API refused a row of the request without saying which: the others are not confirmed. */
	unconfirmed: 'unconfirmed',
} as const;

/** Output field on a created learner whose ID could not be read back (its `id` is then null). */
export const READ_BACK_WARNING_FIELD = 'warning';

interface Row {
	itemIndex: number;
	learner: IDataObject;
	email: string;
	record?: IDataObject;
	created?: boolean;
	rejection?: RowError;
	cause?: NodeFailure;
}

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

function readRow(this: IExecuteFunctions, itemIndex: number, seen: Set<string>): Row {
	const email = text(this.getNodeParameter('email', itemIndex, ''));
	const firstName = text(this.getNodeParameter('firstName', itemIndex, ''));
	const lastName = text(this.getNodeParameter('lastName', itemIndex, ''));
	const externalLearnerId = text(
		this.getNodeParameter('additionalFields.externalLearnerId', itemIndex, ''),
	);
	const learner: IDataObject = { email, firstName, lastName };
	if (externalLearnerId) learner.externalLearnerId = externalLearnerId;
	const row: Row = { itemIndex, learner, email };
	const parameter = 'additionalFields.groupIds';
	try {
		const source = { node: this.getNode(), itemIndex, parameter };
		const groupIds = normaliseIdList(this.getNodeParameter(parameter, itemIndex, []), source);
		if (groupIds.length) learner.groupIds = groupIds;
	} catch (error) {
		row.cause = asNodeFailure.call(this, error);
		row.rejection = { code: LOCAL_ROW_ERRORS.invalidGroupIds, message: row.cause.message };
		return row;
	}

	const key = email.toLowerCase();
	if (!new RegExp(EMAIL_PATTERN).test(email)) {
		row.rejection = {
			code: LOCAL_ROW_ERRORS.invalidEmail,
			message: email ? `"${email}" is not an email address` : 'Email is empty',
		};
	} else if (!firstName) {
		row.rejection = { code: LOCAL_ROW_ERRORS.missingFirstName, message: 'First Name is empty' };
	} else if (!lastName) {
		row.rejection = { code: LOCAL_ROW_ERRORS.missingLastName, message: 'Last Name is empty' };
	} else if (seen.has(key)) {
		row.rejection = {
			code: LOCAL_ROW_ERRORS.duplicateInInput,
			message: `"${email}" appears in an earlier input item`,
		};
	}
	if (!row.rejection) seen.add(key);
	return row;
}

function byEmail(records: unknown): Map<string, IDataObject> {
	const map = new Map<string, IDataObject>();
	if (!Array.isArray(records)) return map;
	for (const record of records as IDataObject[]) {
		if (typeof record?.email === 'string') map.set(record.email.toLowerCase(), record);
	}
	return map;
}

/**
 * The row an `errors` item names: by its numeric `index` when the row there has the same email
 * (or the item gives none), else by email alone. Undefined when it names no row for sure.
 */
function rowOfError(batch: Row[], error: IDataObject): Row | undefined {
	const email = text(error.email).toLowerCase();
	const sameEmail = (row: Row) => email === '' || row.email.toLowerCase() === email;
	const index = error.index;
	if (typeof index === 'number' && Number.isInteger(index) && batch[index]) {
		if (sameEmail(batch[index])) return batch[index];
	}
	return email ? batch.find((row) => row.email.toLowerCase() === email) : undefined;
}

async function sendBatch(this: IExecuteFunctions, batch: Row[]): Promise<void> {
	const data = ((await apiRequest.call(this, 'POST', '/learners/bulk', {
		body: { learners: batch.map((row) => row.learner) },
		itemIndex: batch[0].itemIndex,
	})) ?? {}) as IDataObject;

	const errors = (
		Array.isArray(data[BULK_ERRORS_FIELD]) ? data[BULK_ERRORS_FIELD] : []
	) as IDataObject[];
	const unplaced: RowError[] = [];
	for (const entry of errors) {
		const error = typeof entry === 'object' && entry !== null ? entry : {};
		const reason = { code: text(error.code), message: text(error.message) };
		const row = rowOfError(batch, error);
		if (!row) unplaced.push(reason);
		else if (!row.rejection) row.rejection = reason;
	}

	const records = byEmail(data[BULK_CREATED_FIELD]);
	for (const row of batch) {
		if (row.rejection) continue;
		row.record = records.get(row.email.toLowerCase());
		if (unplaced.length && !row.record) {
			row.rejection = unconfirmedRow(unplaced);
			continue;
		}
		row.created = true;
	}
}

/** A row the API may have refused: one of its rejections named no row of the request. */
function unconfirmedRow(unplaced: RowError[]): RowError {
	const reasons = unplaced
		.map((reason) => (reason.message ? `${reason.message} [${reason.code}]` : 'no details'))
		.join('; ');
	return {
		code: LOCAL_ROW_ERRORS.unconfirmed,
		message:
			`Not confirmed as created: the API refused ${unplaced.length} row(s) of this request ` +
			`without saying which (${reasons}). Check with Get Many; re-running reports rows ` +
			'already created as duplicates.',
	};
}

/** What earlier batches already did, for the error that stops the node at `batches[failed]`. */
function earlierBatchesNote(batches: Row[][], failed: number): string {
	const sent = batches.slice(0, failed).flat();
	const created = sent.filter((row) => row.created).length;
	const unconfirmed = sent.filter(
		(row) => row.rejection?.code === LOCAL_ROW_ERRORS.unconfirmed,
	).length;
	const refused = sent.length - created - unconfirmed;
	const after = batches.slice(failed + 1).flat().length;
	return (
		`Earlier requests of this run already created ${created} learner(s) from the rows before ` +
		`input item ${batches[failed][0].itemIndex}` +
		(refused ? ` (the API refused ${refused} other row(s))` : '') +
		(unconfirmed ? ` (${unconfirmed} other row(s) are not confirmed)` : '') +
		`; they are not undone. This request's ${batches[failed].length} row(s) are not confirmed ` +
		`as created and the ${after} row(s) after it were not sent. Re-running the same input ` +
		'reports the rows already created as existing (duplicates) and creates the rest.'
	);
}

/**
 * Create Many: every input item is one learner; valid rows go out in bulk requests of Batch
 * Size, and each output item is the created learner (with its ID) or the row's rejection.
 * A rejection the node cannot match to one row leaves the request's other rows unconfirmed,
 * never reported as created. A request that fails as a whole fails its own rows only: with Continue On Fail they become
 * error items and later batches are still sent; without it the node stops, and its error says
 * what earlier batches already created.
 */
export async function createMany(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const seen = new Set<string>();
	const rows = this.getInputData().map((_item, itemIndex) => readRow.call(this, itemIndex, seen));

	const batches = chunk(
		rows.filter((row) => !row.rejection),
		readBatchSize.call(this),
	);
	for (const [number, batch] of batches.entries()) {
		try {
			await sendBatch.call(this, batch);
		} catch (error) {
			const failure = asNodeFailure.call(this, error);
			if (!this.continueOnFail()) {
				throw number === 0
					? failure
					: withProgressNote(failure, earlierBatchesNote(batches, number));
			}
			for (const row of batch) {
				row.rejection = rowErrorOf(failure);
				row.cause = failure;
			}
		}
	}

	// The reference answers `{ success, errors }` only: created learners are found by email.
	let readBackFailure = 'no learner with this email was listed when reading IDs back';
	if (rows.some((row) => row.created && !row.record)) {
		try {
			const learners = byEmail(await apiRequest.call(this, 'GET', '/learners'));
			for (const row of rows) {
				if (row.created && !row.record) row.record = learners.get(row.email.toLowerCase());
			}
		} catch (error) {
			// With Continue On Fail the created rows still come out, each with the warning.
			const failure = asNodeFailure.call(this, error);
			if (!this.continueOnFail()) {
				const created = rows.filter((row) => row.created).length;
				throw withProgressNote(
					failure,
					`All ${created} learner(s) the API accepted were created; only reading their IDs back failed. Re-running the same input reports them as already existing (duplicates).`,
				);
			}
			readBackFailure = `reading its ID back failed (${failure.message})`;
		}
	}

	return [
		rows.map((row) =>
			row.created
				? {
						json: {
							success: true,
							...(row.record ?? {
								email: row.email,
								id: null,
								[READ_BACK_WARNING_FIELD]: `Created, but ${readBackFailure}. Find it with Get Many.`,
							}),
						},
						pairedItem: { item: row.itemIndex },
					}
				: rejectedItem.call(
						this,
						row.itemIndex,
						{ email: row.email },
						row.rejection as RowError,
						row.cause,
					),
		),
	];
}
