/**
 * Onboarding in real n8n: Learner -> Create Many in bulk requests beside Learner -> Create once
 * per item, against the sandbox with injected latency.
 */
import { DEFAULT_BATCH_SIZE } from '../nodes/SiberMate/shared/bulk';
import type { Session } from '../scripts/n8n/session';
import { describeRequests, executeMeasured, type MeasuredRun } from './n8n';
import { count, ms, ratio, row, type Row } from './report';
import { median, spread } from './stats';
import { createEachWorkflow, createManyWorkflow, type LearnerRow } from './workflows';

const SECTION = 'Onboarding (real n8n, n8n execute)';

export const ONBOARDING_LEARNERS = 2_000;
export const ONBOARDING_LATENCY_MS = 20;
/** Create Many is quick enough to repeat; one Create per item run takes about a minute. */
export const CREATE_MANY_RUNS = 3;
export const CREATE_EACH_RUNS = 1;

/** New learners on the tenant's domain (it has domain lock on). */
function newLearners(): LearnerRow[] {
	return Array.from({ length: ONBOARDING_LEARNERS }, (_, i) => ({
		email: `onboard.${i + 1}@acme.example`,
		firstName: 'Onboard',
		lastName: `Learner ${i + 1}`,
	}));
}

/** Each run starts from the seeded sandbox, so every run creates the same new learners. */
async function runs(session: Session, workflowId: string, times: number): Promise<MeasuredRun[]> {
	const results: MeasuredRun[] = [];
	for (let run = 0; run < times; run++) {
		session.sandbox.control.reset();
		session.sandbox.control.setLatency(ONBOARDING_LATENCY_MS);
		results.push(await executeMeasured(session, workflowId));
	}
	session.sandbox.control.reset();
	return results;
}

function created(results: MeasuredRun[]): string {
	return results
		.map((result) => result.items.filter((item) => typeof item.id === 'string').length)
		.map(count)
		.join('/');
}

export async function measureOnboarding(session: Session): Promise<Row[]> {
	const learners = newLearners();
	const bulk = createManyWorkflow(learners, DEFAULT_BATCH_SIZE);
	const each = createEachWorkflow(learners);
	await session.n8n.importWorkflows([bulk, each]);

	const bulkRuns = await runs(session, bulk.id, CREATE_MANY_RUNS);
	const eachRuns = await runs(session, each.id, CREATE_EACH_RUNS);
	const bulkMs = median(bulkRuns.map((r) => r.nodeMs));
	const eachMs = median(eachRuns.map((r) => r.nodeMs));
	const bulkRequests = median(bulkRuns.map((r) => r.requests.length));
	const eachRequests = median(eachRuns.map((r) => r.requests.length));

	return [
		row(SECTION, `${count(ONBOARDING_LEARNERS)} learners, ${ONBOARDING_LATENCY_MS} ms latency`, {
			value: `Create Many (batch ${DEFAULT_BATCH_SIZE}): ${count(bulkRequests)} requests, ${ms(bulkMs)}`,
			baseline: `Create per item: ${count(eachRequests)} requests, ${ms(eachMs)}`,
			ratio: `${ratio(bulkRequests, eachRequests)} requests, ${ratio(bulkMs, eachMs)} time`,
			notes: `Create Many median of ${CREATE_MANY_RUNS}, Create per item ${CREATE_EACH_RUNS} run`,
			detail: [
				`node executionTime from --rawOutput; Create Many median (min..max) of ${CREATE_MANY_RUNS}: ${spread(
					bulkRuns.map((r) => r.nodeMs),
					' ms',
				)}, Create per item ${CREATE_EACH_RUNS} run(s): ${spread(
					eachRuns.map((r) => r.nodeMs),
					' ms',
				)}`,
				`Create Many sent ${describeRequests(bulkRuns[0].requests)}`,
				`Create per item sent ${describeRequests(eachRuns[0].requests)} (created-record lookup: the reference answers {} to a create)`,
				`learners created per run: ${created(bulkRuns)} and ${created(eachRuns)}`,
			].join('; '),
		}),
	];
}
