import type { INodeProperties } from 'n8n-workflow';

import {
	booleanFilter,
	filtersCollection,
	getManyFields,
	showFor,
	withDisplay,
} from '../../shared';
import { accountTypeFilter } from './accountType';

const display = showFor('breach', ['getAllServices']);

export const getAllServicesFields: INodeProperties[] = [
	...getManyFields(display),
	...withDisplay(display, [
		filtersCollection([
			{ ...accountTypeFilter, description: 'Only count and list affected accounts of this kind' },
			booleanFilter(
				'hasAffectedAccounts',
				'Has Affected Accounts',
				'Whether to return only services with at least one affected account',
			),
		]),
	]),
];
