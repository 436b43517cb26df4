package vn.motcua.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.security.Actor;
import vn.motcua.platform.time.BusinessZone;
import vn.motcua.platform.web.PageRequest;
import vn.motcua.platform.web.PageResult;
import vn.motcua.reporting.DossierLine;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.ResolutionReports;

/** The resolution report as JSON, Excel and PDF, and the dossiers behind any of its numbers. */
@RestController
class ResolutionApiController {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResolutionReports reports;
    private final BusinessZone zone;
    private final ResolutionWorkbook workbook;
    private final ResolutionPdf pdf;

    ResolutionApiController(ResolutionReports reports, BusinessZone zone, ResolutionWorkbook workbook,
            ResolutionPdf pdf) {
        this.reports = reports;
        this.zone = zone;
        this.workbook = workbook;
        this.pdf = pdf;
    }

    @GetMapping("/api/v1/reports/resolution")
    ResolutionReport report(Actor actor, @ParameterObject @ModelAttribute ReportParams params) {
        ReportParams.Parsed p = params.parse(zone.zone());
        return reports.report(actor, p.period(), p.filter());
    }

    @GetMapping("/api/v1/reports/resolution/dossiers")
    PageResult<DossierLine> dossiers(Actor actor, @ParameterObject @ModelAttribute ReportParams params,
            @RequestParam(required = false) String row, @RequestParam(required = false) String cell,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ReportParams.WithCell p = params.parse(zone.zone(), cell == null ? "" : cell);
        return reports.dossiers(actor, p.parsed().period(), p.parsed().filter(), row, p.cell(),
                PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/reports/resolution.xlsx")
    ResponseEntity<byte[]> excel(Actor actor, @ParameterObject @ModelAttribute ReportParams params) throws IOException {
        ReportParams.Parsed p = params.parse(zone.zone());
        ResolutionReport report = reports.report(actor, p.period(), p.filter());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(report, out);
        return file(report, "xlsx", XLSX, out.toByteArray());
    }

    @GetMapping("/api/v1/reports/resolution.pdf")
    ResponseEntity<byte[]> pdf(Actor actor, @ParameterObject @ModelAttribute ReportParams params) {
        ReportParams.Parsed p = params.parse(zone.zone());
        ResolutionReport report = reports.report(actor, p.period(), p.filter());
        return file(report, "pdf", MediaType.APPLICATION_PDF, pdf.write(report, params));
    }

    private static ResponseEntity<byte[]> file(ResolutionReport report, String extension, MediaType type,
            byte[] body) {
        String name = "bao-cao-giai-quyet-%s-%s.%s".formatted(report.from(), report.to(), extension);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
