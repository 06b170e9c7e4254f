import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { SiberMate } from '../../nodes/SiberMate/SiberMate.node';

const root = resolve(__dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const section = (title: string) => {
	const start = readme.indexOf(`\n## ${title}\n`);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
};

/** Node-side choices where the API reference is silent: each must be listed under Limitations. */
const NODE_ASSUMPTIONS = [
	'UPLOAD_FILE_KEY_FIELD',
	'MAX_POLICY_PDF_BYTES',
	'DEFAULT_PDF_FILE_NAME',
	'POLICY_ACTIONS',
	'BULK_ERRORS_FIELD',
	'BULK_CREATED_FIELD',
	'CREATED_LOOKUP_PICKS_NEWEST',
	'SUCCESS_FALSE_MEANS_NOTHING_DONE',
	'MOVE_WITHOUT_LEARNER_IDS_MOVES_ALL',
	'DEFAULT_BATCH_SIZE',
	'LOCAL_ROW_ERRORS',
	'READ_BACK_WARNING_FIELD',
	'FOLLOW_UP_EVENTS',
	'RESERVED_PATH_WORDS',
	'EMAIL_PATTERN',
	'RATE_LIMIT_MAX_RETRIES',
	'RATE_LIMIT_MAX_WAIT_SECONDS',
	'DEFAULT_FULL_SCAN_INTERVAL_HOURS',
	'DEFAULT_RETENTION_DAYS',
	'COMPANY_LIST_CACHE_MINUTES',
	'SCAN_CONCURRENCY',
	'SAMPLE_SIZE',
	'SAMPLE_MAX_LEARNERS',
];

describe('README', () => {
	const limitations = section('Limitations');

	it('has a heading for every in-page link and no unfilled placeholder', () => {
		const anchors = new Set(
			[...readme.matchAll(/^#{2,4} (.+)$/gm)].map((match) =>
				match[1]
					.toLowerCase()
					.replace(/[^a-z0-9 -]/g, '')
					.replace(/ /g, '-'),
			),
		);
		const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);

		expect(links.length).toBeGreaterThan(5);
		expect(links.filter((link) => !anchors.has(link))).toEqual([]);
		expect(readme).not.toMatch(/<!--/);
	});

	it('lists every sandbox assumption under Limitations', () => {
		const source = readFileSync(resolve(root, 'sandbox/assumptions.ts'), 'utf8');
		const exported = [...source.matchAll(/^export (?:const|interface) (\w+)/gm)].map(
			(match) => match[1],
		);

		expect(exported.length).toBeGreaterThan(10);
		expect(exported.filter((name) => !limitations.includes(`\`${name}\``))).toEqual([]);
	});

	it('lists every node assumption under Limitations', () => {
		const sources = execSync('git ls-files -co --exclude-standard nodes', { cwd: root })
			.toString()
			.split('\n')
			.filter((file) => file.endsWith('.ts'))
			.map((file) => readFileSync(resolve(root, file), 'utf8'))
			.join('\n');
		const declared = NODE_ASSUMPTIONS.filter((name) =>
			new RegExp(`export const ${name}\\b`).test(sources),
		);

		expect(declared).toEqual(NODE_ASSUMPTIONS);
		expect(NODE_ASSUMPTIONS.filter((name) => !limitations.includes(`\`${name}\``))).toEqual([]);
	});

	it('lists every operation of the node with its resource', () => {
		const { properties } = new SiberMate().description;
		const resources = properties.find((p) => p.name === 'resource')!
			.options as INodePropertyOptions[];
		const operations = section('Operations');

		const missing: string[] = [];
		for (const resource of resources) {
			const heading = operations.indexOf(`\n### ${resource.name}\n`);
			const table = operations.slice(heading, operations.indexOf('\n### ', heading + 1));
			const dropdown = properties.find(
				(p: INodeProperties) =>
					p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
			)!;
			for (const operation of dropdown.options as INodePropertyOptions[]) {
				if (heading === -1 || !new RegExp(`\\| ${operation.name} +\\|`).test(table)) {
					missing.push(`${resource.name}: ${operation.name}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});
});
