// npm run e2e: the shipped examples inside real n8n 2.40.7 against the sandbox, asserted.
// Pass check names to run only some: npm run e2e -- trigger
import { startCaptureServer } from './e2e/capture-server';
import type { E2eContext } from './e2e/context';
import { checkTriggerAcrossRestart } from './e2e/trigger';
import { startSession } from './n8n/session';

const CHECKS: Record<string, (context: E2eContext) => Promise<void>> = {
	trigger: checkTriggerAcrossRestart,
};

async function main(): Promise<void> {
	const chosen = process.argv.slice(2);
	const unknown = chosen.filter((name) => !(name in CHECKS));
	if (unknown.length)
		throw new Error(
			`Unknown checks ${unknown.join(', ')}; known: ${Object.keys(CHECKS).join(', ')}`,
		);

	const started = Date.now();
	const session = await startSession();
	const capture = await startCaptureServer();
	const context: E2eContext = { session, capture };
	const failures: string[] = [];
	try {
		for (const [name, check] of Object.entries(CHECKS)) {
			if (chosen.length && !chosen.includes(name)) continue;
			const begin = Date.now();
			try {
				await check(context);
				console.log(`ok   ${name} (${seconds(begin)} s)`);
			} catch (error) {
				failures.push(name);
				console.log(
					`FAIL ${name} (${seconds(begin)} s)\n${error instanceof Error ? error.stack : error}`,
				);
				console.log(`     n8n logs: ${session.n8n.logDir}`);
			}
		}
	} finally {
		await capture.close();
		// Keep n8n's folder (logs, database) when something failed, for a look afterwards.
		if (failures.length) await session.sandbox.close();
		else await session.close();
	}
	console.log(
		`e2e: ${failures.length ? `${failures.length} failed` : 'all passed'} in ${seconds(started)} s`,
	);
	if (failures.length) process.exit(1);
}

function seconds(since: number): string {
	return ((Date.now() - since) / 1000).toFixed(1);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
