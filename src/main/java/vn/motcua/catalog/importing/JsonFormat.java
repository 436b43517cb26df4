package vn.motcua.catalog.importing;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.motcua.catalog.Field;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.web.ProblemException;

/**
 * The JSON catalog format (docs/catalog-format.md): either an object with {@code fields} and {@code procedures}
 * or a bare array of procedures. Items in the national portal's {@code LayThuTuc} shape (upper-case
 * keys, {@code MATTHC}) are recognised and converted. Each item is read on its own so that one
 * malformed item is reported and the others still import.
 */
@Component
class JsonFormat {

    static final String FORMAT = "motcua-catalog/1";

    private final JsonMapper json;
    private final Messages messages;
    private final NationalPortalFormat national;

    JsonFormat(JsonMapper json, Messages messages, NationalPortalFormat national) {
        this.json = json;
        this.messages = messages;
        this.national = national;
    }

    CatalogFile read(byte[] content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JacksonException e) {
            throw ProblemException.badRequest("problem.unreadable");
        }
        JsonNode items = root.isArray() ? root : root.path("procedures");
        if (!items.isArray()) {
            throw ProblemException.badRequest("catalog.import.noProcedures");
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode f : root.path("fields")) {
            Field field = new Field(f.path("code").asString(null), f.path("name").asString(null));
            if (field.code() != null && field.name() != null) {
                fields.put(field.code(), field);
            }
        }
        List<CatalogFile.Item> procedures = new ArrayList<>();
        List<RowError> unreadable = new ArrayList<>();
        int row = 0;
        for (JsonNode item : items) {
            row++;
            try {
                if (item.has("MATTHC")) {
                    NationalPortalFormat.Converted converted = national.convert(item);
                    converted.field().ifPresent(f -> fields.putIfAbsent(f.code(), f));
                    procedures.add(new CatalogFile.Item(row, converted.procedure()));
                } else {
                    procedures.add(new CatalogFile.Item(row, json.treeToValue(item, ProcedureDefinition.class)));
                }
            } catch (DatabindException e) {
                unreadable.add(new RowError(row, item.path("code").asString(null), path(e),
                        messages.text("problem.field.format")));
            } catch (JacksonException | IllegalArgumentException e) {
                unreadable.add(new RowError(row, item.path("code").asString(null), null,
                        messages.text("problem.field.format")));
            }
        }
        return new CatalogFile(List.copyOf(fields.values()), procedures, unreadable);
    }

    void write(List<Field> fields, List<ProcedureDefinition> procedures, OutputStream out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("fields", fields);
        document.put("procedures", procedures);
        json.writerWithDefaultPrettyPrinter().writeValue(out, document);
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
