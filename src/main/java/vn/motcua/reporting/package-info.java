/**
 * Reporting: the standard resolution report (Biểu 06/VPCP/KSTT) by the definitions of DESIGN.md §5,
 * its drill-down to the dossiers behind each number, its Excel and PDF exports, and the public
 * statistics (the province's figures by agency, open without login).
 * <p>
 * Depends on: {@code platform}, {@code organization} (agencies, desks), {@code dossier} (its public API:
 * enums, {@code Dossiers}, {@code DayCounts}; the report reads the {@code dossier} table with its own SQL —
 * a documented departure, see docs/reporting.md), {@code forms} (its named interface {@code pdf}: the page layout and font).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = {
        "platform", "organization", "dossier", "forms :: pdf" })
package vn.motcua.reporting;
