import type { AddressInfo } from 'net';

import { SandboxControl } from './control';
import { createApp, finishApp } from './server/app';
import { controlRouter } from './server/control-routes';
import type { Options, Runtime } from './server/runtime';
import { seed } from './state/seed';
import { COMPANY_SEEDS } from './state/seed-data';
import { Store } from './state/store';

export interface SandboxOptions {
	/** 0 (default) picks an ephemeral port. */
	port?: number;
	createReturnsRecord?: boolean;
	latencyMs?: number;
	rateLimitPerMinute?: number | null;
}

export interface RunningSandbox {
	/** 'http://127.0.0.1:<port>/v1' */
	baseUrl: string;
	/** 'http://127.0.0.1:<port>/__sandbox' */
	controlUrl: string;
	keys: { tenant: string; msp: string; other: string };
	companies: { tenant: string; msp: string; childA: string; childB: string; other: string };
	control: SandboxControl;
	close(): Promise<void>;
}

export { SandboxControl } from './control';
export type { AdvanceActivityOptions, StartSimulationOptions } from './control';
export type { ActivityEvent, AppliedEvent } from './state/activity';
export type { FaultSpec, LogEntry, UploadLog } from './server/runtime';

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
	const initial: Options = {
		createReturnsRecord: options.createReturnsRecord ?? false,
		latencyMs: options.latencyMs ?? 0,
		rateLimitPerMinute: options.rateLimitPerMinute ?? null,
	};
	const store = new Store();
	seed(store);
	const rt: Runtime = {
		store,
		options: { ...initial },
		faults: [],
		log: [],
		rateWindows: new Map(),
	};
	const companies = {
		tenant: COMPANY_SEEDS.tenant.id,
		msp: COMPANY_SEEDS.msp.id,
		childA: COMPANY_SEEDS.childA.id,
		childB: COMPANY_SEEDS.childB.id,
		other: COMPANY_SEEDS.other.id,
	};
	const keyOf = (companyId: string) => store.company(companyId).apiKey as string;
	const keys = {
		tenant: keyOf(companies.tenant),
		msp: keyOf(companies.msp),
		other: keyOf(companies.other),
	};
	const control = new SandboxControl(rt, initial, companies.tenant);

	const app = createApp(rt);
	let urls = { baseUrl: '', controlUrl: '' };
	app.use(
		'/__sandbox',
		controlRouter(control, () => ({ ...urls, keys, companies })),
	);
	finishApp(app, rt);

	const server = app.listen(options.port ?? 0, '127.0.0.1');
	await new Promise<void>((resolve, reject) => {
		server.once('listening', resolve);
		server.once('error', reject);
	});
	const { port } = server.address() as AddressInfo;
	urls = {
		baseUrl: `http://127.0.0.1:${port}/v1`,
		controlUrl: `http://127.0.0.1:${port}/__sandbox`,
	};

	return {
		...urls,
		keys,
		companies,
		control,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
