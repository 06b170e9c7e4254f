import { spawn } from 'child_process';
import { join } from 'path';

describe('sandbox CLI', () => {
	it('starts on the given port, prints URLs and keys, and stops on SIGTERM', async () => {
		const root = join(__dirname, '..', '..');
		const child = spawn(
			join(root, 'node_modules', '.bin', 'tsx'),
			['sandbox/cli.ts', '--port', '0', '--create-returns-record'],
			{
				cwd: root,
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		let output = '';
		const printed = new Promise<void>((resolve) => {
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				if (output.includes('Other tenant API key')) resolve();
			});
		});
		const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
		try {
			await printed;
			const baseUrl = /API: (http:\/\/127\.0\.0\.1:\d+\/v1)/.exec(output)?.[1];
			const tenantKey = /Tenant API key \(company_acme\): (\S+)/.exec(output)?.[1];
			expect(output).toMatch(/Sandbox controls: +http:\/\/127\.0\.0\.1:\d+\/__sandbox/);
			expect(output).toMatch(/MSP API key \(company_northwind\): +sm_test_northwind_/);
			const res = await fetch(`${baseUrl}/groups`, {
				method: 'POST',
				headers: { authorization: `Bearer ${tenantKey}`, 'content-type': 'application/json' },
				body: JSON.stringify({ name: 'CLI' }),
			});
			expect(((await res.json()) as { data: { name: string } }).data.name).toBe('CLI');
		} finally {
			child.kill('SIGTERM');
		}
		expect(await exited).toBe(0);
	});
});
