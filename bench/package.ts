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

// Timed inside the child, so Node's own start-up is not counted; the class is instantiated too,
// as n8n does when it loads the node.
const LOAD_SCRIPT = `
const started = process.hrtime.bigint();
const loaded = require(process.argv[1]);
new loaded.SiberMate();
process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));
`;

export async function measureColdLoad(): Promise<Row[]> {
	const times: number[] = [];
	for (let run = 0; run < COLD_LOAD_RUNS; run++) {
		const result = await runChild(
			process.execPath,
			['-e', LOAD_SCRIPT, join(REPO_ROOT, NODE_MODULE)],
			{
				cwd: REPO_ROOT,
				timeoutMs: CHILD_TIMEOUT_MS,
			},
		);
		const time = Number(result.stdout);
		if (result.exitCode !== 0 || !Number.isFinite(time)) {
			throw new Error(`loading ${NODE_MODULE} failed: ${result.stderr.trim().split('\n')[0]}`);
		}
		times.push(time);
	}
	return [
		row(SECTION, 'cold load of the node module', {
			value: ms(median(times)),
			notes: `require + new SiberMate() of ${NODE_MODULE} in a fresh Node ${process.version} process, median (min..max) of ${COLD_LOAD_RUNS}: ${spread(times, ' ms')}`,
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
			notes: `${info.filename}: ${count(info.size)} bytes packed, ${count(info.unpackedSize)} unpacked, ${info.entryCount} files`,
		}),
	];
}
