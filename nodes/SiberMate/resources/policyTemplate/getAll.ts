import {
	booleanFilter,
	filtersCollection,
	getManyFields,
	sendBooleanFilters,
	showFor,
	withDisplay,
} from '../../shared';

const display = showFor('policyTemplate', ['getAll']);

export const getAllSend = [sendBooleanFilters(['pdfOnly', 'publishedOnly', 'restrictToOwn'])];

export const getAllFields = [
	...getManyFields(display),
	...withDisplay(display, [
		filtersCollection([
			booleanFilter(
				'restrictToOwn',
				'Own Templates Only',
				"Whether to return only your organization's own templates (where the API supports it)",
			),
			booleanFilter('pdfOnly', 'PDF Only', 'Whether to return only PDF templates'),
			booleanFilter(
				'publishedOnly',
				'Published Only',
				'Whether to return only published templates',
			),
		]),
	]),
];
