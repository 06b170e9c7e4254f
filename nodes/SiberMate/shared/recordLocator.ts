import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { RECORD_KINDS, type RecordKind } from './kinds';

/** Loose email shape, the same check Create applies before sending. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';

/** Learner locator modes that need a `GET /learners` lookup to find the ID. */
export const LEARNER_LOOKUP_MODES = { email: 'email', externalId: 'externalId' } as const;

const learnerOnlyModes: string[] = Object.values(LEARNER_LOOKUP_MODES);

export interface RecordLocatorField {
	name: string;
	displayName?: string;
	required?: boolean;
	description?: string;
	displayOptions?: IDisplayOptions;
}

/**
 * Picker for one record: From List (filtered by the typed text and by the Company scope when
 * set) and By ID; learners can also be found By Email or By External ID.
 */
export function recordLocator(kind: RecordKind, field: RecordLocatorField): INodeProperties {
	const info = RECORD_KINDS[kind];

	const locator: INodeProperties = {
		displayName: field.displayName ?? info.label,
		name: field.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: field.required ?? true,
		description: field.description ?? `The ${info.label.toLowerCase()} to use`,
		...(field.displayOptions && { displayOptions: field.displayOptions }),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: info.search, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${info.example}`,
			},
			{
				displayName: 'By Email',
				name: LEARNER_LOOKUP_MODES.email,
				type: 'string',
				placeholder: 'e.g. ari@acme.example',
				validation: [
					{
						type: 'regex',
						properties: { regex: EMAIL_PATTERN, errorMessage: 'Enter an email address' },
					},
				],
			},
			{
				displayName: 'By External ID',
				name: LEARNER_LOOKUP_MODES.externalId,
				type: 'string',
				placeholder: 'e.g. EMP-001',
			},
		],
	};
	if (kind !== 'learner') {
		locator.modes = locator.modes?.filter((mode) => !learnerOnlyModes.includes(mode.name));
	}
	return locator;
}
