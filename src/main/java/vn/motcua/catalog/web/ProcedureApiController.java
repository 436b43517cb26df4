package vn.motcua.catalog.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.search.ProcedureQuery;
import vn.motcua.catalog.search.ProcedureSearch;
import vn.motcua.catalog.search.ProcedureSummary;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.Agencies;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.platform.web.ProblemException;

/** The public catalog: search and read active procedures without logging in. */
@RestController
class ProcedureApiController {

    private final ProcedureSearch search;
    private final Catalog catalog;
    private final Agencies agencies;

    ProcedureApiController(ProcedureSearch search, Catalog catalog, Agencies agencies) {
        this.search = search;
        this.catalog = catalog;
        this.agencies = agencies;
    }

    @GetMapping("/api/v1/procedures")
    PageResult<ProcedureSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String field, @RequestParam(required = false) AdministrativeLevel level,
            @RequestParam(required = false) String agency, @RequestParam(required = false) OnlineLevel onlineLevel,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return search.search(new ProcedureQuery(q, field, level, agency, onlineLevel, true), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/procedures/{code}")
    ProcedureDetail detail(@PathVariable String code) {
        ProcedureVersion current = catalog.current(code).filter(v -> v.content().isActive())
                .orElseThrow(() -> ProblemException.notFound("catalog.procedure.notFound", code));
        return detail(current);
    }

    @GetMapping("/api/v1/fields")
    List<Field> fields() {
        return catalog.fields();
    }

    private ProcedureDetail detail(ProcedureVersion version) {
        ProcedureDefinition p = version.content();
        Field field = catalog.fields().stream().filter(f -> f.code().equals(p.field())).findFirst()
                .orElse(new Field(p.field(), p.field()));
        long totalFees = p.fees().stream().mapToLong(f -> f.amount() == null ? 0 : f.amount()).sum();
        return new ProcedureDetail(p.code(), version.version(), p.name(), field, p.levels(),
                p.resolvingAgency().map(this::agency).orElse(null), p.agency() == null,
                p.chain().stream().map(this::agency).toList(), p.timeLimit(), p.documents(), p.fees(), totalFees,
                p.result(), p.onlineLevel(), p.onTheSpot(), p.applicants(), p.anyResidence(), p.legalBasis(),
                p.applicantSteps());
    }

    private ProcedureDetail.AgencyInfo agency(String code) {
        return new ProcedureDetail.AgencyInfo(code, agencies.byCode(code).map(a -> a.name()).orElse(code));
    }
}
