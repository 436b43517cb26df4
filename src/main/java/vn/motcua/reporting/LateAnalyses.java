package vn.motcua.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.StepPassage;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.AgencyRef;
import vn.motcua.platform.security.Actor;

/**
 * Where and why dossiers are late: the step passages left in the period by dossiers within the
 * actor's report scope ({@link Dossiers#stepPassages}), grouped per process step (procedure and step), per
 * procedure and per agency of the step, each group with its average and exact 90th percentile of
 * working time against the allotment, and sorted by the working time lost beyond the allotment.
 * <p>
 * Work: one read of the history of the dossiers with a hand-over in the period, O(events); memory
 * O(passages) for the exact percentiles (8 bytes each); the period is at most {@link Dashboards#MAX_DAYS}.
 * That read takes seconds at provincial scale, so each node keeps an analysis for a few minutes
 * ({@code motcua.reporting.late-analysis-cache}, 5 minutes; 0 = none), keyed by what it depends on
 * only: the agencies of the scope (the actor's reach narrowed to the chosen agency) and the period.
 * The analysis says when it was computed ({@link LateAnalysis#computedAt}); the page shows it.
 */
@Service
@Transactional(readOnly = true)
public class LateAnalyses {

    /** One group. Hours are working hours with two decimals; {@code ratio} is average / allotment. */
    public record Group(String procedureCode, String procedureName, Integer stepIndex, String stepName,
            String agencyCode, String agencyName, long passages, BigDecimal averageHours, BigDecimal p90Hours,
            BigDecimal allottedHours, BigDecimal ratio, long latePassages, long lateDossiers, BigDecimal lostHours) {
    }

    public record LateAnalysis(LocalDate from, LocalDate to, long passages, List<Group> steps,
            List<Group> procedures, List<Group> agencies, Instant computedAt) {
    }

    /** What an analysis depends on: the scope's agencies (null = the whole province) and the period. */
    private record CacheKey(Set<Long> agencies, LocalDate from, LocalDate to) {
    }

    private record Key(String procedureCode, String procedureName, Integer stepIndex, String stepName,
            Long agencyId) {
    }

    private final Dossiers dossiers;
    private final ReportScope scope;
    private final Agencies agencies;
    private final Clock clock;
    private final Cache<CacheKey, LateAnalysis> cache;

    LateAnalyses(Dossiers dossiers, ReportScope scope, Agencies agencies, Clock clock,
            @Value("${motcua.reporting.late-analysis-cache:PT5M}") Duration keep) {
        this.dossiers = dossiers;
        this.scope = scope;
        this.agencies = agencies;
        this.clock = clock;
        this.cache = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(keep.isZero() ? 0 : 200).build();
    }

    /** The analysis of the period within the actor's scope ({@code agency}'s subtree when given), maybe cached. */
    public LateAnalysis of(Actor actor, ReportPeriod period, String agency) {
        Set<Long> within = scope.agencies(actor, agency);
        return cache.get(new CacheKey(within == null ? null : Set.copyOf(within), period.from(), period.to()),
                k -> compute(period, within));
    }

    private LateAnalysis compute(ReportPeriod period, Set<Long> within) {
        Instant computedAt = clock.instant();
        Map<Key, StepStats> steps = new LinkedHashMap<>();
        Map<Key, StepStats> procedures = new LinkedHashMap<>();
        Map<Key, StepStats> byAgency = new LinkedHashMap<>();
        long[] total = new long[1];
        dossiers.stepPassages(period.start(), period.end(), within, p -> {
            total[0]++;
            add(steps, new Key(p.procedureCode(), p.procedureName(), p.stepIndex(), p.stepName(), null), p);
            add(procedures, new Key(p.procedureCode(), p.procedureName(), null, null, null), p);
            add(byAgency, new Key(null, null, null, null, p.stepAgencyId()), p);
        });
        return new LateAnalysis(period.from(), period.to(), total[0], groups(steps), groups(procedures),
                groups(byAgency), computedAt);
    }

    private static void add(Map<Key, StepStats> groups, Key key, StepPassage p) {
        groups.computeIfAbsent(key, k -> new StepStats()).add(p);
    }

    /** Most working time lost first, then most late passages, then by name. */
    private List<Group> groups(Map<Key, StepStats> stats) {
        Map<Long, AgencyRef> names = new HashMap<>();
        Function<Long, AgencyRef> agency = id -> id == null ? null
                : names.computeIfAbsent(id, i -> agencies.byId(i).orElse(null));
        return stats.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Key, StepStats> e) -> -e.getValue().lostSeconds())
                        .thenComparingLong(e -> -e.getValue().latePassages())
                        .thenComparing(e -> String.valueOf(e.getKey().procedureCode()))
                        .thenComparing(e -> e.getKey().stepIndex() == null ? -1 : e.getKey().stepIndex())
                        .thenComparing(e -> String.valueOf(e.getKey().agencyId())))
                .map(e -> group(e.getKey(), e.getValue(), agency.apply(e.getKey().agencyId())))
                .toList();
    }

    private static Group group(Key k, StepStats s, AgencyRef agency) {
        return new Group(k.procedureCode(), k.procedureName(), k.stepIndex(), k.stepName(),
                agency == null ? null : agency.code(), agency == null ? null : agency.name(), s.passages(),
                s.averageHours(), s.p90Hours(), s.allottedHours(), s.ratio(), s.latePassages(), s.lateDossiers(),
                s.lostHours());
    }
}
