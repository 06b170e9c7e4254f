import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import type { N8nWorkflow } from './n8n/instance';
import { REPO_ROOT } from './n8n/paths';

export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** Package name that prefixes the node types in shipped examples (as installed from npm). */
export const PACKAGE_TYPE_PREFIX = 'n8n-nodes-sibermate.';
/** Prefix n8n gives the same nodes when they load from N8N_CUSTOM_EXTENSIONS, as here. */
export const CUSTOM_TYPE_PREFIX = 'CUSTOM.';

/** Name of the Edit Fields node that holds each example's user-editable values. */
export const SETTINGS_NODE = 'Settings';

/** Every shipped example workflow, keyed by file name without .json. */
export function loadExamples(): Map<string, N8nWorkflow> {
	const examples = new Map<string, N8nWorkflow>();
	for (const file of readdirSync(EXAMPLES_DIR)
		.filter((name) => name.endsWith('.json'))
		.sort()) {
		const workflow = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as N8nWorkflow;
		examples.set(file.replace(/\.json$/, ''), workflow);
	}
	return examples;
}

export function loadExample(name: string): N8nWorkflow {
	const workflow = loadExamples().get(name);
	if (!workflow) throw new Error(`No example ${name}.json in ${EXAMPLES_DIR}`);
	return workflow;
}

type Assignment = { id: string; name: string; value: unknown; type: string };

/** A copy of the workflow with values of its Settings node replaced (by assignment name). */
export function withSettings(workflow: N8nWorkflow, values: Record<string, unknown>): N8nWorkflow {
	const copy = structuredClone(workflow);
	const settings = copy.nodes.find((node) => node.name === SETTINGS_NODE);
	if (!settings) throw new Error(`${workflow.name} has no "${SETTINGS_NODE}" node`);
	const parameters = settings.parameters as { assignments: { assignments: Assignment[] } };
	const assignments = parameters.assignments.assignments;
	for (const [name, value] of Object.entries(values)) {
		const assignment = assignments.find((entry) => entry.name === name);
		if (!assignment) throw new Error(`${workflow.name}: Settings has no "${name}"`);
		assignment.value = value;
	}
	return copy;
}

/**
 * A copy whose Settings paths (assignments named `...Path`) point at the files shipped in
 * examples/, for running on this machine instead of n8n's default ~/.n8n-files folder.
 */
export function withLocalPaths(workflow: N8nWorkflow): N8nWorkflow {
	const settings = workflow.nodes.find((node) => node.name === SETTINGS_NODE);
	if (!settings) return workflow;
	const parameters = settings.parameters as { assignments: { assignments: Assignment[] } };
	const paths: Record<string, string> = {};
	for (const { name, value } of parameters.assignments.assignments) {
		if (name.endsWith('Path')) paths[name] = join(EXAMPLES_DIR, basename(String(value)));
	}
	return withSettings(workflow, paths);
}

/** The copy this repository runs: node types as loaded from dist/, paths into examples/. */
export function localCopy(workflow: N8nWorkflow): N8nWorkflow {
	const nodes = workflow.nodes.map((node) => {
		const type = String(node.type);
		if (!type.startsWith(PACKAGE_TYPE_PREFIX)) return node;
		return { ...node, type: CUSTOM_TYPE_PREFIX + type.slice(PACKAGE_TYPE_PREFIX.length) };
	});
	return withLocalPaths({ ...workflow, nodes });
}
