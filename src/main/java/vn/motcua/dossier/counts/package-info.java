/**
 * Day counts: per resolving agency, dossier level and local day, how many dossiers had each event
 * the resolution report counts — a read model of the dossier table that the dossier module keeps
 * exact in the same transaction as every write of a dossier row (docs/reporting.md, "Day counts").
 * The reporting module reads its tables; {@link vn.motcua.dossier.counts.DayCountLedger} is what a
 * writer of dossier rows calls.
 */
@org.springframework.modulith.NamedInterface("counts")
package vn.motcua.dossier.counts;
