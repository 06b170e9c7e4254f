import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { FieldSpec } from '../../shared';
import { signatureSettingsOption } from './signatureSettings';

/**
 * Values offered for the required `action` of create, update and create from template. The
 * reference shows only `saveDraft`; `publish` is assumed. An expression may send any other value.
 */
export const POLICY_ACTIONS: INodePropertyOptions[] = [
	{ name: 'Publish', value: 'publish', description: 'Make the new version live at once' },
	{
		name: 'Save Draft',
		value: 'saveDraft',
		description: 'Keep the new version as a draft to publish later',
	},
];

export const ADDITIONAL_FIELDS = 'additionalFields';

/** The required `action`, refused locally when an expression leaves it empty. */
export const actionSpec: FieldSpec = {
	parameter: 'action',
	key: 'action',
	type: 'string',
	required: true,
};

export const actionField: INodeProperties = {
	displayName: 'Action',
	name: 'action',
	type: 'options',
	required: true,
	options: POLICY_ACTIONS,
	default: 'saveDraft',
	description:
		'What happens to the new version. Use an expression to send another action the API accepts.',
};

export const byName = (a: INodeProperties, b: INodeProperties) =>
	a.displayName.localeCompare(b.displayName);

const metadataOptions: INodeProperties[] = [
	{
		displayName: 'Category',
		name: 'category',
		type: 'string',
		default: '',
		placeholder: 'e.g. compliance',
	},
	{
		displayName: 'Is Public',
		name: 'isPublic',
		type: 'boolean',
		default: false,
		description: 'Whether the policy is public',
	},
	{
		displayName: 'Owner Email',
		name: 'ownerEmail',
		type: 'string',
		placeholder: 'e.g. name@example.com',
		default: '',
		description: 'Email of the person responsible for the policy',
	},
	{
		displayName: 'Owner Name',
		name: 'ownerName',
		type: 'string',
		default: '',
		description: 'Name of the person responsible for the policy',
	},
	signatureSettingsOption,
];

const metadataSpecs: FieldSpec[] = [
	{ parameter: `${ADDITIONAL_FIELDS}.category`, key: 'category', type: 'string' },
	{ parameter: `${ADDITIONAL_FIELDS}.isPublic`, key: 'isPublic', type: 'boolean' },
	{ parameter: `${ADDITIONAL_FIELDS}.ownerEmail`, key: 'ownerEmail', type: 'email' },
	{ parameter: `${ADDITIONAL_FIELDS}.ownerName`, key: 'ownerName', type: 'string' },
];

const versionOptions: INodeProperties[] = [
	{
		displayName: 'Major Version',
		name: 'majorVersion',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 1,
		description: 'Major number of the first version',
	},
	{
		displayName: 'Minor Version',
		name: 'minorVersion',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 0 },
		default: 0,
		description: 'Minor number of the first version',
	},
];

const versionSpecs: FieldSpec[] = [
	{ parameter: `${ADDITIONAL_FIELDS}.majorVersion`, key: 'majorVersion', type: 'integer' },
	{ parameter: `${ADDITIONAL_FIELDS}.minorVersion`, key: 'minorVersion', type: 'integer' },
];

/** Optional fields of Create and Create From Template. */
export const newPolicyOptions = [...metadataOptions, ...versionOptions].sort(byName);

export const newPolicySpecs = [...metadataSpecs, ...versionSpecs];

const updateOnlyOptions: INodeProperties[] = [
	{
		displayName: 'Major Change',
		name: 'major',
		type: 'boolean',
		default: false,
		description: 'Whether a new PDF starts a new major version instead of a minor one',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
	},
	{
		displayName: 'Resend',
		name: 'resend',
		type: 'boolean',
		default: false,
		description: 'Whether to send the published version again to learners already assigned',
	},
];

/** Optional fields of Update (the name is optional there). */
export const updateOptions = [...metadataOptions, ...updateOnlyOptions].sort(byName);

export const updateSpecs: FieldSpec[] = [
	...metadataSpecs,
	{ parameter: `${ADDITIONAL_FIELDS}.major`, key: 'major', type: 'boolean' },
	{ parameter: `${ADDITIONAL_FIELDS}.name`, key: 'name', type: 'string' },
	{ parameter: `${ADDITIONAL_FIELDS}.resend`, key: 'resend', type: 'boolean' },
];

/** The Additional Fields group of one operation. */
export function additionalFields(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: ADDITIONAL_FIELDS,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}
