import type { INodeExecutionData } from 'n8n-workflow';

import {
	DEFAULT_PDF_FILE_NAME,
	MAX_POLICY_PDF_BYTES,
	UPLOAD_FILE_KEY_FIELD,
} from '../../../nodes/SiberMate/resources/policy/pdf';
import { buildPdf, type PdfVersion } from '../../fixtures/pdf/build';
import { useBinaryMode, type BinaryMode, type BinaryStore } from '../../harness/binary';
import { json, runner, useSandbox } from '../shared/sandboxRun';
import { sha256 } from './helpers';

const ctx = useSandbox();
const policy = runner(ctx, 'policy');

const upload = async (items: INodeExecutionData[], binaryPropertyName = 'data') =>
	await policy({ operation: 'uploadPdf', binaryPropertyName }, { items });

/** The one upload request the sandbox saw, and the file it stored. */
function onlyUpload() {
	const log = ctx.sandbox.control.requestLog;
	expect(log).toHaveLength(1);
	const [entry] = log;
	const stored = ctx.sandbox.control.upload(String(ctx.sandbox.control.uploads().pop()?.key));
	return { entry, stored };
}

const cases: Array<[PdfVersion, string | undefined]> = [
	['1.4', 'Acceptable Use 1.4.pdf'],
	['1.4', undefined],
	['1.7', 'handbook.pdf'],
	['1.7', undefined],
	['2.0', 'Security Policy (v2.0).pdf'],
	['2.0', undefined],
];

