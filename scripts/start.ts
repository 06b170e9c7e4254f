// npm start: the n8n editor on localhost with this package, the sandbox API and the examples.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadExamples, localCopy } from './examples';
import { DEMO_OWNER } from './n8n/owner';
import { CACHE_HOME } from './n8n/paths';
import { portInUse } from './n8n/ports';
import { startSession } from './n8n/session';

/** Editor port; override with N8N_PORT. */
export const EDITOR_PORT = Number(process.env.N8N_PORT ?? 5678);
/** Sandbox API port; override with SIBERMATE_SANDBOX_PORT. */
export const SANDBOX_PORT = Number(process.env.SIBERMATE_SANDBOX_PORT ?? 4010);

/** Kept between runs so workflows built in the editor survive a restart. */
const USER_FOLDER = join(CACHE_HOME, 'editor');
const IMPORTED_LIST = join(USER_FOLDER, 'imported-examples.json');

async function main(): Promise<void> {
	for (const [port, what] of [
		[EDITOR_PORT, 'the n8n editor (set N8N_PORT)'],
		[SANDBOX_PORT, 'the sandbox (set SIBERMATE_SANDBOX_PORT)'],
	] as const) {
		if (await portInUse(port)) throw new Error(`Port ${port} for ${what} is already in use`);
	}

	const { n8n, sandbox } = await startSession({
		sandboxPort: SANDBOX_PORT,
		userFolder: USER_FOLDER,
		owner: true,
	});

	// Examples are imported once: later starts keep whatever the user changed in the editor.
	const imported = existsSync(IMPORTED_LIST)
		? (JSON.parse(readFileSync(IMPORTED_LIST, 'utf8')) as string[])
		: [];
	const fresh = [...loadExamples().values()]
		.map(localCopy)
		.filter((workflow) => !imported.includes(workflow.id));
	if (fresh.length) {
		await n8n.importWorkflows(fresh);
		writeFileSync(IMPORTED_LIST, JSON.stringify([...imported, ...fresh.map((w) => w.id)]));
	}

	const server = await n8n.startServer(EDITOR_PORT);
	const stop = async () => {
		await server.stop();
		await sandbox.close();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);

	console.log(
		[
			'',
			`n8n ${server.url} is running with n8n-nodes-sibermate (built from dist/).`,
			`  Log in as ${DEMO_OWNER.email} / ${DEMO_OWNER.password} (local only).`,
			`  Credential "SiberMate sandbox" points at the sandbox API ${sandbox.baseUrl}`,
			`  (fresh data on every start; controls at ${sandbox.controlUrl}).`,
			`  Example workflows: Overview > Workflows. ${fresh.length} imported now.`,
			`  Phishing activity for the trigger example (publish it first):`,
			`    curl -X POST ${sandbox.controlUrl}/activity -H 'content-type: application/json' \\`,
			`      -d '{"events":[{"learnerId":"learner_00001","type":"compromise"}]}'`,
			`  n8n data and logs: ${USER_FOLDER}`,
			'Press Ctrl+C to stop.',
		].join('\n'),
	);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
