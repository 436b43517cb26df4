package vn.motcua.catalog;

import java.time.Instant;

/** A line of a procedure's version history. */
public record VersionInfo(int version, Instant publishedAt, String publishedBy, String name) {
}
