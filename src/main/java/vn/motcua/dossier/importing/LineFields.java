package vn.motcua.dossier.importing;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.motcua.platform.text.CleanText;
import vn.motcua.platform.web.Validation;

/** Typed reads of one import line's fields, each adding its own problem under the field's name. */
final class LineFields {

    /** The instants a line may hold: from the year 1900 to the year 9999. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final JsonNode node;
    private final Validation v;
    private final Instant now;

    LineFields(JsonNode node, Validation v, Instant now) {
        this.node = node;
        this.v = v;
        this.now = now;
    }

    /** The trimmed text; null when absent, null or blank (a problem when required) or not a string. */
    String text(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isString() && value.asString().isBlank()) {
            v.check(!required, name, "problem.field.required");
            return null;
        }
        if (!value.isString()) {
            v.add(name, "dossier.import.notText");
            return null;
        }
        String text = value.asString().strip();
        String problem = CleanText.problem(text, false);
        if (problem != null) {
            v.add(name, problem);
            return null;
        }
        return CleanText.nfc(text);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type, Set<E> allowed, boolean required) {
        String text = text(name, required);
        E found = text == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(text) && allowed.contains(e)).findFirst().orElse(null);
        if (text != null && found == null) {
            v.add(name, "dossier.import.enum", String.join(", ", allowed.stream().map(Enum::name).toList()));
        }
        return found;
    }

    /** An ISO-8601 instant with its offset ({@code Z} or {@code +07:00}). */
    Instant instant(String name, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            v.add(name, "dossier.import.instant");
            return null;
        }
        // Beyond these years a timestamp column or a day number would not hold the instant as given.
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            v.add(name, "dossier.import.instantRange");
            return null;
        }
        return instant;
    }

    /** An instant that has already happened when the import runs. */
    Instant past(String name, boolean required) {
        Instant instant = instant(name, required);
        v.check(instant == null || !instant.isAfter(now), name, "dossier.import.future");
        return instant;
    }
}
