package vn.motcua.calendar.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.calendar.config.CalendarAdministration;
import vn.motcua.calendar.config.DecidedDayData;
import vn.motcua.calendar.config.DecidedDayStore;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * JSON export and import of decided days from the page (the API's are for HTTP Basic and token
 * clients; the page works with the session). Same format as {@code /api/v1/calendar/decided-days/export}.
 */
@Controller
@RequestMapping("/staff/calendar")
class CalendarFilePageController {

    private final DecidedDayStore days;
    private final CalendarAdministration administration;
    private final JsonMapper json;

    CalendarFilePageController(DecidedDayStore days, CalendarAdministration administration, JsonMapper json) {
        this.days = days;
        this.administration = administration;
        this.json = json;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Actor actor, @RequestParam int year) {
        CalendarAdminApiController.requireAdmin(actor);
        Validation.requireYearInRange("year", year);
        List<DecidedDayData> data = days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(d -> new DecidedDayData(d.date(), d.kind(), d.name(), d.legalReference())).toList();
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decided-days-" + year + ".json\"")
                .body(body);
    }

    @PostMapping("/import")
    String importFile(Actor actor, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        CalendarAdminApiController.requireProvinceAdmin(actor);
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "problem.field.required");
        }
        List<DecidedDayData> data;
        try (InputStream in = file.getInputStream()) {
            data = json.readValue(in, new TypeReference<List<DecidedDayData>>() { });
        } catch (JacksonException e) {
            throw ProblemException.invalid("file", "calendar.file.unreadable");
        }
        int count = administration.importDays(data);
        return "redirect:/staff/calendar?year=" + (year == null ? "" : year) + "&imported=" + count;
    }
}
