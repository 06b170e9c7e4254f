/**
 * `npm run bench`: every performance figure of the package in one table, then the same table as
 * markdown for the README. Figures only: nothing here passes or fails on time.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

import { N8N_VERSION } from '../scripts/n8n/install';
import { REPO_ROOT } from '../scripts/n8n/paths';
import { startSession } from '../scripts/n8n/session';
import { measureSandboxThroughput, measureTrigger } from './existing';
import { measureOnboarding } from './onboarding';
import { measureOverhead } from './overhead';
import { measureColdLoad, measurePackSize, NODE_MODULE } from './package';
import { failedRow, markdownTable, type Row, textTable } from './report';
import { elapsedMs } from './stats';

const rows: Row[] = [];

/** Runs one part; a part that fails still leaves a row saying why, and the rest still run. */
async function part(name: string, measure: () => Promise<Row[]>): Promise<void> {
	const started = process.hrtime.bigint();
	process.stderr.write(`bench: ${name}...\n`);
	try {
		rows.push(...(await measure()));
	} catch (error) {
		rows.push(failedRow(name, error));
	}
	process.stderr.write(`bench: ${name} done in ${(elapsedMs(started) / 1000).toFixed(0)} s\n`);
}

async function inRealN8n(): Promise<Row[]> {
	const session = await startSession();
	try {
		return [...(await measureOverhead(session)), ...(await measureOnboarding(session))];
	} finally {
		await session.close();
	}
}

/** Machine and versions; the load averages say how busy the shared cores were. */
function conditions(loadAtStart: number): string {
	return [
		`${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPU cores (load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end),`,
		`bench in Node ${process.version}, real n8n ${N8N_VERSION} under its own Node 24;`,
		'sandbox on 127.0.0.1 with injected latency as stated; ratios are this package / baseline, from the same run.',
	].join(' ');
}

async function main(): Promise<void> {
	if (!existsSync(join(REPO_ROOT, NODE_MODULE))) {
		throw new Error(`${NODE_MODULE} is missing: run npm run build first`);
	}
	const started = process.hrtime.bigint();
	const [loadAtStart] = loadavg();

	await part('Package', async () => [...(await measureColdLoad()), ...(await measurePackSize())]);
	await part('Sandbox', measureSandboxThroughput);
	await part('Trigger', measureTrigger);
	await part('Real n8n', inRealN8n);

	const minutes = (elapsedMs(started) / 60_000).toFixed(1);
	const about = conditions(loadAtStart);
	console.log(`SiberMate benchmarks (${minutes} min). ${about}\n`);
	console.log(textTable(rows));
	console.log('\nMarkdown for the README (Performance):\n');
	console.log(`${about}\n\n${markdownTable(rows)}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
