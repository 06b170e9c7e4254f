import type { INodeProperties } from 'n8n-workflow';

import { getManyFields, showFor, withDisplay } from '../../shared';
import { accountTypeFilter } from './accountType';

const display = showFor('breach', ['getAllAccounts']);

export const getAllAccountsFields: INodeProperties[] = [
	...getManyFields(display),
	...withDisplay(display, [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [accountTypeFilter],
		},
	]),
];
