import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a stand-in node made: which node, and the JSON body it sent. */
export type Captured = { node: string; method: string; body: unknown };

export type CaptureServer = {
	url: string;
	captured: Captured[];
	/** Rows a stand-in for a spreadsheet read returns, by node name. */
	setRows(node: string, rows: Array<Record<string, unknown>>): void;
	/** A file served at /files/<name>, for nodes that download from a URL. */
	setFile(name: string, contentType: string, bytes: Buffer): void;
	bodiesOf(node: string): unknown[];
	close(): Promise<void>;
};

/**
 * Plays Google Sheets, Slack and file hosts for the examples' test copies, on 127.0.0.1:
 * GET /rows/<node> answers the rows set for that node, POST /capture/<node> records the body,
 * GET /files/<name> serves a file.
 */
export async function startCaptureServer(): Promise<CaptureServer> {
	const rows = new Map<string, Array<Record<string, unknown>>>();
	const files = new Map<string, { contentType: string; bytes: Buffer }>();
	const captured: Captured[] = [];

	const server = createServer(async (request, response) => {
		const [, kind, rawName = ''] = (request.url ?? '').split('?')[0].split('/');
		const name = decodeURIComponent(rawName);
		const body = await readBody(request);
		if (kind === 'rows' && request.method === 'GET' && rows.has(name)) {
			response.setHeader('content-type', 'application/json');
			response.end(JSON.stringify(rows.get(name)));
		} else if (kind === 'capture') {
			captured.push({ node: name, method: request.method ?? '', body: parseJson(body) });
			response.setHeader('content-type', 'application/json');
			response.end(JSON.stringify({ ok: true }));
		} else if (kind === 'files' && files.has(name)) {
			const file = files.get(name)!;
			response.setHeader('content-type', file.contentType);
			response.setHeader('content-disposition', `attachment; filename="${name}"`);
			response.end(file.bytes);
		} else {
			response.statusCode = 404;
			response.end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}`,
		captured,
		setRows: (node, value) => rows.set(node, value),
		setFile: (name, contentType, bytes) => files.set(name, { contentType, bytes }),
		bodiesOf: (node) => captured.filter((entry) => entry.node === node).map((entry) => entry.body),
		close: async () =>
			await new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
	try {
		return text ? JSON.parse(text) : undefined;
	} catch {
		return text;
	}
}
