import { PackageDirectoryLoader } from 'n8n-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[]; credentials: string[] };
};

const classNameOf = (distPath: string) => distPath.split('/').pop()!.split('.')[0];

describe('built package, loaded the way n8n loads it', () => {
	let loader: PackageDirectoryLoader;

	beforeAll(async () => {
		loader = new PackageDirectoryLoader(root);
		await loader.loadAll();
	});

	it('loads every node declared in package.json', () => {
		const loaded = Object.values(loader.nodeTypes).map(({ sourcePath }) => sourcePath);
		expect(loaded.sort()).toEqual([...manifest.n8n.nodes].sort());
		expect(loader.types.nodes.map((node) => node.name).sort()).toEqual(
			Object.keys(loader.nodeTypes).sort(),
		);
	});

	it('loads every credential declared in package.json', () => {
		const loaded = Object.values(loader.credentialTypes).map(({ sourcePath }) => sourcePath);
		expect(loaded.sort()).toEqual([...manifest.n8n.credentials].sort());
		expect(Object.keys(loader.credentialTypes)).toEqual(['sibermateApi']);
		expect(manifest.n8n.credentials.map(classNameOf)).toEqual(['SiberMateApi']);
	});

	it('serves icons that exist in dist for every node and credential', () => {
		const described = [
			...loader.types.nodes.map((node) => node.iconUrl),
			...loader.types.credentials.map((credential) => credential.iconUrl),
		];
		for (const iconUrl of described) {
			const urls = typeof iconUrl === 'string' ? [iconUrl] : [iconUrl!.light, iconUrl!.dark];
			for (const url of urls) {
				expect(url).toMatch(/^icons\/n8n-nodes-sibermate\/dist\/icons\/sibermate(\.dark)?\.svg$/);
				const file = resolve(root, url.replace('icons/n8n-nodes-sibermate/', ''));
				expect(readFileSync(file, 'utf8')).toContain('<svg');
			}
		}
	});
});
