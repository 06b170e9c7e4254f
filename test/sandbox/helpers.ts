import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../sandbox';

export interface CallOptions {
	/** API key; null sends no Authorization header. Default: the plain tenant's key. */
	key?: string | null;
	body?: unknown;
	rawBody?: string;
	headers?: Record<string, string>;
}

export interface CallResult {
	status: number;
	body: any;
	text: string;
	headers: Headers;
}

export async function call(
	sb: RunningSandbox,
	method: string,
	path: string,
	options: CallOptions = {},
): Promise<CallResult> {
	const headers: Record<string, string> = { ...options.headers };
	const key = options.key === undefined ? sb.keys.tenant : options.key;
	if (key !== null) headers.authorization = `Bearer ${key}`;
	let body: string | undefined = options.rawBody;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers['content-type'] = 'application/json';
	}
	const res = await fetch(`${sb.baseUrl}${path}`, { method, headers, body });
	const text = await res.text();
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, body: json, text, headers: res.headers };
}

export async function controlCall(
	sb: RunningSandbox,
	method: string,
	path: string,
	body?: unknown,
) {
	const res = await fetch(`${sb.controlUrl}${path}`, {
		method,
		headers: body === undefined ? {} : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, body: (await res.json()) as any };
}

export const PDF_BYTES = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export async function uploadPdf(
	sb: RunningSandbox,
	bytes: Buffer = PDF_BYTES,
	options: { key?: string; field?: string; filename?: string; type?: string } = {},
) {
	const form = new FormData();
	form.append(
		options.field ?? 'file',
		new Blob([new Uint8Array(bytes)], { type: options.type ?? 'application/pdf' }),
		options.filename ?? 'policy.pdf',
	);
	const res = await fetch(`${sb.baseUrl}/policies/upload`, {
		method: 'POST',
		headers: { authorization: `Bearer ${options.key ?? sb.keys.tenant}` },
		body: form,
	});
	return { status: res.status, body: (await res.json()) as any };
}

/** Starts a sandbox for the file and resets it before each test. */
export function useSandbox(options?: SandboxOptions): () => RunningSandbox {
	let sb: RunningSandbox | undefined;
	beforeAll(async () => {
		sb = await startSandbox(options);
	});
	beforeEach(() => sb?.control.reset());
	afterAll(async () => {
		await sb?.close();
	});
	return () => sb as RunningSandbox;
}
