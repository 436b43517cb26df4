package vn.motcua.calendar.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offers the decided days shipped with the application ({@code calendar/decided-days.json}) to the
 * database, each once: a shipped day is identified by its key (date and kind, {@link #key}); the keys
 * already offered are recorded ({@code calendar_shipped_day}), so a day added to the file in a later
 * release reaches an existing database at its next start, while a day an administrator deleted does
 * not come back. A shipped day whose date already holds a decided day is not loaded (the
 * administrator's entry stays) but counts as offered. The state row is locked for the transaction, so
 * with several nodes starting together one offers and the others find nothing new.
 */
@Component
class DecidedDaySeeder {

    static final String RESOURCE = "calendar/decided-days.json";
    private static final Logger log = LoggerFactory.getLogger(DecidedDaySeeder.class);

    private final CalendarRevision revision;
    private final DecidedDayStore days;
    private final ShippedDayStore shippedDays;
    private final CalendarAdministration administration;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    DecidedDaySeeder(CalendarRevision revision, DecidedDayStore days, ShippedDayStore shippedDays,
            CalendarAdministration administration, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.revision = revision;
        this.days = days;
        this.shippedDays = shippedDays;
        this.administration = administration;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        offer(shipped(json));
    }

    /** Offers the shipped days not offered before; returns how many were loaded. */
    int offer(List<DecidedDayData> shipped) {
        Integer loaded = transaction.execute(status -> {
            revision.lockSeeding();
            Set<String> offered = shippedDays.offered();
            Set<String> fresh = new LinkedHashSet<>();
            List<DecidedDayData> missing = new ArrayList<>();
            for (DecidedDayData day : shipped) {
                // A date that already holds a decided day keeps the administrator's entry.
                if (!offered.contains(key(day)) && fresh.add(key(day)) && days.byDate(day.date()).isEmpty()) {
                    missing.add(day);
                }
            }
            if (fresh.isEmpty()) {
                return 0;
            }
            if (!missing.isEmpty()) {
                administration.importDays(missing);
            }
            shippedDays.record(fresh, clock.instant());
            log.info("Offered {} new shipped decided days from {}, loaded {}", fresh.size(), RESOURCE, missing.size());
            return missing.size();
        });
        return loaded == null ? 0 : loaded;
    }

    /** The stable key of a shipped day: its date and kind, e.g. {@code 2026-08-31:DAY_OFF}. */
    static String key(DecidedDayData day) {
        return day.date() + ":" + day.kind();
    }

    static List<DecidedDayData> shipped(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<DecidedDayData>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
