package vn.motcua.catalog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.VersionInfo;
import vn.motcua.catalog.importing.CatalogExporter;
import vn.motcua.catalog.importing.CatalogImporter;
import vn.motcua.catalog.importing.ImportProgress;
import vn.motcua.catalog.importing.ImportReport;
import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.catalog.procedure.ProcedureValidator;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;

/** Changing the catalog and reading its internals (versions, processes): administrators only. */
@RestController
class CatalogAdminApiController {

    private final CatalogImporter importer;
    private final CatalogExporter exporter;
    private final ProcedurePublisher publisher;
    private final Catalog catalog;
    private final CatalogPermissions permissions;

    CatalogAdminApiController(CatalogImporter importer, CatalogExporter exporter, ProcedurePublisher publisher,
            Catalog catalog, CatalogPermissions permissions) {
        this.permissions = permissions;
        this.importer = importer;
        this.exporter = exporter;
        this.publisher = publisher;
        this.catalog = catalog;
    }

    /** A JSON array of procedures (or the {@code {fields, procedures}} document, or LayThuTuc items). */
    @PostMapping(path = "/api/v1/procedures/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportReport importJson(Actor actor, @RequestBody byte[] body) {
        CatalogPermissions.requireProvinceAdmin(actor);
        return importer.importFile(body, ImportProgress.NONE);
    }

    /** A JSON file or an Excel workbook as a multipart upload ({@code file}). */
    @PostMapping(path = "/api/v1/catalog/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importFile(Actor actor, @RequestPart("file") MultipartFile file) throws IOException {
        CatalogPermissions.requireProvinceAdmin(actor);
        return importer.importFile(file.getBytes(), ImportProgress.NONE);
    }

    @GetMapping("/api/v1/catalog/export")
    ResponseEntity<byte[]> export(Actor actor, @RequestParam(defaultValue = "json") String format) {
        CatalogPermissions.requireProvinceAdmin(actor);
        CatalogExporter.Format f = switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> CatalogExporter.Format.JSON;
            case "xlsx" -> CatalogExporter.Format.XLSX;
            default -> throw ProblemException.invalid("format", "catalog.export.format");
        };
        return exportResponse(exporter, f);
    }

    @PutMapping("/api/v1/catalog/procedures/{code}")
    ProcedurePublisher.Outcome save(Actor actor, @PathVariable String code, @RequestBody ProcedureDefinition body) {
        requireAdmin(actor);
        if (body.code() != null && !body.code().equals(code)) {
            throw ProblemException.invalid("code", "catalog.code.mismatch");
        }
        ProcedureDefinition p = new ProcedureDefinition(code, body.name(), body.field(), body.levels(), body.agency(),
                body.chain(), body.timeLimit(), body.fees(), body.documents(), body.result(), body.onlineLevel(),
                body.onTheSpot(), body.applicants(), body.anyResidence(), body.legalBasis(), body.applicantSteps(),
                body.process(), body.processOverrides(), body.supplementRule(), body.active());
        permissions.requireCanEdit(actor, p);
        try {
            return publisher.save(p);
        } catch (DataIntegrityViolationException e) {
            // Two administrators creating the same code at once: the second is told to reload.
            throw ProblemException.concurrentChange();
        }
    }

    @PostMapping("/api/v1/catalog/procedures/{code}/activation")
    void activation(Actor actor, @PathVariable String code, @RequestParam boolean active) {
        permissions.requireCanEdit(actor, code);
        publisher.setActive(code, active);
    }

    @GetMapping("/api/v1/catalog/procedures/{code}/versions")
    List<VersionInfo> versions(Actor actor, @PathVariable String code) {
        requireAdmin(actor);
        return catalog.history(code);
    }

    @GetMapping("/api/v1/catalog/procedures/{code}/versions/{version}")
    ProcedureVersion version(Actor actor, @PathVariable String code, @PathVariable int version) {
        requireAdmin(actor);
        return catalog.version(code, version)
                .orElseThrow(() -> ProblemException.notFound("catalog.version.notFound", code, version));
    }

    @PutMapping("/api/v1/catalog/fields/{code}")
    Field saveField(Actor actor, @PathVariable String code, @RequestBody Field body) {
        CatalogPermissions.requireProvinceAdmin(actor);
        Field field = new Field(code, body.name());
        ProcedureValidator.validate(field, "").throwIfInvalid();
        publisher.saveFields(List.of(field));
        return field;
    }

    /** Buffered rather than streamed: the export reads in a transaction, and a whole province is a few MB. */
    private static byte[] bytes(CatalogExporter exporter, CatalogExporter.Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(f, out);
        return out.toByteArray();
    }

    private static void requireAdmin(Actor actor) {
        CatalogPermissions.requireAdmin(actor);
    }

    static ResponseEntity<byte[]> exportResponse(CatalogExporter exporter, CatalogExporter.Format f) {
        boolean xlsx = f == CatalogExporter.Format.XLSX;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"danh-muc-thu-tuc." + (xlsx ? "xlsx" : "json") + "\"")
                .contentType(xlsx ? MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") : MediaType.APPLICATION_JSON)
                .body(bytes(exporter, f));
    }
}
