import { createHash } from 'crypto';
import { request as httpRequest } from 'http';

import FormDataPackage from 'form-data';

import { MAX_POLICY_PDF_BYTES } from '../../sandbox/assumptions';
import type { RunningSandbox } from '../../sandbox';
import { call, PDF_BYTES, uploadPdf, useSandbox } from './helpers';

/** Sends a form-data package body over http.request; chunked unless a length is given. */
function sendFormData(sb: RunningSandbox, form: FormDataPackage, withLength: boolean) {
	return new Promise<{ status: number; body: any }>((resolve, reject) => {
		const headers: Record<string, string | number> = {
			...form.getHeaders(),
			authorization: `Bearer ${sb.keys.tenant}`,
		};
		if (withLength) headers['content-length'] = form.getLengthSync();
		const req = httpRequest(
			{
				host: '127.0.0.1',
				port: new URL(sb.baseUrl).port,
				method: 'POST',
				path: '/v1/policies/upload',
				headers,
			},
			(res) => {
				let text = '';
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
			},
		);
		req.on('error', reject);
		form.pipe(req);
	});
}

describe('sandbox policy upload', () => {
	const sandbox = useSandbox();

	it('stores a PDF and answers its file key', async () => {
		const sb = sandbox();
		const res = await uploadPdf(sb, PDF_BYTES, { filename: 'aup.pdf' });
		expect(res.status).toBe(200);
		const key = res.body.data.fileKey;
		expect(key).toMatch(/^upload_\d+$/);
		const sha256 = createHash('sha256').update(PDF_BYTES).digest('hex');
		expect(sb.control.upload(key)).toEqual({
			key,
			companyId: sb.companies.tenant,
			field: 'file',
			filename: 'aup.pdf',
			contentType: 'application/pdf',
			size: PDF_BYTES.length,
			sha256,
			createdAt: '2026-06-15T09:00:00.000Z',
		});
		const [entry] = sb.control.requestLog;
		expect(entry.upload).toEqual({
			field: 'file',
			filename: 'aup.pdf',
			contentType: 'application/pdf',
			size: PDF_BYTES.length,
			sha256,
			contentLength: entry.headers['content-length'],
			chunked: false,
		});
		expect(Number(entry.upload?.contentLength)).toBeGreaterThan(PDF_BYTES.length);
	});

	it('keeps a non-ASCII file name sent as UTF-8', async () => {
		const sb = sandbox();
		const res = await uploadPdf(sb, PDF_BYTES, { filename: 'sécurité-politique.pdf' });
		expect(res.status).toBe(200);
		expect(sb.control.upload(res.body.data.fileKey)?.filename).toBe('sécurité-politique.pdf');
	});

	it('accepts a form-data package body with Content-Length', async () => {
		const sb = sandbox();
		const form = new FormDataPackage();
		form.append('file', PDF_BYTES, { filename: 'p.pdf', contentType: 'application/pdf' });
		const res = await sendFormData(sb, form, true);
		expect(res.status).toBe(200);
		expect(sb.control.uploads().some((u) => u.key === res.body.data.fileKey)).toBe(true);
	});

	it('answers 411 to a chunked upload without Content-Length', async () => {
		const sb = sandbox();
		const form = new FormDataPackage();
		form.append('file', PDF_BYTES, { filename: 'p.pdf', contentType: 'application/pdf' });
		const res = await sendFormData(sb, form, false);
		expect(res.status).toBe(411);
		expect(res.body.error.code).toBe('length_required');
		expect(sb.control.requestLog[0].headers['transfer-encoding']).toBe('chunked');
		expect(sb.control.requestLog[0].upload).toEqual({
			field: 'file',
			filename: 'p.pdf',
			contentType: 'application/pdf',
			size: PDF_BYTES.length,
			sha256: createHash('sha256').update(PDF_BYTES).digest('hex'),
			contentLength: null,
			chunked: true,
		});
		expect(sb.control.uploads().filter((u) => u.filename === 'p.pdf')).toEqual([]);
	});

	it('answers 413 from Content-Length before reading', async () => {
		const sb = sandbox();
		const big = Buffer.alloc(MAX_POLICY_PDF_BYTES + 200 * 1024, 0x20);
		PDF_BYTES.copy(big);
		const res = await uploadPdf(sb, big);
		expect(res.status).toBe(413);
		expect(res.body.error.code).toBe('payload_too_large');
		expect(sb.control.requestLog[0].upload).toBeUndefined();
	});

	it('answers 413 while streaming a file just over the limit', async () => {
		const sb = sandbox();
		const big = Buffer.alloc(MAX_POLICY_PDF_BYTES + 1, 0x20);
		PDF_BYTES.copy(big);
		const res = await uploadPdf(sb, big);
		expect(res.status).toBe(413);
		expect(sb.control.requestLog[0].upload?.size).toBe(MAX_POLICY_PDF_BYTES + 1);
		expect(sb.control.uploads().filter((u) => u.size > MAX_POLICY_PDF_BYTES)).toEqual([]);
	});

	it('accepts a file of exactly the limit', async () => {
		const sb = sandbox();
		const max = Buffer.alloc(MAX_POLICY_PDF_BYTES, 0x20);
		PDF_BYTES.copy(max);
		expect((await uploadPdf(sb, max)).status).toBe(200);
	});

	it('answers 400 invalid_pdf when the bytes are not a PDF', async () => {
		const sb = sandbox();
		const res = await uploadPdf(sb, Buffer.from('PK\u0003\u0004 zip'), { filename: 'x.pdf' });
		expect(res.status).toBe(400);
		expect(res.body.error).toEqual({
			code: 'invalid_pdf',
			message: "file 'x.pdf' is not a PDF (it must start with %PDF-)",
		});
	});

	it('answers 400 missing_file without a file part', async () => {
		const sb = sandbox();
		const wrongField = await uploadPdf(sb, PDF_BYTES, { field: 'document' });
		expect(wrongField.status).toBe(400);
		expect(wrongField.body.error).toEqual({
			code: 'missing_file',
			message: 'multipart body has no part named file',
		});

		const form = new FormData();
		form.append('note', 'no file here');
		const res = await fetch(`${sb.baseUrl}/policies/upload`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sb.keys.tenant}` },
			body: form,
		});
		expect(res.status).toBe(400);

		const json = await call(sb, 'POST', '/policies/upload', { body: { file: 'x' } });
		expect(json.body.error.code).toBe('missing_file');
	});

	it('answers 400 to two file parts', async () => {
		const sb = sandbox();
		const form = new FormData();
		form.append('file', new Blob([new Uint8Array(PDF_BYTES)]), 'a.pdf');
		form.append('file', new Blob([new Uint8Array(PDF_BYTES)]), 'b.pdf');
		const res = await fetch(`${sb.baseUrl}/policies/upload`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sb.keys.tenant}` },
			body: form,
		});
		expect(res.status).toBe(400);
		expect(((await res.json()) as any).error.message).toBe('send exactly one file part named file');
	});

	it('requires an API key', async () => {
		const sb = sandbox();
		const form = new FormData();
		form.append('file', new Blob([new Uint8Array(PDF_BYTES)]), 'a.pdf');
		const res = await fetch(`${sb.baseUrl}/policies/upload`, { method: 'POST', body: form });
		expect(res.status).toBe(401);
		expect(sb.control.uploads().filter((u) => u.filename === 'a.pdf')).toEqual([]);
	});
});
