package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each dossier table has one writer package: the SQL in the string literals and text blocks of every
 * {@code .java} file under {@code src/main/java} that writes a table ({@code insert into}, {@code update ... set},
 * {@code delete from}, {@code merge into}, {@code truncate}, in any case and across line breaks; literals
 * joined with {@code +} are read as one) may write {@code dossier}, {@code dossier_event} and
 * {@code dossier_document} only in {@code dossier/processing}, the day counts' tables only in
 * {@code dossier/counts}, and the code sequence only in {@code dossier/intake}. A table name built at run
 * time ({@code "update " + table + " set"}) is not seen.
 */
class DossierTablesWriterTest {

    static final Path ROOT = Path.of("src/main/java");

    /** Table → the only folder (under src/main/java) whose files may write it. */
    static final Map<String, String> HOMES = Map.of(
            "dossier", "vn/motcua/dossier/processing/",
            "dossier_event", "vn/motcua/dossier/processing/",
            "dossier_document", "vn/motcua/dossier/processing/",
            "dossier_request", "vn/motcua/dossier/processing/",
            "dossier_day_count", "vn/motcua/dossier/counts/",
            "dossier_day_delta", "vn/motcua/dossier/counts/",
            "dossier_span_count", "vn/motcua/dossier/counts/",
            "dossier_day_count_state", "vn/motcua/dossier/counts/",
            "dossier_code_sequence", "vn/motcua/dossier/intake/");

    private static final String NAME = "(?:[a-z_][a-z0-9_]*\\.)?\"?([a-z_][a-z0-9_]*)\"?";
    static final Pattern WRITE = Pattern.compile("\\b(?:insert\\s+into|delete\\s+from|merge\\s+into|truncate\\s+(?:table\\s+)?)\\s*"
            + NAME + "|\\bupdate\\s+" + NAME + "(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?\\s+set\\b",
            Pattern.CASE_INSENSITIVE);

    /** File (relative to src/main/java, with '/') → tables it writes. */
    static Map<String, Set<String>> writers;

    @BeforeAll
    static void scan() {
        writers = writersUnder(ROOT);
    }

    @Test
    void eachDossierTableIsWrittenOnlyByItsHomePackage() {
        List<String> wrong = new ArrayList<>();
        writers.forEach((file, tables) -> {
            for (String table : tables) {
                String home = HOMES.get(table);
                if (home != null && !file.startsWith(home)) {
                    wrong.add(ROOT.resolve(file) + " writes table " + table + ", which only " + ROOT.resolve(home)
                            + " may write");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyDossierTableWrittenHasAHome() {
        Set<String> unknown = new TreeSet<>();
        writers.values().forEach(tables -> tables.stream()
                .filter(t -> t.equals("dossier") || t.startsWith("dossier_"))
                .filter(t -> !HOMES.containsKey(t)).forEach(unknown::add));
        assertThat(unknown).as("dossier tables written without a home in this test: add them to HOMES").isEmpty();
    }

    @Test
    void theScanFindsTheKnownWriters() {
        assertThat(writers.get("vn/motcua/dossier/processing/DossierRows.java")).contains("dossier", "dossier_event");
        assertThat(writers.get("vn/motcua/dossier/processing/DossierStore.java"))
                .contains("dossier", "dossier_document", "dossier_request");
        assertThat(writers.get("vn/motcua/dossier/counts/DayCountMaintenance.java"))
                .contains("dossier_day_delta", "dossier_day_count", "dossier_span_count", "dossier_day_count_state");
        assertThat(writers.get("vn/motcua/dossier/counts/DayCountLedger.java")).contains("dossier_day_delta");
        assertThat(writers.get("vn/motcua/dossier/intake/DossierCodes.java")).contains("dossier_code_sequence");
        assertThat(writers.get("vn/motcua/identity/account/AccountStore.java")).contains("account", "account_role");
        assertThat(writers.get("vn/motcua/organization/agency/AgencyStore.java")).contains("agency");
        Set<String> all = new TreeSet<>();
        writers.values().forEach(all::addAll);
        assertThat(all).containsAll(HOMES.keySet());
    }

    @Test
    void theScanReadsSqlAcrossLineBreaksCasesAndConcatenationsButNotCommentsOrBuiltNames() {
        String source = """
                class X {
                    // update dossier set status = 'X'
                    /* delete from dossier_event */
                    char quote = '"';
                    String a = \"""
                            UPDATE
                                Dossier  d
                            SET status = ?
                            \""";
                    String b = "insert " + "into dossier_document (id) values (?)";
                    String c = "Delete\\nFrom public.dossier_day_delta where id = ?";
                    String d = "merge into \\"dossier_span_count\\" key (id) values (?)";
                    String e = "update " + table + " set x = 1";
                    String f = "select * from dossier for update";
                }
                """;
        assertThat(tablesWritten(source)).containsExactlyInAnyOrder("dossier", "dossier_document", "dossier_day_delta",
                "dossier_span_count");
    }

    // ---- The scan -----------------------------------------------------------------------------------

    static Map<String, Set<String>> writersUnder(Path root) {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                Set<String> tables = tablesWritten(read(p));
                if (!tables.isEmpty()) {
                    found.put(root.relativize(p).toString().replace('\\', '/'), tables);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(found).as("files under " + root.toAbsolutePath() + " that write tables").hasSizeGreaterThan(10);
        return found;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tables (lower case) that the SQL in the source's string literals writes. */
    static Set<String> tablesWritten(String source) {
        Set<String> tables = new TreeSet<>();
        for (String sql : literals(source)) {
            Matcher m = WRITE.matcher(sql);
            while (m.find()) {
                tables.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables;
    }

    /**
     * The string literals and text blocks of a Java source, unescaped, comments and char literals skipped;
     * literals joined only by {@code +} (and white space or comments) come out as one string.
     */
    static List<String> literals(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        StringBuilder between = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i++;
                while (i < n && s.charAt(i) != '\'') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                between.append('?');
            } else if (c == '"') {
                boolean block = s.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : "\"";
                i += close.length();
                StringBuilder literal = new StringBuilder();
                while (i < n && !s.startsWith(close, i)) {
                    char x = s.charAt(i);
                    if (x == '\\' && i + 1 < n) {
                        char e = s.charAt(i + 1);
                        literal.append(switch (e) {
                            case 'n', 't', 'r', 's', 'f' -> " ";
                            case '\n' -> "";
                            default -> String.valueOf(e);
                        });
                        i += 2;
                    } else {
                        literal.append(x);
                        i++;
                    }
                }
                i += close.length();
                if (current != null && between.toString().strip().equals("+")) {
                    current.append(literal);
                } else {
                    if (current != null) {
                        out.add(current.toString());
                    }
                    current = literal;
                }
                between.setLength(0);
            } else {
                between.append(c);
                i++;
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }
}
