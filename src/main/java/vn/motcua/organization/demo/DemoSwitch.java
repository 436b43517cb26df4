package vn.motcua.organization.demo;

import java.util.Locale;

/**
 * Whether to load the demo province: {@code auto} (the default) loads it on the embedded H2 database
 * only, so a fresh download shows something while a production PostgreSQL stays clean unless asked.
 */
record DemoSwitch(String setting, String jdbcUrl) {

    boolean enabled() {
        String value = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
        };
    }
}
