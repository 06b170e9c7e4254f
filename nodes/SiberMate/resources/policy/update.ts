import { recordLocator, sendFields, showFor, withDisplay } from '../../shared';
import {
	actionField,
	actionSpec,
	ADDITIONAL_FIELDS,
	additionalFields,
	updateOptions,
	updateSpecs,
} from './fields';
import { pdfSourceFields, sendPdfFile } from './pdfSource';
import { sendSignatureSettings } from './signatureSettings';

/** Every local check first; the PDF upload (when the source is a binary file) comes last. */
export const updateSend = [
	sendFields([actionSpec, ...updateSpecs]),
	sendSignatureSettings(`${ADDITIONAL_FIELDS}.signatureSettings`),
	sendPdfFile,
];

export const updateFields = withDisplay(showFor('policy', ['update']), [
	recordLocator('policy', { name: 'policyId', description: 'The policy to update' }),
	...pdfSourceFields(true),
	actionField,
	additionalFields(updateOptions),
]);
