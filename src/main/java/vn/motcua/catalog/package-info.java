/**
 * Catalog: procedures (thủ tục hành chính), their fields, documents, fees, time limits and the
 * internal process agencies follow, published as immutable numbered versions; import and export
 * (JSON, the provincial Excel workbook, the national portal's {@code LayThuTuc} shape) and the
 * public catalog search.
 * <p>
 * Depends on: {@code platform}, {@code organization}. The API is the types in this package:
 * {@link vn.motcua.catalog.Catalog} answers which version of a procedure a dossier runs on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
        allowedDependencies = { "platform", "organization" })
package vn.motcua.catalog;
