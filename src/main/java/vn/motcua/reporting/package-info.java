/**
 * Reporting: the standard resolution report (Biểu 06/VPCP/KSTT) by the definitions of DESIGN.md §5,
 * its drill-down to the dossiers behind each number, and its Excel export.
 * <p>
 * Depends on: {@code platform}, {@code organization}, {@code dossier} (its enums; the report reads the
 * {@code dossier} table with its own SQL — a documented departure, see docs/reporting.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.motcua.reporting;
