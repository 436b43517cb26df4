/**
 * Day counts: per resolving agency, dossier level and local day, how many dossiers had each event
 * the resolution report counts — a read model of the dossier table that the dossier module keeps
 * exact in the same transaction as every write of a dossier row (docs/reporting.md, "Day counts").
 * Other modules read it through {@link vn.motcua.dossier.DayCounts}; the dossier store calls
 * {@link vn.motcua.dossier.counts.DayCountLedger} with each write. Only this package writes its tables.
 */
package vn.motcua.dossier.counts;
