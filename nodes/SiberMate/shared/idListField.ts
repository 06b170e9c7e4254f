import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** Kinds of ID lists; managers are learners. */
export type IdListKind = 'learner' | 'group' | 'course' | 'policy' | 'manager';

/** loadOptions method behind each list picker (see methods/loadOptions.ts). */
export const ID_LIST_METHODS: Record<IdListKind, string> = {
	learner: 'getLearners',
	group: 'getGroups',
	course: 'getCourses',
	policy: 'getPolicies',
	manager: 'getLearners',
};

export interface IdListFieldOptions {
	name: string;
	displayName: string;
	required?: boolean;
	description?: string;
	displayOptions?: IDisplayOptions;
}

const HOW_TO_FILL =
	'Choose from the list, or specify IDs using an expression: an array of IDs or of records with an "id" (such as Get Many items), or text with IDs separated by commas, semicolons or line breaks.';

/** A list of record IDs: picked from a list, or an expression giving IDs in any form `normaliseIdList` reads. */
export function idListField(kind: IdListKind, field: IdListFieldOptions): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: ID_LIST_METHODS[kind] },
		default: [],
		required: field.required ?? false,
		description: field.description ? `${field.description}. ${HOW_TO_FILL}` : HOW_TO_FILL,
		...(field.displayOptions && { displayOptions: field.displayOptions }),
	};
}
