import type { INodeProperties } from 'n8n-workflow';

import { idListField, type FieldSpec } from '../../shared';

/** First and last name: required by Create, Create Many and Update alike. */
export const nameFields: INodeProperties[] = [
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		required: true,
		default: '',
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		required: true,
		default: '',
	},
];

export const emailField: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	required: true,
	default: '',
	description:
		'Work email of the learner. Free-email providers are rejected, and with domain lock on it must be on the company domain.',
};

export const externalLearnerIdField: INodeProperties = {
	displayName: 'External Learner ID',
	name: 'externalLearnerId',
	type: 'string',
	default: '',
	description: 'Identifier of the learner in the source HR or employee system',
};

export const excludedFromAutoEnrolField: INodeProperties = {
	displayName: 'Excluded From Auto Enrol',
	name: 'excludedFromAutoEnrol',
	type: 'boolean',
	default: false,
	description: 'Whether the learner is left out of automatic course enrolment',
};

export const localeField: INodeProperties = {
	displayName: 'Locale',
	name: 'locale',
	type: 'string',
	default: '',
	placeholder: 'e.g. en',
	description: 'Language of the learner, e.g. en',
};

/** The learner's groups: Create adds the learner to them, Update passes its replace wording. */
export function groupIdsField(
	description = 'Existing groups to add the learner to',
): INodeProperties {
	return idListField('group', {
		name: 'groupIds',
		displayName: 'Group Names or IDs',
		description,
	});
}

/** Optional profile fields of Create and Update, sent only when set. */
export function profileFieldSpecs(collection: string): FieldSpec[] {
	return [
		{
			parameter: `${collection}.excludedFromAutoEnrol`,
			key: 'excludedFromAutoEnrol',
			type: 'boolean',
		},
		{ parameter: `${collection}.externalLearnerId`, key: 'externalLearnerId', type: 'string' },
		{ parameter: `${collection}.locale`, key: 'locale', type: 'string' },
	];
}
