import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** Display rule of one resource's operations. */
export function showFor(resource: string, operations: string[]): IDisplayOptions {
	return { show: { resource: [resource], operation: operations } };
}

function mergeRule(
	own: IDisplayOptions['show'],
	extra: IDisplayOptions['show'],
): IDisplayOptions['show'] {
	if (!own) return extra;
	if (!extra) return own;
	return { ...own, ...extra };
}

/**
 * Applies one operation file's display rule to all its fields at once; a field's own rule
 * (for example a field shown only when another is on) is kept beside it.
 */
export function withDisplay(
	displayOptions: IDisplayOptions,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => {
		const show = mergeRule(displayOptions.show, property.displayOptions?.show);
		const hide = mergeRule(displayOptions.hide, property.displayOptions?.hide);
		return {
			...property,
			displayOptions: { ...property.displayOptions, ...(show && { show }), ...(hide && { hide }) },
		};
	});
}
