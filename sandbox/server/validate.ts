import { invalid } from '../errors';
import type { EndpointSpec } from './endpoints';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: unknown): value is string {
	if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
	const parsed = new Date(`${value}T00:00:00.000Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function typeError(name: string, type: string, value: unknown): string | null {
	const enumValues = type.includes('"')
		? type.match(/"([^"]+)"/g)?.map((v) => v.slice(1, -1))
		: null;
	if (enumValues) {
		return enumValues.includes(value as string)
			? null
			: `${name} must be one of ${enumValues.join(', ')}`;
	}
	switch (type) {
		case 'string':
			return typeof value === 'string' ? null : `${name} must be a string`;
		case 'string:date':
			return isDate(value) ? null : `${name} must be a date formatted YYYY-MM-DD`;
		case 'integer':
			return Number.isInteger(value) ? null : `${name} must be an integer`;
		case 'boolean':
			return typeof value === 'boolean' ? null : `${name} must be true or false`;
		case 'object':
			return isObject(value) ? null : `${name} must be an object`;
		case 'array<string>':
			return Array.isArray(value) && value.every((v) => typeof v === 'string')
				? null
				: `${name} must be an array of strings`;
		case 'array<object>':
			return Array.isArray(value) && value.every(isObject)
				? null
				: `${name} must be an array of objects`;
		default:
			return null;
	}
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks required fields and types of a JSON body against the endpoint's body table.
 * Nested `a.b` fields are checked only when `a` is present; `a[].b` items are left to the handler.
 */
export function validateBody(endpoint: EndpointSpec, body: unknown): Record<string, unknown> {
	if (endpoint.body.length === 0) return isObject(body) ? body : {};
	if (body === undefined) body = {};
	if (!isObject(body)) throw invalid('request body must be a JSON object');
	for (const field of endpoint.body) {
		if (field.name.includes('[]')) continue;
		const path = field.name.split('.');
		let parent: unknown = body;
		for (const key of path.slice(0, -1)) parent = isObject(parent) ? parent[key] : undefined;
		if (!isObject(parent)) continue;
		const value = parent[path[path.length - 1]];
		if (value === undefined || value === null) {
			if (field.required) throw invalid(`${field.name} is required`);
			continue;
		}
		const problem = typeError(field.name, field.type, value);
		if (problem) throw invalid(problem);
	}
	return body;
}
