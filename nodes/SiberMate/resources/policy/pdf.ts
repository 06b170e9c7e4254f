import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRequest } from '../../transport';

/** Field of the upload answer holding the file key; the API reference does not name it. */
export const UPLOAD_FILE_KEY_FIELD = 'fileKey';

/** Largest policy PDF the API accepts (it answers 413 above), checked before uploading. */
export const MAX_POLICY_PDF_BYTES = 10 * 1024 * 1024;

/** File name sent when the binary has none. */
export const DEFAULT_PDF_FILE_NAME = 'policy.pdf';

/** Parameter holding the name of the input item's binary property. */
export const BINARY_PROPERTY_PARAMETER = 'binaryPropertyName';

export const UPLOAD_PATH = '/policies/upload';

/** Every PDF starts with this signature; the MIME type alone proves nothing. */
const PDF_SIGNATURE = Buffer.from('%PDF-', 'latin1');

const PDF_MIME_TYPE = 'application/pdf';

interface PolicyPdf {
	bytes: Buffer;
	fileName: string;
}

function localError(context: IExecuteSingleFunctions, message: string, description: string) {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		description,
	});
}

function binaryPropertyName(context: IExecuteSingleFunctions): string {
	const name = String(context.getNodeParameter(BINARY_PROPERTY_PARAMETER, 'data') ?? '').trim();
	if (name === '') {
		throw localError(
			context,
			'Input Binary Field: enter the name of the binary property holding the PDF',
			`The parameter "${BINARY_PROPERTY_PARAMETER}" is empty. n8n usually names it "data".`,
		);
	}
	return name;
}

function formatBytes(bytes: number): string {
	return `${(bytes / (1024 * 1024)).toFixed(2)} MiB (${bytes} bytes)`;
}

/**
 * Reads the PDF of the current item through n8n's binary helpers (so the default and the
 * filesystem binary modes both work) and refuses what the API would reject.
 */
export async function readPolicyPdf(this: IExecuteSingleFunctions): Promise<PolicyPdf> {
	const property = binaryPropertyName(this);
	const present = Object.keys(this.getInputData().binary ?? {});

	let binary;
	try {
		binary = this.helpers.assertBinaryData(property);
	} catch {
		throw localError(
			this,
			`The input item has no binary property "${property}"`,
			present.length
				? `Its binary properties are: ${present.join(', ')}. Set Input Binary Field to one of them.`
				: 'The item has no binary data at all. Add a node that reads or downloads the PDF before this one.',
		);
	}

	const fileName = binary.fileName?.trim() || DEFAULT_PDF_FILE_NAME;
	const tooLarge = (size: number) =>
		localError(
			this,
			`The file "${fileName}" is too large for SiberMate: ${formatBytes(size)}`,
			`SiberMate accepts policy PDFs up to ${formatBytes(MAX_POLICY_PDF_BYTES)}. Compress or split the document.`,
		);
	// Newer n8n records the size: a huge file is refused without reading it into memory.
	if (typeof binary.bytes === 'number' && binary.bytes > MAX_POLICY_PDF_BYTES) {
		throw tooLarge(binary.bytes);
	}

	const bytes = await this.helpers.getBinaryDataBuffer(property);
	if (bytes.length === 0) {
		throw localError(
			this,
			`The file "${fileName}" in binary property "${property}" is empty`,
			'A policy needs a PDF with content. Check the node that produced the file.',
		);
	}
	if (bytes.length > MAX_POLICY_PDF_BYTES) throw tooLarge(bytes.length);
	if (!bytes.subarray(0, PDF_SIGNATURE.length).equals(PDF_SIGNATURE)) {
		throw localError(
			this,
			`The file "${fileName}" in binary property "${property}" is not a PDF`,
			`Its content does not start with "%PDF-" (MIME type given: ${binary.mimeType || 'none'}). Convert the document to PDF first.`,
		);
	}
	return { bytes, fileName };
}

/** The multipart body the API expects: one part named `file`. */
function pdfForm(pdf: PolicyPdf): FormData {
	const form = new FormData();
	form.append('file', new Blob([new Uint8Array(pdf.bytes)], { type: PDF_MIME_TYPE }), pdf.fileName);
	return form;
}

/** Without a Content-Type of its own, the HTTP client writes the multipart boundary and length. */
function withoutContentType(headers: IHttpRequestOptions['headers']): IDataObject {
	return Object.fromEntries(
		Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-type'),
	);
}

/** preSend of Upload PDF: the item's PDF as multipart/form-data. */
export async function sendPdfForm(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const pdf = await readPolicyPdf.call(this);
	requestOptions.body = pdfForm(pdf);
	requestOptions.headers = withoutContentType(requestOptions.headers);
	return requestOptions;
}

function fileKeyOf(context: IExecuteSingleFunctions, data: unknown): string {
	const key = (data as IDataObject | undefined)?.[UPLOAD_FILE_KEY_FIELD];
	if (typeof key !== 'string' || key === '') {
		throw localError(
			context,
			`SiberMate accepted the upload but its answer has no "${UPLOAD_FILE_KEY_FIELD}"`,
			'The file key field of the upload answer is not documented; this node expects it in data.fileKey. Report this to the node maintainers.',
		);
	}
	return key;
}

/** postReceive of Upload PDF: the answer (with its file key) plus the input item's binary. */
export async function outputFileKey(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (items[0]?.json as IDataObject | undefined)?.data as IDataObject | undefined;
	fileKeyOf(this, data);
	const { binary } = this.getInputData();
	return [{ json: { ...data }, ...(binary && { binary }) }];
}

/** Uploads the item's PDF from code (Create and Update with a binary PDF source). */
export async function uploadPolicyPdf(this: IExecuteSingleFunctions): Promise<string> {
	const pdf = await readPolicyPdf.call(this);
	const data = await apiRequest.call(this, 'POST', UPLOAD_PATH, {
		// The transport passes the form through untouched; the client sets boundary and length.
		body: pdfForm(pdf),
		itemIndex: this.getItemIndex(),
	});
	return fileKeyOf(this, data);
}
