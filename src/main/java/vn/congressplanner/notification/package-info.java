/**
 * Reminders and chasing (nhắc việc, đôn đốc): in-app notifications, e-mail through the configured
 * SMTP server, the daily reminder run, chases of a department about a task, the calendar feed.
 */
package vn.congressplanner.notification;
