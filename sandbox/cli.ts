import { startSandbox } from './index';

function argValue(args: string[], name: string): string | undefined {
	const index = args.indexOf(name);
	return index === -1 ? undefined : args[index + 1];
}

async function main() {
	const args = process.argv.slice(2);
	const port = Number(argValue(args, '--port') ?? 4010);
	const latencyMs = Number(argValue(args, '--latency') ?? 0);
	if (!Number.isInteger(port) || port < 0 || !Number.isFinite(latencyMs)) {
		console.error(
			'usage: npm run sandbox -- [--port 4010] [--create-returns-record] [--latency <ms>]',
		);
		process.exit(2);
	}
	const sandbox = await startSandbox({
		port,
		latencyMs,
		createReturnsRecord: args.includes('--create-returns-record'),
	});
	console.log(`SiberMate sandbox API: ${sandbox.baseUrl}`);
	console.log(`Sandbox controls:     ${sandbox.controlUrl}`);
	console.log(`Tenant API key (${sandbox.companies.tenant}): ${sandbox.keys.tenant}`);
	console.log(`MSP API key (${sandbox.companies.msp}):    ${sandbox.keys.msp}`);
	console.log(`Other tenant API key (${sandbox.companies.other}): ${sandbox.keys.other}`);

	const stop = () => {
		sandbox.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
