package vn.motcua.dossier.importing;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.ProblemException;

/**
 * {@code POST /api/v1/dossiers/import}: dossiers of an earlier system as NDJSON (one JSON object per
 * line, UTF-8), for an administrator of the whole province. Answers the {@link ImportReport}.
 */
@RestController
class DossierImportApiController {

    static final String NDJSON = "application/x-ndjson";

    private final DossierImporter importer;

    DossierImportApiController(DossierImporter importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/dossiers/import", consumes = NDJSON)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "One dossier per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = "string")))
    ImportReport importLines(Actor actor, InputStream body) {
        requireImporter(actor);
        var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        return importer.importLines(reader, "API", actor.accountId(), actor.displayName(), 0, (done, total) -> { });
    }

    /** Dossiers of every agency are imported at once, so only a province-wide administrator may. */
    static void requireImporter(Actor actor) {
        if (!actor.scopeOf(Role.ADMIN).wholeProvince()) {
            throw ProblemException.forbidden("dossier.import.forbidden");
        }
    }
}
