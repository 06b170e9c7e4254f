import { learnerPairsFields } from './learnerPairs';

export const sendReminderFields = learnerPairsFields('sendReminder', {
	policies: 'The assigned policies to remind about',
	learners: 'The learners to remind (those who already signed are reported as failures)',
});