describe.each<BinaryMode>(['default', 'filesystem'])(
	'Policy → Upload PDF (%s binary mode)',
	(mode) => {
		let store: BinaryStore;
		beforeAll(async () => {
			store = await useBinaryMode(mode);
		});
		afterAll(async () => await store.close());

		it.each(cases)(
			'uploads a PDF %s (file name %s) byte for byte as one multipart part with a Content-Length',
			async (version, fileName) => {
				const bytes = buildPdf({ version });
				const item = await store.item({ bytes, fileName });
				if (mode === 'filesystem') expect(item.binary?.data.id).toMatch(/^filesystem-v2:/);

				const { outputs, error } = await upload([item]);

				expect(error).toBeUndefined();
				const { entry, stored } = onlyUpload();
				expect(entry).toMatchObject({
					method: 'POST',
					path: '/policies/upload',
					query: {},
					status: 200,
				});
				expect(entry.headers.authorization).toBe(`Bearer ${ctx.sandbox.keys.tenant}`);
				expect(entry.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
				expect(entry.headers['transfer-encoding']).toBeUndefined();
				expect(Number(entry.headers['content-length'])).toBeGreaterThan(bytes.length);
				expect(entry.upload).toEqual({
					field: 'file',
					filename: fileName ?? DEFAULT_PDF_FILE_NAME,
					contentType: 'application/pdf',
					size: bytes.length,
					sha256: sha256(bytes),
					contentLength: entry.headers['content-length'],
					chunked: false,
				});
				expect(stored).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
				expect(outputs[0]).toEqual([
					{
						json: { [UPLOAD_FILE_KEY_FIELD]: stored?.key },
						binary: item.binary,
						pairedItem: { item: 0 },
					},
				]);
			},
		);

		it('uploads a file of exactly the limit and refuses one byte more before sending', async () => {
			const atLimit = buildPdf({ version: '1.7', totalBytes: MAX_POLICY_PDF_BYTES });
			const overLimit = buildPdf({ version: '1.7', totalBytes: MAX_POLICY_PDF_BYTES + 1 });

			const accepted = await upload([await store.item({ bytes: atLimit, fileName: 'big.pdf' })]);

			expect(accepted.error).toBeUndefined();
			const { entry, stored } = onlyUpload();
			expect(entry.upload).toMatchObject({ size: MAX_POLICY_PDF_BYTES, sha256: sha256(atLimit) });
			expect(json(accepted.outputs[0])).toEqual([{ fileKey: stored?.key }]);

			ctx.sandbox.control.clearLog();
			const refused = await upload([await store.item({ bytes: overLimit, fileName: 'big.pdf' })]);

			expect(ctx.sandbox.control.requestLog).toEqual([]);
			expect(refused.error?.message).toBe(
				'The file "big.pdf" is too large for SiberMate: 10.00 MiB (10485761 bytes)',
			);
			expect(refused.error?.description).toBe(
				'SiberMate accepts policy PDFs up to 10.00 MiB (10485760 bytes). Compress or split the document.',
			);
		});

		it('refuses an oversized file also when n8n did not record its size', async () => {
			const item = await store.item({
				bytes: buildPdf({ version: '1.4', totalBytes: MAX_POLICY_PDF_BYTES + 1 }),
				fileName: 'unsized.pdf',
			});
			delete item.binary?.data.bytes;

			const { error } = await upload([item]);

			expect(ctx.sandbox.control.requestLog).toEqual([]);
			expect(error?.message).toBe(
				'The file "unsized.pdf" is too large for SiberMate: 10.00 MiB (10485761 bytes)',
			);
		});

		it('refuses a non-PDF renamed .pdf, even with a PDF MIME type, before sending', async () => {
			const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

			const { error } = await upload([await store.item({ bytes: png, fileName: 'scan.pdf' })]);

			expect(ctx.sandbox.control.requestLog).toEqual([]);
			expect(error?.message).toBe('The file "scan.pdf" in binary property "data" is not a PDF');
			expect(error?.description).toBe(
				'Its content does not start with "%PDF-" (MIME type given: application/pdf). Convert the document to PDF first.',
			);
		});

		it('refuses an empty file before sending', async () => {
			const item = await store.item({ bytes: Buffer.alloc(0), fileName: 'empty.pdf' });

			const { error } = await upload([item]);

			expect(ctx.sandbox.control.requestLog).toEqual([]);
			expect(error?.message).toBe('The file "empty.pdf" in binary property "data" is empty');
		});

		it('names the missing binary property and lists the ones the item has', async () => {
			const bytes = buildPdf({ version: '1.4' });
			const attachment = await store.item({ bytes, fileName: 'a.pdf' }, { property: 'attachment' });
			const scan = await store.item({ bytes, fileName: 's.pdf' }, { property: 'scan' });
			const item = { json: {}, binary: { ...attachment.binary, ...scan.binary } };

			const { error } = await upload([item], 'document');

			expect(ctx.sandbox.control.requestLog).toEqual([]);
			expect(error?.message).toBe('The input item has no binary property "document"');
			expect(error?.description).toBe(
				'Its binary properties are: attachment, scan. Set Input Binary Field to one of them.',
			);
		});

		it('uploads each input item separately and keeps each item with its own binary', async () => {
			const first = buildPdf({ version: '1.4', text: 'first' });
			const second = buildPdf({ version: '2.0', text: 'second' });
			const items = [
				await store.item({ bytes: first, fileName: 'first.pdf' }),
				await store.item({ bytes: second, fileName: 'second.pdf' }),
			];

			const { outputs, error } = await upload(items);

			expect(error).toBeUndefined();
			// The engine sends the items' requests concurrently: match uploads by content, not order.
			const uploads = ctx.sandbox.control.requestLog.map((entry) => entry.upload);
			expect(uploads.map((u) => [u?.filename, u?.sha256]).sort()).toEqual([
				['first.pdf', sha256(first)],
				['second.pdf', sha256(second)],
			]);
			const keyOf = (bytes: Buffer) =>
				ctx.sandbox.control
					.uploads()
					.filter((u) => u.sha256 === sha256(bytes))
					.pop()?.key;
			expect(outputs[0]).toEqual([
				{ json: { fileKey: keyOf(first) }, binary: items[0].binary, pairedItem: { item: 0 } },
				{ json: { fileKey: keyOf(second) }, binary: items[1].binary, pairedItem: { item: 1 } },
			]);
		});
	},
);

describe('Policy → Upload PDF: API answers', () => {
	let store: BinaryStore;
	beforeAll(async () => {
		store = await useBinaryMode('default');
	});
	afterAll(async () => await store.close());

	const pdfItem = async () =>
		await store.item({ bytes: buildPdf({ version: '1.7' }), fileName: 'policy.pdf' });

	it.each([
		[
			411,
			'injected fault: Length Required [length_required]',
			'The upload reached the API without a Content-Length. Send the file from a binary property of the input item.',
		],
		[
			413,
			'injected fault: Payload Too Large [payload_too_large]',
			'The request or file is larger than the API accepts. Send a smaller file, or fewer items per request (Create Many and Delete Many: lower Options > Batch Size).',
		],
		[
			400,
			'injected fault: Bad Request [validation_error]',
			'The API rejected the request: injected fault: Bad Request. Check the parameters named in the message.',
		],
	])('surfaces the API’s %i with its message', async (status, message, description) => {
		ctx.sandbox.control.injectFaults({ count: 1, status, route: '/policies/upload' });

		const { error } = await upload([await pdfItem()]);

		expect(ctx.sandbox.control.requestLog.map((e) => [e.method, e.path, e.status])).toEqual([
			['POST', '/policies/upload', status],
		]);
		expect(error?.message).toBe(message);
		expect(error?.description).toBe(description);
		expect(error?.httpCode).toBe(String(status));
		expect(JSON.stringify(error)).not.toContain(ctx.sandbox.keys.tenant);
	});

	it('sends the same bytes again after a 429', async () => {
		const item = await pdfItem();
		const bytes = buildPdf({ version: '1.7' });
		ctx.sandbox.control.injectFaults({
			count: 1,
			status: 429,
			retryAfter: 0,
			route: '/policies/upload',
		});

		const { outputs, error } = await upload([item]);

		expect(error).toBeUndefined();
		const log = ctx.sandbox.control.requestLog;
		expect(log.map((e) => e.status)).toEqual([429, 200]);
		expect(log[1].upload).toMatchObject({ sha256: sha256(bytes), chunked: false });
		expect(json(outputs[0])).toEqual([{ fileKey: ctx.sandbox.control.uploads().pop()?.key }]);
	});

	it('with Continue On Fail, reports a refused item and still uploads the others', async () => {
		const good = buildPdf({ version: '2.0' });
		const items = [
			await store.item({ bytes: Buffer.from('plain text'), fileName: 'notes.pdf' }),
			await store.item({ bytes: good, fileName: 'good.pdf' }),
		];

		const { outputs, error } = await policy(
			{ operation: 'uploadPdf', binaryPropertyName: 'data' },
			{ items, continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(ctx.sandbox.control.requestLog.map((e) => e.upload?.sha256)).toEqual([sha256(good)]);
		expect(json(outputs[0])).toEqual([
			{ error: 'The file "notes.pdf" in binary property "data" is not a PDF' },
			{ fileKey: ctx.sandbox.control.uploads().pop()?.key },
		]);
		expect(outputs[0].map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('says so when the item has no binary data at all', async () => {
		const { error } = await upload([{ json: { name: 'no file' } }]);

		expect(ctx.sandbox.control.requestLog).toEqual([]);
		expect(error?.message).toBe('The input item has no binary property "data"');
		expect(error?.description).toBe(
			'The item has no binary data at all. Add a node that reads or downloads the PDF before this one.',
		);
	});
});
