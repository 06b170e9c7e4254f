import { spawn, type ChildProcess } from 'node:child_process';
import {
	closeSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { n8nEnv } from './env';
import type { N8nInstall } from './install';
import { parseExecuteOutput, type N8nRun } from './output';
import { freePort } from './ports';

export type N8nCredential = {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
};

export type N8nWorkflow = {
	id: string;
	name: string;
	nodes: Array<Record<string, unknown>>;
	connections: Record<string, unknown>;
	[key: string]: unknown;
};

export type N8nInstanceOptions = {
	install: N8nInstall;
	/** Folders with built n8n nodes, usually the package's dist/. */
	customExtensions: string[];
	/** Folders workflows may read and write through n8n's file nodes. */
	fileAccess?: string[];
	/** Defaults to a new temporary folder, removed by dispose(). */
	userFolder?: string;
	/** Extra environment for every n8n process (owner account, poll settings...). */
	env?: Record<string, string>;
};

export type CliResult = { exitCode: number | null; output: string; logFile: string };

export type N8nExecution = {
	/** Whether n8n reported the run as successful. */
	ok: boolean;
	run: N8nRun;
	logFile: string;
};

export type N8nServer = {
	url: string;
	port: number;
	logFile: string;
	/** Everything the server has printed so far. */
	output(): string;
	stop(): Promise<void>;
};

/** Per command; a first start migrates the database, which takes longest. */
export const CLI_TIMEOUT_MS = 180_000;
export const SERVER_START_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;

/** One n8n user folder (database, encryption key, settings) and the commands run on it. */
export class N8nInstance {
	private sequence = 0;

	private constructor(
		readonly options: N8nInstanceOptions,
		readonly userFolder: string,
		private readonly ownsFolder: boolean,
	) {
		mkdirSync(this.logDir, { recursive: true });
		mkdirSync(this.filesDir, { recursive: true });
	}

	static create(options: N8nInstanceOptions): N8nInstance {
		const ownsFolder = options.userFolder === undefined;
		const userFolder = options.userFolder ?? mkdtempSync(join(tmpdir(), 'sibermate-n8n-'));
		mkdirSync(userFolder, { recursive: true });
		return new N8nInstance(options, userFolder, ownsFolder);
	}

	get logDir(): string {
		return join(this.userFolder, 'logs');
	}

	/** A folder n8n's file nodes may always read and write. */
	get filesDir(): string {
		return join(this.userFolder, 'files');
	}

	async env(extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
		return {
			...n8nEnv({
				install: this.options.install,
				userFolder: this.userFolder,
				customExtensions: this.options.customExtensions,
				fileAccess: [this.filesDir, ...(this.options.fileAccess ?? [])],
				brokerPort: await freePort(),
			}),
			...this.options.env,
			...extra,
		};
	}

	/** Runs one n8n CLI command to completion; output goes to a log file, never a pipe. */
	async cli(args: string[], timeoutMs = CLI_TIMEOUT_MS): Promise<CliResult> {
		const logFile = this.nextLogFile(args[0]);
		const child = await this.spawnN8n(args, logFile, {});
		const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
		const exitCode = await exited(child);
		clearTimeout(timer);
		return { exitCode, output: readFileSync(logFile, 'utf8'), logFile };
	}

	async importCredentials(credentials: N8nCredential[]): Promise<void> {
		const file = join(this.userFolder, `credentials-${this.sequence + 1}.json`);
		writeFileSync(file, JSON.stringify(credentials, null, '\t'), { mode: 0o600 });
		try {
			await this.expectSuccess(['import:credentials', `--input=${file}`]);
		} finally {
			// n8n stores the secrets encrypted; the plain copy goes at once.
			rmSync(file, { force: true });
		}
	}

	async importWorkflows(workflows: N8nWorkflow[]): Promise<void> {
		const file = join(this.userFolder, `workflows-${this.sequence + 1}.json`);
		writeFileSync(file, JSON.stringify(workflows, null, '\t'));
		await this.expectSuccess(['import:workflow', `--input=${file}`]);
	}

	/** Makes an imported workflow active the next time a server starts. */
	async publishWorkflow(id: string): Promise<void> {
		await this.expectSuccess(['publish:workflow', `--id=${id}`]);
	}

	/** Runs a workflow that starts with a Manual Trigger and returns n8n's record of the run. */
	async execute(id: string): Promise<N8nExecution> {
		const result = await this.cli(['execute', `--id=${id}`, '--rawOutput']);
		const run = parseExecuteOutput(result.output);
		if (!run) {
			throw new Error(
				`n8n execute --id=${id} printed no run (exit ${result.exitCode}):\n${tail(result.output)}`,
			);
		}
		return {
			ok: result.exitCode === 0 && !run.data.resultData.error,
			run,
			logFile: result.logFile,
		};
	}

	/** Starts the n8n editor and API on 127.0.0.1:port and waits until it answers. */
	async startServer(port = 5678): Promise<N8nServer> {
		const logFile = this.nextLogFile('start');
		const child = await this.spawnN8n(['start'], logFile, {
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: 'localhost',
			N8N_EDITOR_BASE_URL: `http://localhost:${port}/`,
			N8N_WEBHOOK_URL: `http://localhost:${port}/`,
		});
		const url = `http://localhost:${port}`;
		const server: N8nServer = {
			url,
			port,
			logFile,
			output: () => readFileSync(logFile, 'utf8'),
			stop: async () => {
				if (child.exitCode !== null || child.signalCode !== null) return;
				const done = exited(child);
				killGroup(child, 'SIGTERM');
				const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS);
				await done;
				clearTimeout(timer);
			},
		};

		const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
		while (!(await answers(`http://127.0.0.1:${port}/healthz/readiness`))) {
			if (child.exitCode !== null || Date.now() > deadline) {
				await server.stop();
				throw new Error(`n8n did not start on port ${port}:\n${tail(server.output())}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		return server;
	}

	/** Removes the temporary user folder (not one passed in by the caller). */
	dispose(): void {
		if (this.ownsFolder) rmSync(this.userFolder, { recursive: true, force: true });
	}

	private nextLogFile(command: string): string {
		this.sequence += 1;
		const name = `${String(this.sequence).padStart(3, '0')}-${command.replace(/[^a-z]+/gi, '-')}.log`;
		return join(this.logDir, name);
	}

	private async spawnN8n(
		args: string[],
		logFile: string,
		extra: Record<string, string>,
	): Promise<ChildProcess> {
		const fd = openSync(logFile, 'w');
		const { nodeBin, n8nEntry } = this.options.install;
		// Its own process group, so stopping it also stops the task runner it spawns.
		const child = spawn(nodeBin, [n8nEntry, ...args], {
			env: await this.env(extra),
			cwd: this.userFolder,
			stdio: ['ignore', fd, fd],
			detached: true,
		});
		closeSync(fd);
		// A detached child outlives its parent: stop it when this script exits, however it exits.
		const stop = () => killGroup(child, 'SIGKILL');
		process.once('exit', stop);
		child.once('exit', () => process.removeListener('exit', stop));
		return child;
	}

	private async expectSuccess(args: string[]): Promise<CliResult> {
		const result = await this.cli(args);
		if (result.exitCode !== 0) {
			throw new Error(
				`n8n ${args.join(' ')} failed (exit ${result.exitCode}):\n${tail(result.output)}`,
			);
		}
		return result;
	}
}

async function exited(child: ChildProcess): Promise<number | null> {
	if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
	return await new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

async function answers(url: string): Promise<boolean> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
		return response.ok;
	} catch {
		return false;
	}
}

function tail(text: string, lines = 40): string {
	return text.split('\n').slice(-lines).join('\n');
}
