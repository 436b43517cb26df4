package vn.motcua.organization.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The official lists in {@code ../shared/data} (never copied into the project). */
final class OfficialFiles {

    static final Path DATA = Path.of("..", "shared", "data");
    static final Path FILE_2025 = DATA.resolve("vn-admin-units-2025.json");
    static final Path FILE_2024 = DATA.resolve("vn-admin-units-2024-3level.json");

    private OfficialFiles() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long count(JdbcClient jdbc, String edition, String level) {
        return jdbc.sql("select count(*) from administrative_unit where edition = :e and level = :l")
                .param("e", edition).param("l", level).query(Long.class).single();
    }

    /** Imports both lists unless a previous test (or run, on a reused database) already did. */
    static void ensureImported(UnitImporter importer, JdbcClient jdbc) {
        for (Path file : new Path[] { FILE_2025, FILE_2024 }) {
            String edition = file == FILE_2025 ? "2025" : "2024";
            long expected = file == FILE_2025 ? 3321 : 10035;
            if (count(jdbc, edition, "COMMUNE") < expected) {
                try (InputStream in = Files.newInputStream(file)) {
                    importer.importFile(in, file.getFileName().toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
