import { recordLocator, sendFields, showFor, withDisplay } from '../../shared';

export const publishDraftSend = [
	sendFields([
		{ parameter: 'options.major', key: 'major', type: 'boolean' },
		{ parameter: 'options.resend', key: 'resend', type: 'boolean' },
	]),
];

export const publishDraftFields = withDisplay(showFor('policy', ['publishDraft']), [
	recordLocator('policy', { name: 'policyId', description: 'The policy whose draft to publish' }),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Major Change',
				name: 'major',
				type: 'boolean',
				default: false,
				description: 'Whether to publish the draft as a new major version instead of a minor one',
			},
			{
				displayName: 'Resend',
				name: 'resend',
				type: 'boolean',
				default: false,
				description: 'Whether to send the published version again to learners already assigned',
			},
		],
	},
]);
