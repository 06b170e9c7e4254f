import type { INodeProperties } from 'n8n-workflow';

import { SPLIT_PARAMETER } from './output';

/** Split Into Items for a report whose `what` list is the part worth a spreadsheet row each. */
export function splitField(what: string): INodeProperties {
	return {
		displayName: 'Split Into Items',
		name: SPLIT_PARAMETER,
		type: 'boolean',
		default: false,
		description: `Whether to output one item per ${what} (ready for a spreadsheet) instead of one item holding the whole report`,
	};
}
