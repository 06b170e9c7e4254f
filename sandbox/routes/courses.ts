import { ApiError, notFound } from '../errors';
import { boolQuery, type Ctx, enumQuery, ids, type RouteTable } from '../server/context';
import { requireLearners } from '../state/learners';
import type { Course } from '../state/types';
import { courseListItem, courseView } from '../state/views';
import { pairAction } from './pairs';

function listCourses(ctx: Ctx) {
	const type = enumQuery(ctx, 'type', ['all', 'training', 'gap_analysis'] as const) ?? 'all';
	const source = enumQuery(ctx, 'source', ['all', 'managed', 'custom'] as const) ?? 'all';
	const excludeGapAnalysis = boolQuery(ctx, 'excludeGapAnalysis') ?? false;
	return ctx.store
		.visibleCourses(ctx.org.id)
		.filter((c) => type === 'all' || c.type === type)
		.filter((c) => source === 'all' || (source === 'managed') === (c.ownerCompanyId === null))
		.filter((c) => !excludeGapAnalysis || c.type !== 'gap_analysis')
		.map(courseListItem);
}

const key = (learnerId: string, courseId: string) => `${learnerId}|${courseId}`;

function courseAction(
	ctx: Ctx,
	apply: (learnerId: string, course: Course) => [string, string] | null,
) {
	return pairAction({
		kind: 'course',
		learnerIds: ids(ctx, 'learnerIds'),
		targetIds: ids(ctx, 'courseIds'),
		learnerExists: (id) => ctx.data.learners.has(id),
		findTarget: (id) => ctx.store.findCourse(ctx.org.id, id),
		apply,
	});
}

function enrol(ctx: Ctx, learnerId: string, courseId: string): [string, string] | null {
	if (ctx.data.learners.get(learnerId)?.inactive) {
		return ['learner_inactive', `learner '${learnerId}' is inactive`];
	}
	if (!ctx.data.enrolments.has(key(learnerId, courseId))) {
		ctx.data.enrolments.set(key(learnerId, courseId), {
			learnerId,
			courseId,
			enrollDate: ctx.store.now(),
			startDate: null,
			finishDate: null,
			score: null,
			reminderCount: 0,
			lastReminderAt: null,
		});
	}
	return null;
}

function remind(ctx: Ctx, learnerId: string, courseId: string): [string, string] | null {
	const enrolment = ctx.data.enrolments.get(key(learnerId, courseId));
	if (!enrolment)
		return ['not_enrolled', `learner '${learnerId}' is not enrolled in '${courseId}'`];
	if (enrolment.finishDate)
		return ['already_completed', `learner '${learnerId}' already finished '${courseId}'`];
	enrolment.reminderCount++;
	enrolment.lastReminderAt = ctx.store.now();
	return null;
}

function requireCourses(ctx: Ctx, courseIds: string[]) {
	const unknown = courseIds.filter((id) => !ctx.store.findCourse(ctx.org.id, id));
	if (unknown.length > 0)
		throw new ApiError('not_found', `unknown course ID(s): ${unknown.join(', ')}`);
}

function unenrol(ctx: Ctx, learnerIds: string[], courseIds: string[]) {
	requireLearners(ctx.data, learnerIds);
	requireCourses(ctx, courseIds);
	for (const learnerId of learnerIds) {
		for (const courseId of courseIds) ctx.data.enrolments.delete(key(learnerId, courseId));
	}
	return {};
}

/** Gap-analysis actions act on the company's gap-analysis course. */
function gapAction(action: 'enrol' | 'remind' | 'unenrol') {
	return (ctx: Ctx) => {
		const learnerIds = ids(ctx, 'learnerIds');
		const courseId = ctx.org.gapAnalysisCourseId;
		if (action === 'unenrol') return unenrol(ctx, learnerIds, [courseId]);
		requireLearners(ctx.data, learnerIds);
		for (const learnerId of learnerIds) {
			if (action === 'enrol') enrol(ctx, learnerId, courseId);
			else remind(ctx, learnerId, courseId);
		}
		return {};
	};
}

export const courseRoutes: RouteTable = {
	'GET /courses': listCourses,
	'GET /courses/{courseId}': (ctx: Ctx) => {
		const course = ctx.store.findCourse(ctx.org.id, ctx.params.courseId);
		if (!course) throw notFound('course', ctx.params.courseId);
		return courseView(course);
	},
	'POST /course-enrollments': (ctx: Ctx) => courseAction(ctx, (l, c) => enrol(ctx, l, c.id)),
	'POST /course-reminders': (ctx: Ctx) => courseAction(ctx, (l, c) => remind(ctx, l, c.id)),
	'POST /course-unenrollments': (ctx: Ctx) =>
		unenrol(ctx, ids(ctx, 'learnerIds'), ids(ctx, 'courseIds')),
	'POST /gap-analysis/enrollments': gapAction('enrol'),
	'POST /gap-analysis/reminders': gapAction('remind'),
	'POST /gap-analysis/unenrollments': gapAction('unenrol'),
};
