/**
 * Daily bulletins of the congress days (what happened in each session) and the media coverage
 * listed under them, with rule D12 and their history; read models for the bulletin pages and the
 * quick report.
 */
package vn.congressplanner.bulletin;
