package vn.motcua.dossier.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/** Lines of the import format for tests: a complete valid line to start from, changed field by field. */
public final class ImportLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImportLines() {
    }

    /** A dossier received on 5 Jan 2022 and resolved (approved) and returned on time, as the example. */
    public static Map<String, Object> returned(String code, String procedure, String agency) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", code);
        line.put("procedureCode", procedure);
        line.put("agencyCode", agency);
        line.put("receivingAgencyCode", agency);
        line.put("channel", "ONLINE");
        line.put("applicantName", "Nguyễn Văn A");
        line.put("applicantIdNumber", "017090001234");
        line.put("applicantPhone", "0912345678");
        line.put("receivedAt", "2022-01-05T02:13:00Z");
        line.put("dueAt", "2022-01-12T10:00:00Z");
        line.put("status", "RETURNED");
        line.put("finishedAt", "2022-01-10T08:00:00Z");
        line.put("result", "APPROVED");
        line.put("returnedAt", "2022-01-11T03:00:00Z");
        return line;
    }

    /** The same dossier still being processed (no finish, result or return). */
    public static Map<String, Object> processing(String code, String procedure, String agency) {
        Map<String, Object> line = returned(code, procedure, agency);
        line.put("status", "PROCESSING");
        line.remove("finishedAt");
        line.remove("result");
        line.remove("returnedAt");
        return line;
    }

    public static Map<String, Object> with(Map<String, Object> line, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(line);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    public static String json(Map<String, Object> line) {
        return JSON.writeValueAsString(line);
    }

    /** The NDJSON body of these lines. */
    public static String ndjson(List<Map<String, Object>> lines) {
        return lines.stream().map(ImportLines::json).collect(Collectors.joining("\n", "", "\n"));
    }
}
