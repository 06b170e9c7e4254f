import assert from 'node:assert/strict';

import { loadExample } from '../examples';
import { freePort } from '../n8n/ports';
import { runnable, type E2eContext } from './context';
import { waitFor, sleep } from './wait';

export const TRIGGER_EXAMPLE = 'phishing-compromise-to-slack';
const ALERT_NODE = 'Alert Security Channel';

/** A poll runs every minute: allow one full cycle, start-up and the poll itself. */
const POLL_CYCLE_WAIT_MS = 150_000;
/** No sandbox request for this long means a poll has finished. */
const QUIET_MS = 3_000;

/**
 * The trigger example as an active workflow in a real n8n server: compromises before and
 * during a restart each raise exactly one alert, other events raise none.
 */
export async function checkTriggerAcrossRestart(context: E2eContext): Promise<void> {
	const { n8n, sandbox } = context.session;
	const { control, companies } = sandbox;
	control.reset();

	const learners = control.learners(companies.tenant).filter((learner) => !learner.inactive);
	const [first, opener, duringRestart, afterRestart] = learners.slice(0, 4);
	const simulationId = control.startSimulation({
		name: 'E2E trigger simulation',
		learnerIds: [first, opener, duringRestart, afterRestart].map((learner) => learner.id),
	});

	const workflow = runnable(context, loadExample(TRIGGER_EXAMPLE));
	await n8n.importWorkflows([workflow]);
	await n8n.publishWorkflow(workflow.id);
	const port = await freePort();
	const alertsFor = (email: string) =>
		context.capture
			.bodiesOf(ALERT_NODE)
			.filter((body) => String((body as { text?: string }).text).includes(email)).length;

	let server = await n8n.startServer(port);
	try {
		await waitForPoll(context, [first, opener, duringRestart, afterRestart]);
		control.advanceActivity({
			simulationId,
			events: [
				{ learnerId: first.id, type: 'compromise' },
				{ learnerId: opener.id, type: 'open' },
			],
		});
		await waitFor('the first alert', POLL_CYCLE_WAIT_MS, () => alertsFor(first.email) > 0);

		await server.stop();
		control.advanceActivity({
			simulationId,
			events: [{ learnerId: duringRestart.id, type: 'compromise' }],
		});
		control.clearLog();
		server = await n8n.startServer(port);
		await waitForPoll(context);
		control.advanceActivity({
			simulationId,
			events: [{ learnerId: afterRestart.id, type: 'compromise' }],
		});
		await waitFor(
			'alerts for the compromises during and after the restart',
			2 * POLL_CYCLE_WAIT_MS,
			() => alertsFor(duringRestart.email) > 0 && alertsFor(afterRestart.email) > 0,
		);
		// One more cycle, so a duplicate delivery would have time to show up.
		await sleep(70_000);
	} finally {
		await server.stop();
	}

	const alerts = context.capture.bodiesOf(ALERT_NODE) as Array<{ channel: string; text: string }>;
	assert.deepEqual(
		[first, duringRestart, afterRestart].map((learner) => alertsFor(learner.email)),
		[1, 1, 1],
		`each compromise alerts once: ${JSON.stringify(alerts, null, 2)}`,
	);
	assert.equal(alertsFor(opener.email), 0, 'an open is not a compromise');
	assert.equal(alerts.length, 3);
	assert.ok(alerts.every((alert) => alert.channel === '#security-alerts'));
	assert.match(alerts[0].text, new RegExp(`^:rotating_light: ${first.name} \\(${first.email}\\)`));
	assert.ok(alerts[0].text.includes('"E2E trigger simulation"'));
}

/**
 * Waits until the trigger has polled and gone quiet. The first poll after activation records
 * what is already there without emitting it, so before any event it must have read the
 * results of every learner the test will touch (`seeded`).
 */
async function waitForPoll(context: E2eContext, seeded: Array<{ id: string }> = []): Promise<void> {
	const { control } = context.session.sandbox;
	const read = (learnerId: string) =>
		control.requestLog.some((entry) => entry.path === `/learners/${learnerId}/simulation-results`);
	let seen = -1;
	let quietSince = Date.now();
	await waitFor('the trigger to poll the sandbox', POLL_CYCLE_WAIT_MS, () => {
		const log = control.requestLog;
		if (log.length !== seen) {
			seen = log.length;
			quietSince = Date.now();
		}
		const polled = log.some((entry) => entry.path.startsWith('/simulations'));
		const scanned = seeded.every((learner) => read(learner.id));
		return polled && scanned && Date.now() - quietSince >= QUIET_MS;
	});
}
