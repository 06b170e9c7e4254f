import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError, UserError } from 'n8n-workflow';

import { executionCompanyQuery } from './companyScope';
import { parameterLabel } from './labels';
import { findLearnerId, isLearnerLookupMode } from './lookup';
import { EMAIL_PATTERN } from './recordLocator';
import { isUnset, locatorMode, unwrapLocator } from './values';

export type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/**
 * Path words that name sibling routes (`/learners/bulk`, `/simulations/metrics`): an ID equal
 * to one would reach another endpoint, so it is refused before sending.
 */
export const RESERVED_PATH_WORDS: Record<string, string[]> = {
	learners: ['bulk', 'activate', 'deactivate'],
	simulations: ['metrics'],
	policies: ['bulk', 'upload', 'from-template'],
};

/** A local validation error naming the parameter, for this item. */
export function invalidParameter(
	node: INode,
	itemIndex: number,
	parameter: string,
	message: string,
	why: string,
): NodeOperationError {
	return new NodeOperationError(node, `${parameterLabel(parameter)}: ${message}`, {
		itemIndex,
		description: `${why} (parameter "${parameter}")`,
	});
}

function invalid(
	context: IExecuteSingleFunctions,
	parameter: string,
	message: string,
	why: string,
) {
	return invalidParameter(context.getNode(), context.getItemIndex(), parameter, message, why);
}

/** The error of an empty ID list where one ID at least is needed. */
export function emptyIdList(node: INode, itemIndex: number, parameter: string): NodeOperationError {
	return invalidParameter(
		node,
		itemIndex,
		parameter,
		'choose at least one ID',
		'The list is empty',
	);
}

/** The expression n8n writes when a field is dragged in from the input panel. */
const INPUT_FIELD_EXPRESSION = /^=\{\{\s*\$json\.([A-Za-z_$][\w$]*)\s*\}\}$/;

/** The item as expressions see it in `$json`; undefined where n8n could not give one. */
function itemJson(context: IExecuteSingleFunctions): IDataObject | undefined {
	try {
		return context.getWorkflowDataProxy(context.getItemIndex()).$json as IDataObject | undefined;
	} catch {
		// n8n's own evaluation then fails exactly as it always has.
		return undefined;
	}
}

/** Names n8n's expression sandbox refuses or treats specially: left to n8n. */
const SANDBOX_GUARDED_NAMES = ['__proto__', 'constructor', 'prototype'];

/** Values the sandbox hands back unchanged (objects come back as copies, functions not at all). */
function isPlainValue(value: unknown): boolean {
	return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * A parameter as `getNodeParameter` gives it, except that `={{ $json.field }}` holding a plain
 * value is read from the item n8n's own data proxy calls `$json`: n8n's expression sandbox costs
 * more per item than the rest of the node's own work. Anything else is evaluated by n8n.
 */
export function readParameter(
	this: IExecuteSingleFunctions,
	parameter: string,
	fallback: unknown,
): unknown {
	const raw = this.getNodeParameter(parameter, fallback, { rawExpressions: true });
	const expression = unwrapLocator(raw);
	const field =
		typeof expression === 'string' ? INPUT_FIELD_EXPRESSION.exec(expression)?.[1] : undefined;
	if (field !== undefined && !SANDBOX_GUARDED_NAMES.includes(field)) {
		const json = itemJson(this);
		const value =
			json && Object.prototype.hasOwnProperty.call(json, field) ? json[field] : undefined;
		if (value !== undefined && isPlainValue(value)) {
			return locatorMode(raw) === undefined ? value : { ...(raw as IDataObject), value };
		}
	}
	return this.getNodeParameter(parameter, fallback);
}

async function pathId(
	this: IExecuteSingleFunctions,
	parameter: string,
	collection: string,
	method: string,
): Promise<string> {
	const raw = readParameter.call(this, parameter, '');
	const mode = locatorMode(raw);
	let id = String(unwrapLocator(raw) ?? '').trim();

	if (isLearnerLookupMode(mode)) {
		// Writes accept no companyId, so only reads look the learner up in the chosen company.
		const write = method !== 'GET';
		const scope = write ? {} : executionCompanyQuery.call(this);
		id = await findLearnerId.call(this, mode, id, parameter, scope, write);
	}

	return encodePathId(this.getNode(), this.getItemIndex(), parameter, collection, id);
}

/**
 * An ID as one path segment after `/{collection}/`, encoded; an empty ID, `.`, `..` or a word
 * naming a sibling route of that collection is refused naming the parameter.
 */
export function encodePathId(
	node: INode,
	itemIndex: number,
	parameter: string,
	collection: string,
	id: string,
): string {
	const refuse = (message: string, why: string) =>
		invalidParameter(node, itemIndex, parameter, message, why);
	if (id === '') throw refuse('enter an ID', 'The ID is empty');
	if (id === '.' || id === '..') {
		throw refuse(`"${id}" is not an ID`, 'Dots alone would change the path');
	}
	if (RESERVED_PATH_WORDS[collection]?.includes(id)) {
		throw refuse(`"${id}" is not an ID`, `"${id}" names another ${collection} endpoint`);
	}
	return encodeURIComponent(id);
}

/**
 * Sets the request path from a template such as `/learners/{learnerId}/groups`, each `{name}`
 * read from the node parameter of that name, checked and encoded.
 */
export function pathWithIds(template: string): PreSend {
	// Parsed once per operation, not per item: each segment is text or { parameter, collection }.
	const segments = template.split('/').map((segment, index, all) => {
		const parameter = /^\{(\w+)\}$/.exec(segment)?.[1];
		return parameter ? { parameter, collection: all[index - 1] ?? '' } : segment;
	});
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const method = String(requestOptions.method ?? 'GET').toUpperCase();
		const resolved: string[] = [];
		for (const segment of segments) {
			resolved.push(
				typeof segment === 'string'
					? segment
					: await pathId.call(this, segment.parameter, segment.collection, method),
			);
		}
		requestOptions.url = resolved.join('/');
		return requestOptions;
	};
}

