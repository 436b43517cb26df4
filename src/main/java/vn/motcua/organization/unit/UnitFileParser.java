package vn.motcua.organization.unit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AdministrativeUnitKind;
import vn.motcua.platform.text.CleanText;
import vn.motcua.platform.web.ProblemException;
import vn.motcua.platform.web.Validation;

/**
 * Reads an official list of administrative units, one province at a time (the files are a few MB;
 * a province's subtree is small), and checks every unit before anything is written. Problems are
 * reported per field with a JSON path such as {@code [3].District[2].Ward[5].FullName}.
 */
@Component
class UnitFileParser {

    /** Enough to fix a file in one go without flooding the caller when a whole file is wrong. */
    static final int MAX_PROBLEMS = 20;

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{3}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

    private final JsonMapper json;
    /** Reads one province at a time; what follows it in the array is not "trailing" here. */
    private final ObjectReader province;

    UnitFileParser(JsonMapper json) {
        this.json = json;
        this.province = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    UnitFile parse(InputStream in) {
        try (JsonParser parser = json.createParser(in)) {
            return parse(parser);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw ProblemException.invalid("file", "unit.import.malformed",
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
    }

    private UnitFile parse(JsonParser parser) {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw ProblemException.invalid("file", "unit.import.empty");
        }
        if (first != JsonToken.START_ARRAY) {
            throw ProblemException.invalid("file", "unit.import.unknownFormat");
        }
        Reading reading = new Reading();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String path = "[" + index++ + "]";
            if (token != JsonToken.START_OBJECT) {
                throw ProblemException.invalid(path, "unit.import.unknownFormat");
            }
            reading.province(province.readValue(parser), path);
        }
        if (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentLocation();
            throw ProblemException.invalid("file", "unit.import.malformed", at.getLineNr(), at.getColumnNr());
        }
        if (index == 0) {
            throw ProblemException.invalid("file", "unit.import.empty");
        }
        reading.problems.throwIfInvalid();
        return new UnitFile(reading.format, List.copyOf(reading.units));
    }

    /** The state of reading one file: its format (from the first province), units, codes seen, problems. */
    private static final class Reading {

        private final Validation problems = new Validation();
        private final List<ParsedUnit> units = new ArrayList<>();
        private final Set<String> codes = new HashSet<>();
        private UnitFileFormat format;

        void province(JsonNode node, String path) {
            UnitFileFormat detected = null;
            for (UnitFileFormat candidate : UnitFileFormat.values()) {
                if (node.has(candidate.childrenField())) {
                    detected = candidate;
                }
            }
            if (detected == null) {
                throw ProblemException.invalid(path, "unit.import.unknownFormat");
            }
            if (format != null && format != detected) {
                throw ProblemException.invalid(path, "unit.import.mixedFormat");
            }
            format = detected;
            String code = unit(node, path, AdministrativeLevel.PROVINCE, PROVINCE_CODE, null);
            if (format == UnitFileFormat.TWO_LEVEL) {
                children(node, path, format.childrenField(), AdministrativeLevel.COMMUNE, COMMUNE_CODE, code, false);
            } else {
                children(node, path, format.childrenField(), AdministrativeLevel.DISTRICT, DISTRICT_CODE, code, true);
            }
        }

        private void children(JsonNode parent, String parentPath, String field, AdministrativeLevel level,
                Pattern codePattern, String parentCode, boolean withWards) {
            JsonNode children = parent.get(field);
            if (children == null || children.isNull()) {
                return; // "Ward": null where the source lists no commune for a district
            }
            String path = parentPath + "." + field;
            if (!children.isArray()) {
                problem(path, "unit.import.notList");
                return;
            }
            int index = 0;
            for (JsonNode child : children.values()) {
                String childPath = path + "[" + index++ + "]";
                if (!child.isObject()) {
                    problem(childPath, "unit.import.notObject");
                    continue;
                }
                String code = unit(child, childPath, level, codePattern, parentCode);
                if (withWards) {
                    children(child, childPath, "Ward", AdministrativeLevel.COMMUNE, COMMUNE_CODE, code, false);
                }
            }
        }

        /** Checks and keeps one unit; answers its code (null when unusable) for its children. */
        private String unit(JsonNode node, String path, AdministrativeLevel level, Pattern codePattern,
                String parentCode) {
            String code = text(node, "Code");
            String name = text(node, "Name");
            String fullName = text(node, "FullName");
            boolean valid = true;
            if (code == null || !codePattern.matcher(code).matches()) {
                valid = problem(path + ".Code", code == null ? "problem.field.required" : "unit.import.code",
                        codePattern.pattern().replaceAll("\\D", ""));
            } else if (!codes.add(code)) {
                valid = problem(path + ".Code", "unit.import.duplicateCode", code);
            }
            if (name == null) {
                valid = problem(path + ".Name", "problem.field.required");
            } else if (!line(path + ".Name", name, 150)) {
                valid = false;
            }
            String nameEn = text(node, "NameEn");
            if (!line(path + ".NameEn", nameEn, 150) || !line(path + ".FullName", fullName, 200)) {
                valid = false;
            }
            AdministrativeUnitKind kind = AdministrativeUnitKind.of(level, fullName).orElse(null);
            if (kind == null) {
                valid = fullName == null ? problem(path + ".FullName", "problem.field.required")
                        : problem(path + ".FullName", "unit.import.unknownKind", fullName);
            }
            if (valid) {
                units.add(new ParsedUnit(code, name, nameEn, fullName, kind, parentCode));
            }
            return code;
        }

        private boolean problem(String field, String key, Object... args) {
            if (problems.problems().size() < MAX_PROBLEMS) {
                problems.add(field, key, args);
            }
            return false;
        }

        /** Whether the text (null: nothing to check) fits its column on one line ({@link CleanText}). */
        private boolean line(String field, String value, int max) {
            if (value == null) {
                return true;
            }
            if (value.length() > max) {
                return problem(field, "problem.field.tooLong", max);
            }
            String refused = CleanText.problem(value, false);
            return refused == null || problem(field, refused);
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isString()) {
                return null;
            }
            String text = value.stringValue().strip();
            return text.isEmpty() ? null : CleanText.nfc(text);
        }
    }
}
