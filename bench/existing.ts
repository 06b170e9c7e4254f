/** Figures from the two benchmarks written before this one, run as they are in a fresh process. */
import { join } from 'node:path';

import { REPO_ROOT } from '../scripts/n8n/paths';
import { runTsx } from './child';
import { count, ms, ratio, row, type Row } from './report';

const TRIGGER_SECTION = 'Trigger (in-process n8n-core, bench/trigger.ts)';
const THROUGHPUT_SECTION = 'Sandbox';

/** bench/trigger.ts takes about 2 minutes on 2 shared cores. */
const TRIGGER_TIMEOUT_MS = 5 * 60_000;
const THROUGHPUT_TIMEOUT_MS = 2 * 60_000;

interface TriggerLine {
	scenario: string;
	requests: number;
	ms: number;
	notes: string;
}

/** The rows of the table bench/trigger.ts prints: `scenario | requests/poll | ms/poll | notes`. */
export function parseTriggerTable(stdout: string): TriggerLine[] {
	return stdout
		.split('\n')
		.map((line) => line.split(' | ').map((cell) => cell.trim()))
		.filter((cells) => cells.length === 4 && /^\d/.test(cells[1]))
		.map(([scenario, requests, time, notes]) => ({
			scenario,
			requests: Number(requests),
			ms: Number(time),
			notes,
		}));
}

function idleRow(line: TriggerLine, learners: number): Row {
	return row(TRIGGER_SECTION, `idle poll, ${count(learners)} learners`, {
		value: `${line.requests.toFixed(1)} requests/poll`,
		baseline: 'target 1',
		ratio: ratio(line.requests, 1),
		notes: `${ms(line.ms)}/poll`,
		detail: `average of the idle polls; ${line.notes.replace(/^target 1; /, '')}`,
	});
}

function deliveryRow(trigger: TriggerLine, naive: TriggerLine): Row {
	return row(TRIGGER_SECTION, `on change: ${trigger.scenario.replace(/: trigger$/, '')}`, {
		value: `${count(trigger.requests)} requests, ${ms(trigger.ms)}`,
		baseline: `naive full scan: ${count(naive.requests)} requests, ${ms(naive.ms)}`,
		ratio: `${ratio(trigger.requests, naive.requests)} requests, ${ratio(trigger.ms, naive.ms)} time`,
		notes: 'averages over the trials',
		detail: `trigger ${trigger.notes}; naive full scan ${naive.notes}`,
	});
}

function stateRow(line: TriggerLine): Row {
	const bytes = /^(\d+) bytes of JSON/.exec(line.notes);
	return row(TRIGGER_SECTION, line.scenario, {
		value: bytes ? `${count(Number(bytes[1]))} bytes of static data` : line.notes,
		notes: 'JSON of the node static data',
		detail: `${line.notes}; that poll: ${count(line.requests)} requests, ${ms(line.ms)}`,
	});
}

/** Any other scenario bench/trigger.ts prints, as it prints it. */
function otherRow(line: TriggerLine): Row {
	return row(TRIGGER_SECTION, line.scenario, {
		value: `${count(line.requests)} requests/poll, ${ms(line.ms)}`,
		notes: line.notes,
	});
}

export function triggerRows(lines: TriggerLine[]): Row[] {
	const naive = lines.find((line) => line.scenario.endsWith(': naive full scan'));
	const rows: Row[] = [];
	for (const line of lines) {
		const idle = /^idle poll, (\d+) learners$/.exec(line.scenario);
		if (idle) rows.push(idleRow(line, Number(idle[1])));
		else if (line.scenario.endsWith(': trigger') && naive) rows.push(deliveryRow(line, naive));
		else if (line.scenario.startsWith('state after')) rows.push(stateRow(line));
		else if (line !== naive || !lines.some((l) => l.scenario.endsWith(': trigger')))
			rows.push(otherRow(line));
	}
	if (!rows.length) throw new Error('bench/trigger.ts printed no table rows');
	return rows;
}

export async function measureTrigger(): Promise<Row[]> {
	const stdout = await runTsx(join('bench', 'trigger.ts'), REPO_ROOT, TRIGGER_TIMEOUT_MS);
	return triggerRows(parseTriggerTable(stdout));
}

export async function measureSandboxThroughput(): Promise<Row[]> {
	const stdout = await runTsx(
		join('bench', 'sandbox-throughput.ts'),
		REPO_ROOT,
		THROUGHPUT_TIMEOUT_MS,
	);
	const rate = /(\d+) requests\/second \(([^)]*)\)/.exec(stdout);
	const setup = /sandbox throughput: (.*)/.exec(stdout);
	if (!rate) throw new Error(`bench/sandbox-throughput.ts printed no rate: ${stdout.trim()}`);
	return [
		row(THROUGHPUT_SECTION, 'throughput (bench/sandbox-throughput.ts)', {
			value: `${count(Number(rate[1]))} requests/s`,
			notes: 'GET /learners/{id}, 127.0.0.1, no latency',
			detail: `${setup?.[1] ?? ''}; ${rate[2]}`,
		}),
	];
}
