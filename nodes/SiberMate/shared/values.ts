import type { IDataObject } from 'n8n-workflow';

/** A resource locator's value, or the value itself for plain parameters. */
export function unwrapLocator(value: unknown): unknown {
	if (value && typeof value === 'object' && '__rl' in value) return (value as IDataObject).value;
	return value;
}

/** A resource locator's mode, or undefined for plain parameters. */
export function locatorMode(value: unknown): string | undefined {
	if (value && typeof value === 'object' && '__rl' in value) {
		return String((value as IDataObject).mode ?? '');
	}
	return undefined;
}

/** Empty means not set: undefined, null, blank text, an empty list or an empty locator. */
export function isUnset(value: unknown): boolean {
	const inner = unwrapLocator(value);
	if (inner === undefined || inner === null) return true;
	if (typeof inner === 'string') return inner.trim() === '';
	if (Array.isArray(inner)) return inner.length === 0;
	return false;
}

/** Whether a record's field equals the wanted text, ignoring surrounding spaces (and case if asked). */
export function sameText(field: unknown, wanted: string, caseInsensitive = false): boolean {
	if (typeof field !== 'string') return false;
	return caseInsensitive
		? field.trim().toLowerCase() === wanted.toLowerCase()
		: field.trim() === wanted;
}
