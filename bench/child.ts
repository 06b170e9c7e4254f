import { spawn } from 'node:child_process';

export interface ChildResult {
	stdout: string;
	stderr: string;
	exitCode: number | null;
}

/**
 * Runs a command to completion (killed after `timeoutMs`), capturing its output. The command
 * runs in its own process group, so a timeout also stops whatever it started.
 */
export async function runChild(
	command: string,
	args: string[],
	options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<ChildResult> {
	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env ?? process.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const kill = () => {
		if (child.pid !== undefined && child.exitCode === null) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
	};
	const timer = setTimeout(kill, options.timeoutMs);
	process.once('exit', kill);
	const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
	clearTimeout(timer);
	process.removeListener('exit', kill);
	return { stdout, stderr, exitCode };
}

/** Runs a TypeScript file with tsx in a fresh Node process; throws unless it exits 0. */
export async function runTsx(file: string, cwd: string, timeoutMs: number): Promise<string> {
	const tsx = require.resolve('tsx/cli');
	const result = await runChild(process.execPath, [tsx, file], { cwd, timeoutMs });
	if (result.exitCode !== 0) {
		const lines = result.stderr.trim().split('\n');
		const reason = lines.find((line) => /error/i.test(line)) ?? lines[lines.length - 1];
		throw new Error(`${file} exited with ${result.exitCode}: ${reason?.trim()}`);
	}
	return result.stdout;
}
