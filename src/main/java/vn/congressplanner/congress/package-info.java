/**
 * Congresses (Đại hội): name, term, level, venue and dates; which one is current; the phase of a
 * date. Other modules veto date changes through {@link
 * vn.congressplanner.congress.CongressDatesGuard}.
 */
package vn.congressplanner.congress;
