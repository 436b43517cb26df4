package vn.motcua.calendar.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
 * Loads the decided days shipped with the application ({@code calendar/decided-days.json}) once, on
 * the first start of a database: later changes belong to the administrator, so a day they deleted
 * does not come back at the next restart. Claiming the {@code seeded} flag makes it run on one node.
 */
@Component
class DecidedDaySeeder {

    static final String RESOURCE = "calendar/decided-days.json";
    private static final Logger log = LoggerFactory.getLogger(DecidedDaySeeder.class);

    private final CalendarRevision revision;
    private final DecidedDayStore days;
    private final CalendarAdministration administration;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    DecidedDaySeeder(CalendarRevision revision, DecidedDayStore days, CalendarAdministration administration,
            TransactionTemplate transaction, JsonMapper json) {
        this.revision = revision;
        this.days = days;
        this.administration = administration;
        this.transaction = transaction;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        List<DecidedDayData> shipped = shipped(json);
        transaction.executeWithoutResult(status -> {
            if (!revision.claimSeeding()) {
                return;
            }
            // Keep what an administrator may already have entered for the same date.
            List<DecidedDayData> missing = shipped.stream().filter(d -> days.byDate(d.date()).isEmpty()).toList();
            if (!missing.isEmpty()) {
                administration.importDays(missing);
            }
            log.info("Loaded {} decided days from {}", missing.size(), RESOURCE);
        });
    }

    static List<DecidedDayData> shipped(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<DecidedDayData>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
