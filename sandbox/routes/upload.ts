import { createHash } from 'crypto';

import Busboy from 'busboy';

import {
	MAX_POLICY_PDF_BYTES,
	MULTIPART_OVERHEAD_BYTES,
	PDF_MAGIC,
	UPLOAD_FILE_KEY_FIELD,
	UPLOAD_KEY_PREFIX,
} from '../assumptions';
import { ApiError } from '../errors';
import type { Ctx, RouteTable } from '../server/context';

interface ReceivedFile {
	field: string;
	filename: string;
	contentType: string;
	size: number;
	sha256: string;
	head: Buffer;
}

const TOO_LARGE = `policy PDF exceeds the ${MAX_POLICY_PDF_BYTES} byte limit`;

/** Streams the multipart body once; resolves with every file part seen. */
function receiveFiles(ctx: Ctx): Promise<{ files: ReceivedFile[]; truncated: boolean }> {
	return new Promise((resolve, reject) => {
		let parser: Busboy.Busboy;
		try {
			parser = Busboy({
				headers: ctx.req.headers,
				// Clients (browsers, undici's FormData) send file names as raw UTF-8.
				defParamCharset: 'utf8',
				// One byte over the limit is read so a file of exactly the limit is not reported as truncated.
				limits: { fileSize: MAX_POLICY_PDF_BYTES + 1, files: 5, fields: 20 },
			});
		} catch {
			reject(
				new ApiError('validation_error', 'request must be multipart/form-data with a boundary'),
			);
			return;
		}
		const files: ReceivedFile[] = [];
		const hashes: Array<ReturnType<typeof createHash>> = [];
		parser.on('file', (field, stream, info) => {
			const hash = createHash('sha256');
			const file: ReceivedFile = {
				field,
				filename: info.filename ?? '',
				contentType: info.mimeType,
				size: 0,
				sha256: '',
				head: Buffer.alloc(0),
			};
			stream.on('data', (chunk: Buffer) => {
				if (file.head.length < PDF_MAGIC.length)
					file.head = Buffer.concat([file.head, chunk]).subarray(0, 8);
				file.size += chunk.length;
				hash.update(chunk);
			});
			hashes.push(hash);
			files.push(file);
		});
		ctx.req.on('error', () => reject(new ApiError('validation_error', 'upload was interrupted')));
		parser.on('error', () =>
			reject(new ApiError('validation_error', 'multipart body could not be parsed')),
		);
		parser.on('close', () => {
			files.forEach((f, i) => (f.sha256 = hashes[i].digest('hex')));
			resolve({ files, truncated: files.some((f) => f.size > MAX_POLICY_PDF_BYTES) });
		});
		ctx.req.pipe(parser);
	});
}

async function upload(ctx: Ctx) {
	const { req, entry } = ctx;
	const contentLength = req.headers['content-length'];
	const chunked = /chunked/i.test(req.headers['transfer-encoding'] ?? '');
	const lengthRequired = new ApiError(
		'length_required',
		'Content-Length is required; chunked uploads are not accepted',
	);
	if (Number(contentLength) > MAX_POLICY_PDF_BYTES + MULTIPART_OVERHEAD_BYTES) {
		throw new ApiError('payload_too_large', TOO_LARGE);
	}
	if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
		if (contentLength === undefined) throw lengthRequired;
		throw new ApiError(
			'missing_file',
			'request must be multipart/form-data with one file part named file',
		);
	}

	// A chunked body is still read, so the request log shows what was sent before the 411.
	const { files, truncated } = await receiveFiles(ctx).catch((error) => {
		throw contentLength === undefined ? lengthRequired : error;
	});
	const file = files.find((f) => f.field === 'file');
	if (file) {
		entry.upload = {
			field: file.field,
			filename: file.filename,
			contentType: file.contentType,
			size: file.size,
			sha256: file.sha256,
			contentLength: contentLength ?? null,
			chunked,
		};
	}
	if (contentLength === undefined) throw lengthRequired;
	if (truncated) throw new ApiError('payload_too_large', TOO_LARGE);
	if (!file) throw new ApiError('missing_file', 'multipart body has no part named file');
	if (files.length > 1)
		throw new ApiError('validation_error', 'send exactly one file part named file');
	if (file.head.subarray(0, PDF_MAGIC.length).toString('latin1') !== PDF_MAGIC) {
		throw new ApiError(
			'invalid_pdf',
			`file '${file.filename}' is not a PDF (it must start with ${PDF_MAGIC})`,
		);
	}

	const key = ctx.store.nextId(UPLOAD_KEY_PREFIX.replace(/_$/, ''));
	ctx.store.uploads.set(key, {
		key,
		companyId: ctx.org.id,
		field: file.field,
		filename: file.filename,
		contentType: file.contentType,
		size: file.size,
		sha256: file.sha256,
		createdAt: ctx.store.now(),
	});
	return { [UPLOAD_FILE_KEY_FIELD]: key };
}

export const uploadRoutes: RouteTable = {
	'POST /policies/upload': { handler: upload, streaming: true },
};
