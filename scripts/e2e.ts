// npm run e2e: the shipped examples inside real n8n 2.40.7 against the sandbox, asserted.
// Pass example names to check only those: npm run e2e -- offboarding policy-from-url
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { startCaptureServer } from './e2e/capture-server';
import type { E2eContext } from './e2e/context';
import { checkOnboardingFromCsv, checkSheetsRosterSync } from './e2e/onboarding';
import { checkMonthlyReport, checkOffboarding, checkPolicyFromUrl } from './e2e/other-examples';
import { checkTriggerAcrossRestart } from './e2e/trigger';
import { loadExamples } from './examples';
import { startSession } from './n8n/session';

/** One check per shipped example, by file name; every example must have one. */
const CHECKS: Record<string, (context: E2eContext) => Promise<void>> = {
	'onboard-from-csv': checkOnboardingFromCsv,
	'sheets-roster-sync': checkSheetsRosterSync,
	offboarding: checkOffboarding,
	'monthly-report-to-sheets': checkMonthlyReport,
	'policy-from-url': checkPolicyFromUrl,
	'phishing-compromise-to-slack': checkTriggerAcrossRestart,
};

async function main(): Promise<void> {
	const chosen = process.argv.slice(2);
	const unknown = chosen.filter((name) => !(name in CHECKS));
	if (unknown.length)
		throw new Error(
			`Unknown checks ${unknown.join(', ')}; known: ${Object.keys(CHECKS).join(', ')}`,
		);

	const untested = [...loadExamples().keys()].filter((name) => !(name in CHECKS));
	if (untested.length) throw new Error(`Examples without an e2e check: ${untested.join(', ')}`);

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
		const leaks = filesContaining(session.n8n.userFolder, session.sandbox.keys.tenant);
		if (leaks.length) {
			failures.push('api-key');
			console.log(`FAIL the API key appears in ${leaks.join(', ')}`);
		} else console.log('ok   the API key appears in no n8n log or file');
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

/** Files under folder whose bytes contain text (n8n's database stores the key encrypted). */
function filesContaining(folder: string, text: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		if (readFileSync(path).includes(text)) found.push(path);
	}
	return found;
}

function seconds(since: number): string {
	return ((Date.now() - since) / 1000).toFixed(1);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
