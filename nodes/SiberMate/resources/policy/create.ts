import { sendFields, showFor, withDisplay } from '../../shared';
import {
	actionField,
	actionSpec,
	ADDITIONAL_FIELDS,
	additionalFields,
	newPolicyOptions,
	newPolicySpecs,
} from './fields';
import { pdfSourceFields, sendPdfFile } from './pdfSource';
import { sendSignatureSettings } from './signatureSettings';

/** Every local check first; the PDF upload (when the source is a binary file) comes last. */
export const createSend = [
	sendFields([
		{ parameter: 'name', key: 'name', type: 'string', required: true },
		actionSpec,
		...newPolicySpecs,
	]),
	sendSignatureSettings(`${ADDITIONAL_FIELDS}.signatureSettings`),
	sendPdfFile,
];

export const createFields = withDisplay(showFor('policy', ['create']), [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Acceptable Use Policy',
	},
	...pdfSourceFields(false),
	actionField,
	additionalFields(newPolicyOptions),
]);
