import {
	booleanFilter,
	filtersCollection,
	getManyFields,
	sendBooleanFilters,
	showFor,
	withDisplay,
} from '../../shared';

const display = showFor('policy', ['getAll']);

export const getAllSend = [sendBooleanFilters(['pdfOnly', 'publishedOnly'])];

export const getAllFields = [
	...getManyFields(display),
	...withDisplay(display, [
		filtersCollection([
			booleanFilter('pdfOnly', 'PDF Only', 'Whether to return only PDF policies'),
			booleanFilter('publishedOnly', 'Published Only', 'Whether to return only published policies'),
		]),
	]),
];
