package vn.congressplanner.congress;

import java.time.LocalDate;

/**
 * The opening or closing date of a congress moved (rule D9 let it). Listeners see it once the
 * change is committed; relative deadlines (D13) will follow the dates through it.
 */
public record CongressDatesChanged(
    long congressId,
    LocalDate oldOpening,
    LocalDate oldClosing,
    LocalDate newOpening,
    LocalDate newClosing,
    String actor) {}
