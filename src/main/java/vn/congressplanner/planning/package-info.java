/**
 * Plan tools: importing tasks from an XLSX file through a stored preview (SPEC §2.12), judged row
 * by row by the task module's own rules and stored all or nothing on confirmation.
 */
package vn.congressplanner.planning;
