import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { BINARY_PROPERTY_PARAMETER, uploadPolicyPdf } from './pdf';

export const PDF_SOURCE_PARAMETER = 'pdfSource';

/** Where Create and Update take the policy PDF from. */
export const PDF_SOURCES = {
	/** A binary property of the input item, uploaded first. */
	binary: 'binary',
	/** A key returned earlier by Upload PDF. */
	fileKey: 'fileKey',
	/** Update only: leave the current PDF. */
	keep: 'keep',
} as const;

/** The input item's binary property holding the PDF (also used by Upload PDF). */
export const binaryPropertyField: INodeProperties = {
	displayName: 'Input Binary Field',
	name: BINARY_PROPERTY_PARAMETER,
	type: 'string',
	default: 'data',
	required: true,
	placeholder: 'e.g. data',
	hint: 'The name of the input binary field containing the PDF',
};

const binaryOption = {
	name: 'Binary File',
	value: PDF_SOURCES.binary,
	description: 'Upload the PDF in a binary property of the input item first',
};

const fileKeyOption = {
	name: 'Uploaded File Key',
	value: PDF_SOURCES.fileKey,
	description: 'Use the file key of a PDF uploaded earlier with Upload PDF',
};

const keepOption = {
	name: 'Keep Current PDF',
	value: PDF_SOURCES.keep,
	description: 'Change only the other fields',
};

const createSource: INodeProperties = {
	displayName: 'PDF Source',
	name: PDF_SOURCE_PARAMETER,
	type: 'options',
	noDataExpression: true,
	options: [binaryOption, fileKeyOption],
	default: 'binary',
};

const updateSource: INodeProperties = {
	displayName: 'PDF Source',
	name: PDF_SOURCE_PARAMETER,
	type: 'options',
	noDataExpression: true,
	options: [binaryOption, keepOption, fileKeyOption],
	default: 'keep',
};

/** PDF Source and the field it asks for; Update can also keep the current PDF. */
export function pdfSourceFields(canKeep: boolean): INodeProperties[] {
	return [
		canKeep ? updateSource : createSource,
		{
			...binaryPropertyField,
			displayOptions: { show: { [PDF_SOURCE_PARAMETER]: [PDF_SOURCES.binary] } },
		},
		{
			displayName: 'File Key',
			name: 'pdfFile',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. upload_123',
			description: 'The file key returned by Policy > Upload PDF',
			displayOptions: { show: { [PDF_SOURCE_PARAMETER]: [PDF_SOURCES.fileKey] } },
		},
	];
}

/**
 * Sets `pdfFile` from the chosen source; a binary file is uploaded here, so this runs after
 * every local check of the operation.
 */
export async function sendPdfFile(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const source = this.getNodeParameter(PDF_SOURCE_PARAMETER, PDF_SOURCES.keep) as string;
	let pdfFile: string;
	if (source === PDF_SOURCES.binary) {
		pdfFile = await uploadPolicyPdf.call(this);
	} else if (source === PDF_SOURCES.fileKey) {
		pdfFile = String(this.getNodeParameter('pdfFile', '') ?? '').trim();
		if (pdfFile === '') {
			throw new NodeOperationError(this.getNode(), 'File Key: enter the key of an uploaded PDF', {
				itemIndex: this.getItemIndex(),
				description:
					'Run Policy > Upload PDF first and map its fileKey here, or choose PDF Source "Binary File".',
			});
		}
	} else {
		return requestOptions;
	}

	requestOptions.body = {
		...((requestOptions.body as IDataObject | undefined) ?? {}),
		pdfFile,
	};
	return requestOptions;
}
