import { call, useSandbox } from './helpers';

describe('sandbox courses', () => {
	const sandbox = useSandbox();

	it('lists the managed catalog and the tenant courses only', async () => {
		const sb = sandbox();
		const all = (await call(sb, 'GET', '/courses')).body.data;
		expect(all.map((c: { name: string }) => c.name)).toEqual([
			'Security Awareness Essentials',
			'Phishing Fundamentals',
			'Password Hygiene',
			'Social Engineering Defence',
			'Safe Remote Working',
			'Data Protection and Privacy',
			'Incident Reporting',
			'Cyber Security Gap Analysis',
			'Acme Secure Coding',
			'Acme Finance Controls Gap Analysis',
		]);
		const other = (await call(sb, 'GET', '/courses', { key: sb.keys.other })).body.data;
		expect(other.map((c: { name: string }) => c.name)).toContain(
			'Umbrella Lab Safety and Security',
		);
		expect(other.map((c: { name: string }) => c.name)).not.toContain('Acme Secure Coding');
	});

	it.each([
		['type=training', 7 + 1],
		['type=gap_analysis', 2],
		['source=managed', 8],
		['source=custom', 2],
		['type=gap_analysis&source=custom', 1],
		['excludeGapAnalysis=true', 8],
		['excludeGapAnalysis=false', 10],
		['type=all&source=all', 10],
	])('filters %s', async (query, count) => {
		const sb = sandbox();
		const res = await call(sb, 'GET', `/courses?${query}`);
		expect(res.body.data).toHaveLength(count);
	});

	it.each([
		['type=video', 'type must be one of all, training, gap_analysis'],
		['source=mine', 'source must be one of all, managed, custom'],
		['excludeGapAnalysis=yes', 'excludeGapAnalysis must be true or false'],
	])('rejects %s', async (query, message) => {
		const res = await call(sandbox(), 'GET', `/courses?${query}`);
		expect(res.status).toBe(400);
		expect(res.body.error).toEqual({ code: 'validation_error', message });
	});

	it('gets a course and answers 404 for another tenant course', async () => {
		const sb = sandbox();
		const own = sb.control
			.courses(sb.companies.tenant)
			.find((c) => c.name === 'Acme Secure Coding')!;
		const res = await call(sb, 'GET', `/courses/${own.id}`);
		expect(res.body.data).toEqual({
			id: own.id,
			name: 'Acme Secure Coding',
			displayName: 'Acme Secure Coding',
			difficulty: 2,
			subject: 'Company Policy',
			source: 'custom',
			type: 'training',
			description: 'Acme Secure Coding, created for Acme Security.',
			durationMinutes: 20,
			locales: ['en'],
			createdAt: '2025-08-19T09:00:00.000Z',
		});
		expect((await call(sb, 'GET', `/courses/${own.id}`, { key: sb.keys.other })).status).toBe(404);
	});

	it('enrols per learner and course, reporting unknown IDs and inactive learners', async () => {
		const sb = sandbox();
		const learners = sb.control.learners(sb.companies.tenant);
		const active = learners.find((l) => !l.inactive)!;
		const inactive = learners.find((l) => l.inactive)!;
		const enrolled = sb.control
			.enrolments(sb.companies.tenant)
			.filter((e) => e.learnerId === active.id);
		const course = sb.control
			.courses(sb.companies.tenant)
			.find((c) => c.type === 'training' && !enrolled.some((e) => e.courseId === c.id))!;
		const otherCourse = sb.control.courses(sb.companies.other).find((c) => c.source === 'custom')!;
		const res = await call(sb, 'POST', '/course-enrollments', {
			body: {
				courseIds: [course.id, otherCourse.id],
				learnerIds: [active.id, inactive.id, 'learner_x'],
			},
		});
		expect(res.body.data).toEqual({
			success: true,
			completed: [{ learnerId: active.id, courseId: course.id }],
			failures: [
				{
					learnerId: inactive.id,
					courseId: course.id,
					code: 'learner_inactive',
					message: `learner '${inactive.id}' is inactive`,
				},
			],
			errors: [
				{
					id: 'learner_x',
					kind: 'learner',
					code: 'not_found',
					message: "learner 'learner_x' was not found",
				},
				{
					id: otherCourse.id,
					kind: 'course',
					code: 'not_found',
					message: `course '${otherCourse.id}' was not found`,
				},
			],
		});
		const results = (await call(sb, 'GET', `/learners/${active.id}/course-results`)).body.data;
		expect(results).toContainEqual({
			learnerId: active.id,
			courseId: course.id,
			enrollDate: '2026-06-15',
			startDate: null,
			finishDate: null,
			score: null,
			grade: null,
			course: { id: course.id, name: course.name, difficulty: course.difficulty },
		});
	});

	it('reminds enrolled learners and reports the others as failures', async () => {
		const sb = sandbox();
		const enrolments = sb.control.enrolments(sb.companies.tenant);
		const open = enrolments.find((e) => !e.finishDate)!;
		const done = enrolments.find((e) => e.finishDate && e.courseId === open.courseId)!;
		const res = await call(sb, 'POST', '/course-reminders', {
			body: { courseIds: [open.courseId], learnerIds: [open.learnerId, done.learnerId] },
		});
		expect(res.body.data.completed).toEqual([
			{ learnerId: open.learnerId, courseId: open.courseId },
		]);
		expect(res.body.data.failures).toEqual([
			{
				learnerId: done.learnerId,
				courseId: open.courseId,
				code: 'already_completed',
				message: `learner '${done.learnerId}' already finished '${open.courseId}'`,
			},
		]);
		const reminded = sb.control
			.enrolments(sb.companies.tenant)
			.find((e) => e.learnerId === open.learnerId && e.courseId === open.courseId);
		expect(reminded?.reminderCount).toBe(1);
		const none = await call(sb, 'POST', '/course-reminders', {
			body: { courseIds: ['course_x'], learnerIds: ['y'] },
		});
		expect(none.body.data.success).toBe(false);
	});

	it('unenrols, and rejects unknown IDs with 404', async () => {
		const sb = sandbox();
		const e = sb.control.enrolments(sb.companies.tenant)[0];
		const res = await call(sb, 'POST', '/course-unenrollments', {
			body: { courseIds: [e.courseId], learnerIds: [e.learnerId] },
		});
		expect(res.body).toEqual({ data: {} });
		expect(
			sb.control
				.enrolments(sb.companies.tenant)
				.some((x) => x.learnerId === e.learnerId && x.courseId === e.courseId),
		).toBe(false);
		const bad = await call(sb, 'POST', '/course-unenrollments', {
			body: { courseIds: ['c'], learnerIds: [e.learnerId] },
		});
		expect(bad.body.error).toEqual({ code: 'not_found', message: 'unknown course ID(s): c' });
	});

	it('acts on the gap-analysis course for gap-analysis enrol, remind and unenrol', async () => {
		const sb = sandbox();
		const gapId = sb.control.store.company(sb.companies.tenant).gapAnalysisCourseId;
		const learner = sb.control
			.learners(sb.companies.tenant)
			.find(
				(l) =>
					!l.inactive &&
					!sb.control
						.enrolments(sb.companies.tenant)
						.some((e) => e.learnerId === l.id && e.courseId === gapId),
			)!;
		const gap = () =>
			sb.control
				.enrolments(sb.companies.tenant)
				.find((e) => e.learnerId === learner.id && e.courseId === gapId);
		const body = { learnerIds: [learner.id] };
		expect((await call(sb, 'POST', '/gap-analysis/enrollments', { body })).body).toEqual({
			data: {},
		});
		expect(gap()).toMatchObject({ enrollDate: '2026-06-15T09:00:00.000Z', reminderCount: 0 });
		await call(sb, 'POST', '/gap-analysis/reminders', { body });
		expect(gap()?.reminderCount).toBe(1);
		const results = (await call(sb, 'GET', `/learners/${learner.id}/gap-analysis-results`)).body
			.data;
		expect(results).toHaveLength(1);
		expect(results[0].course.name).toBe('Cyber Security Gap Analysis');
		await call(sb, 'POST', '/gap-analysis/unenrollments', { body });
		expect(gap()).toBeUndefined();
		const unknown = await call(sb, 'POST', '/gap-analysis/enrollments', {
			body: { learnerIds: ['nope'] },
		});
		expect(unknown.status).toBe(404);
	});

	it('carries dates, score and grade on finished course results', async () => {
		const sb = sandbox();
		const gapId = sb.control.store.company(sb.companies.tenant).gapAnalysisCourseId;
		const finished = sb.control
			.enrolments(sb.companies.tenant)
			.find((e) => e.finishDate && e.score! >= 90 && e.courseId !== gapId)!;
		const results = (await call(sb, 'GET', `/learners/${finished.learnerId}/course-results`)).body
			.data;
		const row = results.find((r: { courseId: string }) => r.courseId === finished.courseId);
		expect(row).toMatchObject({
			enrollDate: finished.enrollDate.slice(0, 10),
			startDate: finished.startDate!.slice(0, 10),
			finishDate: finished.finishDate!.slice(0, 10),
			score: finished.score,
			grade: 'A',
		});
	});
});
