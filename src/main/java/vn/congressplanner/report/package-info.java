/**
 * The quick report (báo cáo nhanh, SPEC §2.10): one read model of the congress's results, composed
 * from the dashboard, milestones, bulletins and budget, rendered as a printable page and as a PDF.
 */
package vn.congressplanner.report;