/** Where an ID list comes from, so a value that holds no IDs is refused naming its parameter. */
export interface IdListSource {
	node: INode;
	itemIndex: number;
	parameter: string;
}

/** Separators of IDs in one text: commas, semicolons and line breaks (a pasted column). */
const ID_SEPARATORS = /[,;\r\n]+/;

/** How a refused value reads in an error: short, whatever its type. */
function received(value: unknown): string {
	const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** IDs in one list entry; undefined when the entry holds none (a boolean, an object without `id`). */
function entryIds(entry: unknown): string[] | undefined {
	const value = unwrapLocator(entry);
	if (value === undefined || value === null) return [];
	if (typeof value === 'number') return Number.isFinite(value) ? [String(value)] : undefined;
	if (typeof value === 'string') return value.split(ID_SEPARATORS);
	if (typeof value === 'object' && !Array.isArray(value)) {
		// A record from a Get Many or `$json`: its ID.
		const id = (value as IDataObject).id;
		return typeof id === 'string' || typeof id === 'number' ? [String(id)] : undefined;
	}
	return undefined;
}

/** The entries of an ID list value: an array, JSON array text, or one entry. */
function listEntries(value: unknown): unknown[] | undefined {
	const inner = unwrapLocator(value);
	if (Array.isArray(inner)) return inner;
	if (typeof inner === 'string' && inner.trim().startsWith('[')) {
		try {
			const parsed: unknown = JSON.parse(inner);
			return Array.isArray(parsed) ? parsed : undefined;
		} catch {
			return undefined;
		}
	}
	return [inner];
}

/**
 * Any form of ID list → trimmed, unique strings: an array of IDs, numbers or records with an
 * `id`, text separated by commas, semicolons or line breaks, or a JSON array. A value holding
 * no IDs (a boolean, a record without `id`, a nested list) is refused naming the parameter.
 */
export function normaliseIdList(value: unknown, source?: IdListSource): string[] {
	const refuse = (what: unknown, problem: string) => {
		const message = `${received(unwrapLocator(what))} ${problem}`;
		const why =
			'Use IDs, records with an "id" field, or text with IDs separated by commas, semicolons or line breaks';
		// Without a source (callers not yet passing one) the error cannot name the parameter.
		if (!source) return new UserError(`ID list: ${message}`, { description: why });
		return invalidParameter(source.node, source.itemIndex, source.parameter, message, why);
	};

	const entries = listEntries(value);
	if (!entries) throw refuse(value, 'is not a JSON array');
	const ids: string[] = [];
	for (const entry of entries) {
		const found = entryIds(entry);
		if (!found) throw refuse(entry, 'is not an ID');
		ids.push(...found.map((id) => id.trim()).filter((id) => id !== ''));
	}
	return [...new Set(ids)];
}

function setBody(requestOptions: IHttpRequestOptions, key: string, value: unknown): void {
	requestOptions.body = {
		...((requestOptions.body as IDataObject | undefined) ?? {}),
		[key]: value,
	};
}

/**
 * Sends an ID list parameter as a JSON array. An empty list is refused, sent as `[]` with
 * `allowEmpty` (to clear), or left out with `optional` (an optional field of a collection).
 */
export function sendIdList(
	parameter: string,
	bodyKey: string,
	options: { allowEmpty?: boolean; optional?: boolean } = {},
): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const ids = normaliseIdList(readParameter.call(this, parameter, []), {
			node: this.getNode(),
			itemIndex: this.getItemIndex(),
			parameter,
		});
		if (ids.length === 0 && options.optional) return requestOptions;
		if (ids.length === 0 && !options.allowEmpty) {
			throw emptyIdList(this.getNode(), this.getItemIndex(), parameter);
		}
		setBody(requestOptions, bodyKey, ids);
		return requestOptions;
	};
}

