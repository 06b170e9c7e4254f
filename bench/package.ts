/** Figures of the built package: module load time and the size of what npm publishes. */
import { join } from 'node:path';

import { REPO_ROOT } from '../scripts/n8n/paths';
import { runChild } from './child';
import { count, ms, row, type Row } from './report';
import { median, spread } from './stats';

const SECTION = 'Package';

export const NODE_MODULE = join('dist', 'nodes', 'SiberMate', 'SiberMate.node.js');

/** Fresh Node processes, each timing one `require` of the node module. */
export const COLD_LOAD_RUNS = 7;

const CHILD_TIMEOUT_MS = 60_000;

// Timed inside the child, so Node's own start-up is not counted. n8n-workflow is timed apart:
// inside n8n it is loaded already. The class is instantiated too, as n8n does on load.
const LOAD_SCRIPT = `
const time = (load) => { const t = process.hrtime.bigint(); load(); return Number(process.hrtime.bigint() - t) / 1e6; };
const workflow = time(() => require('n8n-workflow'));
const node = time(() => new (require(process.argv[1]).SiberMate)());
process.stdout.write(JSON.stringify({ workflow, node }));
`;

export async function measureColdLoad(): Promise<Row[]> {
	const totals: number[] = [];
	const nodeOnly: number[] = [];
	for (let run = 0; run < COLD_LOAD_RUNS; run++) {
		const result = await runChild(
			process.execPath,
			['-e', LOAD_SCRIPT, join(REPO_ROOT, NODE_MODULE)],
			{ cwd: REPO_ROOT, timeoutMs: CHILD_TIMEOUT_MS },
		);
		if (result.exitCode !== 0) {
			throw new Error(`loading ${NODE_MODULE} failed: ${result.stderr.trim().split('\n')[0]}`);
		}
		const times = JSON.parse(result.stdout) as { workflow: number; node: number };
		totals.push(times.workflow + times.node);
		nodeOnly.push(times.node);
	}
	return [
		row(SECTION, 'cold load of the node module', {
			value: ms(median(totals)),
			notes: `median of ${COLD_LOAD_RUNS}; package's own modules ${ms(median(nodeOnly))}`,
			detail: `fresh Node ${process.version} process: require n8n-workflow + require ${NODE_MODULE} + new SiberMate(), median (min..max) of ${COLD_LOAD_RUNS}: ${spread(totals, ' ms')}; of that the package's own modules (n8n-workflow already loaded, as in n8n): ${spread(nodeOnly, ' ms')}`,
		}),
	];
}

interface PackInfo {
	size: number;
	unpackedSize: number;
	entryCount: number;
	filename: string;
}

export async function measurePackSize(): Promise<Row[]> {
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const result = await runChild(npm, ['pack', '--dry-run', '--json'], {
		cwd: REPO_ROOT,
		timeoutMs: CHILD_TIMEOUT_MS,
	});
	if (result.exitCode !== 0) throw new Error(`npm pack --dry-run failed: ${result.stderr.trim()}`);
	const [info] = JSON.parse(result.stdout) as PackInfo[];
	return [
		row(SECTION, 'packed tarball (npm pack --dry-run)', {
			value: `${(info.size / 1024).toFixed(1)} KiB`,
			notes: `${info.entryCount} files, ${(info.unpackedSize / 1024).toFixed(0)} KiB unpacked`,
			detail: `${info.filename}: ${count(info.size)} bytes packed, ${count(info.unpackedSize)} unpacked, ${info.entryCount} files`,
		}),
	];
}
