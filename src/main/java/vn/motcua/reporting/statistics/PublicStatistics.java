package vn.motcua.reporting.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.platform.time.BusinessZone;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ResolutionReports;

/**
 * The public statistics, counted by {@link ResolutionReports#provinceWide} and kept per node for a few
 * minutes ({@code motcua.reporting.public-cache}, default 5 minutes): anyone may ask, so a burst of
 * visitors costs one count per period and node. The key is the period's dates, so the current period
 * gets a new key each day; expired entries are dropped whenever a new one is stored.
 */
@Service
public class PublicStatistics {

    private record Entry(PublicFigures figures, Instant expires) {
    }

    private final ResolutionReports reports;
    private final BusinessZone zone;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    PublicStatistics(ResolutionReports reports, BusinessZone zone, Clock clock,
            @Value("${motcua.reporting.public-cache:PT5M}") Duration ttl) {
        this.reports = reports;
        this.zone = zone;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** Today in the business zone: what "current" and "future" mean. */
    public LocalDate today() {
        return zone.dateOf(clock.instant());
    }

    /** The figures of the period the query names (the current month by default). */
    public PublicFigures figures(StatisticsQuery query) {
        return figures(query.parse(today()));
    }

    PublicFigures figures(StatisticsPeriod period) {
        Instant now = clock.instant();
        String key = period.kind() + " " + period.from() + " " + period.to();
        Entry entry = cache.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.figures();
        }
        cache.values().removeIf(e -> !now.isBefore(e.expires()));
        // compute() holds the key while counting: simultaneous visitors wait for one count.
        return cache.compute(key, (k, old) -> old != null && now.isBefore(old.expires()) ? old
                : new Entry(PublicFigures.of(period, now,
                        reports.provinceWide(ReportPeriod.of(period.from(), period.to(), zone.zone()))),
                        now.plus(ttl))).figures();
    }
}
