package vn.motcua.dossier.counts;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

import vn.motcua.platform.time.BusinessZone;

/**
 * The migration that builds the day counts of existing dossiers needs the business zone's offset:
 * Flyway placeholder {@code ${zone_offset_seconds}}, from the configured zone ({@code motcua.zone}).
 */
@Component
class ZoneOffsetPlaceholder implements FlywayConfigurationCustomizer {

    private final BusinessZone zone;
    private final Clock clock;

    ZoneOffsetPlaceholder(BusinessZone zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put("zone_offset_seconds", Integer.toString(DayCountTables.offsetOf(zone, clock)));
        configuration.placeholders(placeholders);
    }
}
