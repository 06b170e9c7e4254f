import { getManyFields, sendFields, showFor, withDisplay } from '../../shared';

const display = showFor('policyTemplate', ['getAll']);

export const getAllSend = [
	sendFields([
		{ parameter: 'filters.pdfOnly', key: 'pdfOnly', in: 'qs', type: 'boolean' },
		{ parameter: 'filters.publishedOnly', key: 'publishedOnly', in: 'qs', type: 'boolean' },
		{ parameter: 'filters.restrictToOwn', key: 'restrictToOwn', in: 'qs', type: 'boolean' },
	]),
];

export const getAllFields = [
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
					displayName: 'Own Templates Only',
					name: 'restrictToOwn',
					type: 'boolean',
					default: true,
					description:
						"Whether to return only your organization's own templates (where the API supports it)",
				},
				{
					displayName: 'PDF Only',
					name: 'pdfOnly',
					type: 'boolean',
					default: true,
					description: 'Whether to return only PDF templates',
				},
				{
					displayName: 'Published Only',
					name: 'publishedOnly',
					type: 'boolean',
					default: true,
					description: 'Whether to return only published templates',
				},
			],
		},
	]),
];