export type FieldType = 'string' | 'boolean' | 'integer' | 'date' | 'email';

export interface FieldSpec {
	/** Node parameter path, e.g. `additionalFields.locale`. */
	parameter: string;
	/** API field name. */
	key: string;
	in?: 'body' | 'qs';
	type: FieldType;
	/** Refuse an unset value locally (for required fields an expression may leave empty). */
	required?: boolean;
}

function toDate(value: unknown): string | undefined {
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
	const toISODate = (value as { toISODate?: () => string | null })?.toISODate;
	if (typeof toISODate === 'function') return toISODate.call(value) ?? undefined;
	const text = String(value).trim();
	// The date the user wrote, without shifting it through a time zone.
	const leading = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text)?.[1];
	if (leading) return leading;
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

/** Casts to the API's type; undefined when the value cannot be read as that type. */
export function castValue(value: unknown, type: FieldType): unknown {
	switch (type) {
		case 'boolean':
			if (typeof value === 'boolean') return value;
			if (/^(true|false)$/i.test(String(value).trim())) {
				return String(value).trim().toLowerCase() === 'true';
			}
			return undefined;
		case 'integer': {
			const number = typeof value === 'number' ? value : Number(String(value).trim());
			return Number.isInteger(number) && String(value).trim() !== '' ? number : undefined;
		}
		case 'date':
			return toDate(value);
		case 'email': {
			const text = String(value).trim();
			return new RegExp(EMAIL_PATTERN).test(text) ? text : undefined;
		}
		default:
			return typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
}

const TYPE_NAMES: Record<FieldType, string> = {
	string: 'text',
	boolean: 'true or false',
	integer: 'a whole number',
	date: 'a date (YYYY-MM-DD)',
	email: 'an email address',
};

/** A parameter's value cast to `type`, or an error naming the parameter when it cannot be. */
function castParameter(
	context: IExecuteSingleFunctions,
	parameter: string,
	raw: unknown,
	type: FieldType,
): string | number | boolean {
	const value = castValue(unwrapLocator(raw), type) as string | number | boolean | undefined;
	if (value === undefined) {
		throw invalid(
			context,
			parameter,
			`"${String(unwrapLocator(raw))}" is not ${TYPE_NAMES[type]}`,
			`Enter ${TYPE_NAMES[type]}`,
		);
	}
	return value;
}

/**
 * A boolean parameter, also when an expression gives the text "true" or "false"; `fallback`
 * when unset; anything else is refused naming the parameter.
 */
export function readBoolean(
	this: IExecuteSingleFunctions,
	parameter: string,
	fallback: boolean,
): boolean {
	const raw = readParameter.call(this, parameter, fallback);
	if (isUnset(raw)) return fallback;
	return castParameter(this, parameter, raw, 'boolean') as boolean;
}

/**
 * A whole-number parameter of at least `min`, also from an expression's text; `fallback` when
 * unset; anything else is refused naming the parameter.
 */
export function readInteger(
	this: IExecuteSingleFunctions,
	parameter: string,
	fallback: number,
	min: number,
): number {
	const raw = readParameter.call(this, parameter, fallback);
	if (isUnset(raw)) return fallback;
	const value = castParameter(this, parameter, raw, 'integer') as number;
	if (value < min) {
		throw invalid(
			this,
			parameter,
			`${value} is below ${min}`,
			`Enter a whole number of ${min} or more`,
		);
	}
	return value;
}

/**
 * Sends each optional field only when it is set (`false` and `0` are values), cast to the type
 * the API reference gives, so expressions yielding strings still reach the API typed.
 */
export function sendFields(fields: FieldSpec[]): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		for (const field of fields) {
			const raw = readParameter.call(this, field.parameter, null);
			if (isUnset(raw)) {
				if (field.required)
					throw invalid(this, field.parameter, 'enter a value', 'The value is empty');
				continue;
			}

			const value = castParameter(this, field.parameter, raw, field.type);
			if (field.in === 'qs') requestOptions.qs = { ...requestOptions.qs, [field.key]: value };
			else setBody(requestOptions, field.key, value);
		}
		return requestOptions;
	};
}
