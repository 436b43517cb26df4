package vn.motcua.organization.unit;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AdministrativeUnitRef;
import vn.motcua.organization.AdministrativeUnits;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.ProblemException;

/**
 * Administrative units over the API. Any logged-in caller may read; importing an official list
 * needs the ADMIN role for the whole province. The import answers an {@link ImportReport}:
 * {@code {"edition":"2025","added":{"PROVINCE":34,"DISTRICT":0,"COMMUNE":3321},"changed":{...},
 * "unchanged":{...},"notInFile":0}}.
 */
@RestController
@RequestMapping("/api/v1/admin-units")
class UnitApiController {

    private final UnitQueries queries;
    private final AdministrativeUnits units;
    private final UnitImporter importer;

    UnitApiController(UnitQueries queries, AdministrativeUnits units, UnitImporter importer) {
        this.queries = queries;
        this.units = units;
        this.importer = importer;
    }

    @GetMapping
    PageResult<AdministrativeUnitRef> search(Actor actor, @RequestParam(required = false) String edition,
            @RequestParam(required = false) AdministrativeLevel level, @RequestParam(required = false) String parent,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.search(new UnitQueries.Filter(edition, level, parent, q), PageRequest.of(page, size))
                .map(UnitListItem::unit);
    }

    @GetMapping("/{edition}/{code}")
    AdministrativeUnitRef one(Actor actor, @PathVariable String edition, @PathVariable String code) {
        return units.byCode(edition, code).orElseThrow(() -> ProblemException.notFound("unit.notFound", edition, code));
    }

    /** The official JSON file as the request body. */
    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportReport importBody(Actor actor, InputStream body) {
        requireImporter(actor);
        return importer.importFile(body, "API");
    }

    /** The official JSON file as the multipart part {@code file}. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importPart(Actor actor, @RequestPart("file") MultipartFile file) throws IOException {
        requireImporter(actor);
        try (InputStream in = file.getInputStream()) {
            return importer.importFile(in, file.getOriginalFilename());
        }
    }

    static void requireImporter(Actor actor) {
        if (!actor.scopeOf(Role.ADMIN).wholeProvince()) {
            throw ProblemException.forbidden("unit.import.forbidden");
        }
    }
}
