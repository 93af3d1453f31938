/**
 * The plan's timeline (SPEC §2.13): the task list's filter drawn as bars from start to deadline,
 * grouped by workstream or department, with milestones, the congress days and today marked.
 */
package vn.congressplanner.timeline;
