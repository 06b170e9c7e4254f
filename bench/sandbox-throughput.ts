/**
 * Loopback throughput of the sandbox: a bounded number of GET /learners/{id} with fixed
 * concurrency. Prints requests/second; asserts nothing. Run: npx tsx bench/sandbox-throughput.ts
 */
import { startSandbox } from '../sandbox';

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TENANT_SIZE = Number(process.env.BENCH_LEARNERS ?? 1000);
const WARM_UP = 1000;

async function main() {
	const sb = await startSandbox();
	const ids = sb.control.addLearners(sb.companies.tenant, TENANT_SIZE);
	const headers = { authorization: `Bearer ${sb.keys.tenant}` };
	let next = 0;
	let failures = 0;

	const worker = async (total: number) => {
		while (next < total) {
			const id = ids[next++ % ids.length];
			const res = await fetch(`${sb.baseUrl}/learners/${id}`, { headers });
			await res.arrayBuffer();
			if (res.status !== 200) failures++;
		}
	};

	// Warm-up so JIT compilation and connection setup do not count.
	await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(WARM_UP)));
	next = 0;
	failures = 0;
	sb.control.clearLog();

	const started = process.hrtime.bigint();
	await Promise.all(Array.from({ length: CONCURRENCY }, () => worker(TOTAL)));
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;

	console.log(
		`sandbox throughput: ${TOTAL} x GET /learners/{id}, concurrency ${CONCURRENCY}, tenant of ${
			TENANT_SIZE + 240
		} learners`,
	);
	console.log(
		`  ${(TOTAL / seconds).toFixed(0)} requests/second (${seconds.toFixed(2)} s, ${failures} non-200)`,
	);
	await sb.close();
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
