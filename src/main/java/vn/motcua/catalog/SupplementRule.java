package vn.motcua.catalog;

/**
 * What a supplement asked during processing does to the time limit (REGULATIONS.md §5): {@code PAUSE}
 * stops the clock while the applicant supplies and moves the due instants later by the working time
 * waited; {@code RESTART} counts the whole time limit again from the day the complete dossier arrives.
 * The province sets one ({@code motcua.dossier.supplement-rule}); a procedure may override it.
 */
public enum SupplementRule { PAUSE, RESTART }
