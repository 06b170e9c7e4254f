import type { INodeProperties } from 'n8n-workflow';

import { getManyFields, showFor, withDisplay } from '../../shared';
import { accountTypeFilter } from './accountType';

const display = showFor('breach', ['getAllServices']);

export const getAllServicesFields: INodeProperties[] = [
	...getManyFields(display),
	...withDisplay(display, [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					...accountTypeFilter,
					description: 'Only count and list affected accounts of this kind',
				},
				{
					displayName: 'Has Affected Accounts',
					name: 'hasAffectedAccounts',
					type: 'boolean',
					default: true,
					description: 'Whether to return only services with at least one affected account',
				},
			],
		},
	]),
];
