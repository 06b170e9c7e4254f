import type { INodeProperties } from 'n8n-workflow';

/** `accountType` values of the breach endpoints; `employee` is an alias of `activeLearner`. */
export const ACCOUNT_TYPES = [
	'activeLearner',
	'employee',
	'inactiveLearner',
	'nonLearner',
] as const;

/** The exposed-account type filter, shared by both breach lists. */
export const accountTypeFilter: INodeProperties = {
	displayName: 'Account Type',
	name: 'accountType',
	type: 'options',
	default: 'activeLearner',
	description: 'Only accounts of this kind',
	options: [
		{
			name: 'Active Learner',
			value: 'activeLearner',
			description: 'Belongs to an active learner',
		},
		{
			name: 'Employee',
			value: 'employee',
			description: 'Same as Active Learner (the API treats employee as an active learner)',
		},
		{
			name: 'Inactive Learner',
			value: 'inactiveLearner',
			description: 'Belongs to a deactivated learner',
		},
		{
			name: 'Non-Learner',
			value: 'nonLearner',
			description: 'Belongs to no learner',
		},
	],
};
