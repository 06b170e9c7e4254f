import { getManyFields, sendFields, showFor, withDisplay } from '../../shared';

const display = showFor('policy', ['getAll']);

export const getAllSend = [
	sendFields([
		{ parameter: 'filters.pdfOnly', key: 'pdfOnly', in: 'qs', type: 'boolean' },
		{ parameter: 'filters.publishedOnly', key: 'publishedOnly', in: 'qs', type: 'boolean' },
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
					displayName: 'PDF Only',
					name: 'pdfOnly',
					type: 'boolean',
					default: true,
					description: 'Whether to return only PDF policies',
				},
				{
					displayName: 'Published Only',
					name: 'publishedOnly',
					type: 'boolean',
					default: true,
					description: 'Whether to return only published policies',
				},
			],
		},
	]),
];
