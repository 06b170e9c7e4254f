/**
 * Cost of the SiberMate Trigger against the in-process sandbox. Prints a table; asserts nothing.
 * Run: npx tsx bench/trigger.ts
 */
import os from 'os';
import path from 'path';

import type { IDataObject, INode, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { SiberMateApi } from '../credentials/SiberMateApi.credentials';
import { SiberMateTrigger } from '../nodes/SiberMate/SiberMateTrigger.node.ts';
import { type RunningSandbox, startSandbox } from '../sandbox';
import { TestCredentialsHelper } from '../test/harness/credentials';

// n8n-core writes settings under N8N_USER_FOLDER: set it before n8n-core loads.
process.env.N8N_USER_FOLDER ??= path.join(os.tmpdir(), 'n8n-nodes-sibermate-bench');
process.env.N8N_LOG_LEVEL = 'silent';

const IDLE_SIZES = [100, 1_000, 10_000];
const DELIVERY_LEARNERS = 1_000;
const DELIVERY_EVENTS = 3;
const DELIVERY_TRIALS = 5;
const LATENCY_MS = 20;
const FOLLOW_UP_TRIALS = 10;
const STATE_EVENTS = 10_000;
const STATE_LEARNERS = 5_000;

/** The trigger's clock (Date.now) moved forward, to force its reconciliation scan. */
let clockOffset = 0;
const realNow = Date.now.bind(Date);
Date.now = () => realNow() + clockOffset;

/**
 * A poller bound to one workflow, like the test harness's `createPoller`. The harness itself is
 * not imported: under tsx, an import of `SiberMate.node` resolves to the codex JSON file beside
 * it, which is also why the trigger above is imported by its `.ts` name.
 */
async function makePoller(sandbox: RunningSandbox) {
	const { PollContext } = await import('n8n-core');

	const trigger = new SiberMateTrigger();
	const node: INode = {
		id: 'trigger',
		name: 'SiberMate Trigger',
		type: 'siberMateTrigger',
		typeVersion: 1,
		position: [0, 0],
		parameters: { events: ['open', 'visit', 'compromise', 'report'], allCompanies: false },
		credentials: { sibermateApi: { id: 'cred', name: 'bench' } },
	};
	const workflow = new Workflow({
		id: 'bench',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: {
			getByName: () => trigger,
			getByNameAndVersion: () => trigger,
			getKnownTypes: () => ({}),
		},
	});
	const credentialsHelper = new TestCredentialsHelper(
		{ sibermateApi: new SiberMateApi() },
		{ sibermateApi: { apiKey: sandbox.keys.other, baseUrl: sandbox.baseUrl } },
	);
	const additionalData = {
		credentialsHelper,
		executionId: 'bench',
		currentNodeExecutionIndex: 0,
		variables: {},
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		getRuntimeCredential: async () => undefined,
	} as unknown as IWorkflowExecuteAdditionalData;

	return {
		staticData: () => workflow.getStaticData('node', node),
		poll: async (mode: 'trigger' | 'manual') =>
			await trigger.poll.call(new PollContext(workflow, node, additionalData, mode, 'activate')),
	};
}

type Poller = Awaited<ReturnType<typeof makePoller>>;

/** The `other` company grown to `size` learners, all recipients of its running simulation. */
function growTo(sandbox: RunningSandbox, size: number): void {
	const company = sandbox.companies.other;
	const running = sandbox.control.simulations(company).find((s) => s.status === 'running')!;
	const missing = size - sandbox.control.learners(company).length;
	if (missing > 0) sandbox.control.addLearners(company, missing, { simulationId: running.id });
}

interface Measured {
	requests: number;
	ms: number;
	items: number;
}

async function measuredPoll(sandbox: RunningSandbox, poller: Poller): Promise<Measured> {
	sandbox.control.clearLog();
	const started = process.hrtime.bigint();
	const output = await poller.poll('trigger');
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	return { requests: sandbox.control.requestLog.length, ms, items: output?.[0].length ?? 0 };
}

const stateBytes = (poller: Poller) =>
	Buffer.byteLength(JSON.stringify(poller.staticData() as IDataObject));

async function idleCost(rows: string[][]) {
	const sandbox = await startSandbox();
	for (const size of IDLE_SIZES) {
		growTo(sandbox, size);
		const poller = await makePoller(sandbox);
		const first = await measuredPoll(sandbox, poller);
		const idle = [];
		for (let i = 0; i < 3; i++) idle.push(await measuredPoll(sandbox, poller));
		rows.push([
			`idle poll, ${size} learners`,
			(idle.reduce((n, r) => n + r.requests, 0) / idle.length).toFixed(1),
			(idle.reduce((n, r) => n + r.ms, 0) / idle.length).toFixed(0),
			`target 1; first activation read ${first.requests} requests`,
		]);
	}
	await sandbox.close();
}

async function deliveryCost(rows: string[][]) {
	const sandbox = await startSandbox();
	growTo(sandbox, DELIVERY_LEARNERS);
	const poller = await makePoller(sandbox);
	await poller.poll('trigger');
	sandbox.control.setLatency(LATENCY_MS);
	const companyId = sandbox.companies.other;

	const trigger: Measured[] = [];
	const naive: Measured[] = [];
	for (let trial = 0; trial < DELIVERY_TRIALS; trial++) {
		sandbox.control.advanceActivity({ companyId, events: DELIVERY_EVENTS });
		trigger.push(await measuredPoll(sandbox, poller));
		// The naive way: every learner's results each poll (the trigger's own full scan).
		sandbox.control.advanceActivity({ companyId, events: DELIVERY_EVENTS });
		clockOffset += 25 * 3_600_000;
		naive.push(await measuredPoll(sandbox, poller));
	}
	const average = (runs: Measured[], pick: (r: Measured) => number) =>
		(runs.reduce((n, r) => n + pick(r), 0) / runs.length).toFixed(0);
	const range = (runs: Measured[]) =>
		`${Math.min(...runs.map((r) => r.requests))}..${Math.max(...runs.map((r) => r.requests))} requests, ${runs.map((r) => r.items).join('/')} items`;
	const label = `K=${DELIVERY_EVENTS} new events, ${DELIVERY_LEARNERS} learners, ${LATENCY_MS} ms latency`;
	rows.push([
		`${label}: trigger`,
		average(trigger, (r) => r.requests),
		average(trigger, (r) => r.ms),
		range(trigger),
	]);
	rows.push([
		`${label}: naive full scan`,
		average(naive, (r) => r.requests),
		average(naive, (r) => r.ms),
		range(naive),
	]);
	await sandbox.close();
}

/** Deterministic picks, so before/after runs of the bench compare the same scenario. */
function picker(seed: number) {
	let value = seed;
	return <T>(list: T[]): T => {
		value = (value * 1_103_515_245 + 12_345) % 2_147_483_648;
		return list.splice(value % list.length, 1)[0];
	};
}

/**
 * The realistic case: new events are clicks of learners who had opened. "Just opened": K
 * learners open, a poll delivers that, then they click. "Opened earlier": K learners among
 * those who opened in earlier rounds click.
 */
async function followUpCost(rows: string[][]) {
	const sandbox = await startSandbox();
	growTo(sandbox, DELIVERY_LEARNERS);
	const companyId = sandbox.companies.other;
	const poller = await makePoller(sandbox);
	await poller.poll('trigger');
	sandbox.control.setLatency(LATENCY_MS);
	const pick = picker(7);
	const simulation = () =>
		sandbox.control.simulations(companyId).find((s) => s.status === 'running')!;
	const learnersWhere = (test: (result: IDataObject | undefined) => boolean) => {
		const results = new Map(simulation().results.map((r) => [r.learnerId, r as IDataObject]));
		return simulation().recipientIds.filter((id) => test(results.get(id)));
	};
	const apply = (learnerIds: string[], type: 'open' | 'visit') =>
		sandbox.control.advanceActivity({
			companyId,
			events: learnerIds.map((learnerId) => ({ learnerId, type })),
		});

	const opens: Measured[] = [];
	const justOpened: Measured[] = [];
	const openedEarlier: Measured[] = [];
	for (let trial = 0; trial < FOLLOW_UP_TRIALS; trial++) {
		const unopened = learnersWhere((r) => !r?.open);
		const openers = Array.from({ length: DELIVERY_EVENTS }, () => pick(unopened));
		apply(openers, 'open');
		opens.push(await measuredPoll(sandbox, poller));
		apply(openers, 'visit');
		justOpened.push(await measuredPoll(sandbox, poller));
	}
	for (let trial = 0; trial < FOLLOW_UP_TRIALS; trial++) {
		// Every round above opened K more learners; half of them are still to click here.
		const unopened = learnersWhere((r) => !r?.open);
		apply(
			Array.from({ length: DELIVERY_EVENTS }, () => pick(unopened)),
			'open',
		);
		await measuredPoll(sandbox, poller);
		const waiting = learnersWhere((r) => Boolean(r?.open) && !r?.visit);
		apply(
			Array.from({ length: DELIVERY_EVENTS }, () => pick(waiting)),
			'visit',
		);
		openedEarlier.push(await measuredPoll(sandbox, poller));
	}
	const average = (runs: Measured[], pick: (r: Measured) => number) =>
		(runs.reduce((n, r) => n + pick(r), 0) / runs.length).toFixed(0);
	const range = (runs: Measured[]) =>
		`${Math.min(...runs.map((r) => r.requests))}..${Math.max(...runs.map((r) => r.requests))} requests, ${FOLLOW_UP_TRIALS} trials`;
	const label = `K=${DELIVERY_EVENTS}, ${DELIVERY_LEARNERS} learners`;
	for (const [name, runs] of [
		['opens of random learners', opens],
		['clicks of learners who just opened', justOpened],
		['clicks of learners who opened earlier', openedEarlier],
	] as const) {
		rows.push([
			`${label}: ${name}`,
			average(runs, (r) => r.requests),
			average(runs, (r) => r.ms),
			range(runs),
		]);
	}
	await sandbox.close();
}

async function stateSize(rows: string[][]) {
	const sandbox = await startSandbox();
	growTo(sandbox, STATE_LEARNERS);
	const poller = await makePoller(sandbox);
	await poller.poll('trigger');
	const before = stateBytes(poller);
	const applied = sandbox.control.advanceActivity({
		companyId: sandbox.companies.other,
		events: STATE_EVENTS,
	});
	const poll = await measuredPoll(sandbox, poller);
	const after = stateBytes(poller);
	rows.push([
		`state after ${applied.length} events (${STATE_LEARNERS} learners)`,
		String(poll.requests),
		poll.ms.toFixed(0),
		`${after} bytes of JSON (${before} before; ${((after - before) / applied.length).toFixed(1)} bytes/event); ${poll.items} items emitted`,
	]);
	await sandbox.close();
}

function printTable(rows: string[][]) {
	const header = ['scenario', 'requests/poll', 'ms/poll', 'notes'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
	for (const row of rows) console.log(line(row));
}

/** `npx tsx bench/trigger.ts delivery` runs only the delivery scenarios. */
const ONLY_DELIVERY = process.argv[2] === 'delivery';

async function main() {
	const rows: string[][] = [];
	if (ONLY_DELIVERY) {
		await deliveryCost(rows);
		await followUpCost(rows);
		printTable(rows);
		return;
	}
	await idleCost(rows);
	await deliveryCost(rows);
	await followUpCost(rows);
	await stateSize(rows);
	printTable(rows);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
