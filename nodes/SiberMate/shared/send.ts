import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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

async function pathId(
	this: IExecuteSingleFunctions,
	parameter: string,
	collection: string,
	method: string,
): Promise<string> {
	const raw = this.getNodeParameter(parameter, '');
	const mode = locatorMode(raw);
	let id = String(unwrapLocator(raw) ?? '').trim();

	if (isLearnerLookupMode(mode)) {
		// Writes accept no companyId, so only reads look the learner up in the chosen company.
		const scope = method === 'GET' ? executionCompanyQuery.call(this) : {};
		id = await findLearnerId.call(this, mode, id, parameter, scope);
	}

	if (id === '') throw invalid(this, parameter, 'enter an ID', 'The ID is empty');
	if (id === '.' || id === '..') {
		throw invalid(this, parameter, `"${id}" is not an ID`, 'Dots alone would change the path');
	}
	if (RESERVED_PATH_WORDS[collection]?.includes(id)) {
		throw invalid(
			this,
			parameter,
			`"${id}" is not an ID`,
			`"${id}" names another ${collection} endpoint`,
		);
	}
	return encodeURIComponent(id);
}

/**
 * Sets the request path from a template such as `/learners/{learnerId}/groups`, each `{name}`
 * read from the node parameter of that name, checked and encoded.
 */
export function pathWithIds(template: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const segments = template.split('/');
		const method = String(requestOptions.method ?? 'GET').toUpperCase();
		const resolved: string[] = [];
		for (const [index, segment] of segments.entries()) {
			const parameter = /^\{(\w+)\}$/.exec(segment)?.[1];
			resolved.push(
				parameter ? await pathId.call(this, parameter, segments[index - 1] ?? '', method) : segment,
			);
		}
		requestOptions.url = resolved.join('/');
		return requestOptions;
	};
}

/** Any form of ID list (array, "a, b", JSON array text, a single ID) → trimmed, unique strings. */
export function normaliseIdList(value: unknown): string[] {
	const inner = unwrapLocator(value);
	let list: unknown[];
	if (Array.isArray(inner)) list = inner;
	else if (typeof inner === 'string' && inner.trim().startsWith('[')) {
		try {
			const parsed: unknown = JSON.parse(inner);
			list = Array.isArray(parsed) ? parsed : [inner];
		} catch {
			list = [inner];
		}
	} else if (inner === undefined || inner === null) list = [];
	else list = [inner];

	const ids = list
		.flatMap((entry) => String(unwrapLocator(entry) ?? '').split(','))
		.map((id) => id.trim())
		.filter((id) => id !== '');
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
		const ids = normaliseIdList(this.getNodeParameter(parameter, []));
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

/**
 * Sends each optional field only when it is set (`false` and `0` are values), cast to the type
 * the API reference gives, so expressions yielding strings still reach the API typed.
 */
export function sendFields(fields: FieldSpec[]): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		for (const field of fields) {
			const raw = this.getNodeParameter(field.parameter, null);
			if (isUnset(raw)) {
				if (field.required)
					throw invalid(this, field.parameter, 'enter a value', 'The value is empty');
				continue;
			}

			const value = castValue(unwrapLocator(raw), field.type);
			if (value === undefined) {
				throw invalid(
					this,
					field.parameter,
					`"${String(unwrapLocator(raw))}" is not ${TYPE_NAMES[field.type]}`,
					`Enter ${TYPE_NAMES[field.type]}`,
				);
			}
			if (field.in === 'qs') requestOptions.qs = { ...requestOptions.qs, [field.key]: value };
			else setBody(requestOptions, field.key, value);
		}
		return requestOptions;
	};
}
