import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { startSandbox } from '../../sandbox';
import { sandboxCredential } from './credential';
import { ensureN8n } from './install';
import { N8nInstance } from './instance';
import { ownerEnv } from './owner';
import { REPO_ROOT } from './paths';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export type Session = {
	n8n: N8nInstance;
	sandbox: Sandbox;
	close(): Promise<void>;
};

export type SessionOptions = {
	/** 0 (default) picks a free port. */
	sandboxPort?: number;
	/** Defaults to a new temporary folder. */
	userFolder?: string;
	/** Create the editor's owner account (DEMO_OWNER) so the editor opens without a setup page. */
	owner?: boolean;
	/** Which sandbox key the credential holds. */
	key?: 'tenant' | 'msp' | 'other';
	env?: Record<string, string>;
};

/**
 * Real n8n with this package's dist/ loaded, a sandbox on 127.0.0.1 and a credential for it.
 * The package must be built first (npm run build).
 */
export async function startSession(options: SessionOptions = {}): Promise<Session> {
	const built = join(REPO_ROOT, 'dist', 'nodes', 'SiberMate', 'SiberMate.node.js');
	if (!existsSync(built)) throw new Error(`${built} is missing: run npm run build first`);
	const install = await ensureN8n();
	const sandbox = await startSandbox({ port: options.sandboxPort ?? 0 });
	const n8n = N8nInstance.create({
		install,
		customExtensions: [join(REPO_ROOT, 'dist')],
		fileAccess: [join(REPO_ROOT, 'examples')],
		userFolder: options.userFolder,
		env: { ...(options.owner ? ownerEnv(install) : {}), ...options.env },
	});

	try {
		await n8n.importCredentials([
			sandboxCredential(sandbox.baseUrl, sandbox.keys[options.key ?? 'tenant']),
		]);
	} catch (error) {
		await sandbox.close();
		n8n.dispose();
		throw error;
	}

	return {
		n8n,
		sandbox,
		close: async () => {
			await sandbox.close();
			n8n.dispose();
		},
	};
}
