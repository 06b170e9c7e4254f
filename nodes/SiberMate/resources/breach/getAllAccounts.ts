import type { INodeProperties } from 'n8n-workflow';

import { filtersCollection, getManyFields, showFor, withDisplay } from '../../shared';
import { accountTypeFilter } from './accountType';

const display = showFor('breach', ['getAllAccounts']);

export const getAllAccountsFields: INodeProperties[] = [
	...getManyFields(display),
	...withDisplay(display, [filtersCollection([accountTypeFilter])]),
];
