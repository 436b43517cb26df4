package vn.motcua.dossier.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.DeadlineApproaching;
import vn.motcua.dossier.processing.DossierStore;
import vn.motcua.dossier.processing.TimeLeft;

/**
 * Watches the due instants of open dossiers and their steps. Every node runs it; a notice is
 * claimed by a conditional update of the dossier row, so exactly one node sends it, once per
 * dossier and step, with its event through the outbox in the same transaction. The claim does not
 * touch the row's version: an officer acting at the same moment is not disturbed.
 */
@Component
class DeadlineWatch {

    /** Candidates are read with a calendar-day margin, then judged in working time. */
    private static final Duration MARGIN = Duration.ofDays(5);

    private record Candidate(long id, String code, Integer stepIndex, Long stepAgencyId, Instant stepDue,
            Integer nearingSent, Integer overdueSent, long resolvingAgencyId, Instant due, boolean dossierNearingSent,
            boolean dossierOverdueSent) {
    }

    private final JdbcClient jdbc;
    private final DossierStore store;
    private final WorkingCalendars calendars;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    DeadlineWatch(JdbcClient jdbc, DossierStore store, WorkingCalendars calendars, ApplicationEventPublisher events, TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.calendars = calendars;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${motcua.dossier.deadline-watch.interval:PT1M}",
            initialDelayString = "${motcua.dossier.deadline-watch.initial-delay:PT1M}")
    void scheduled() {
        run();
    }

    /** One pass; returns how many notices this node sent. */
    int run() {
        Instant now = clock.instant();
        int sent = 0;
        for (Candidate c : candidates(now)) {
            sent += stepNotice(c, now) + dossierNotice(c, now);
        }
        return sent;
    }

    private List<Candidate> candidates(Instant now) {
        return jdbc.sql("""
                select id, code, step_index, step_agency_id, step_due_at, step_nearing_sent, step_overdue_sent,
                       resolving_agency_id, coalesce(appointment_at, due_at) as due, nearing_sent, overdue_sent
                from dossier
                where status = 'PROCESSING' and clock_stopped_at is null
                  and (step_due_at < :horizon or due_at < :horizon)
                """).param("horizon", Timestamp.from(now.plus(MARGIN)))
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                        (Long) rs.getObject(4, Long.class), instant(rs.getTimestamp(5)),
                        (Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class),
                        rs.getLong(8), instant(rs.getTimestamp(9)), rs.getBoolean(10), rs.getBoolean(11)))
                .list();
    }

    private int stepNotice(Candidate c, Instant now) {
        if (c.stepIndex() == null || c.stepDue() == null) {
            return 0;
        }
        DeadlineApproaching.Kind kind = kind(c.stepAgencyId(), c.stepDue(), now);
        if (kind == null || c.stepIndex().equals(kind == DeadlineApproaching.Kind.OVERDUE ? c.overdueSent()
                : c.nearingSent())) {
            return 0;
        }
        return claim(c, kind, c.stepIndex(), c.stepAgencyId(), c.stepDue(), now);
    }

    private int dossierNotice(Candidate c, Instant now) {
        if (c.due() == null) {
            return 0;
        }
        DeadlineApproaching.Kind kind = kind(c.resolvingAgencyId(), c.due(), now);
        boolean already = kind == DeadlineApproaching.Kind.OVERDUE ? c.dossierOverdueSent() : c.dossierNearingSent();
        if (kind == null || already) {
            return 0;
        }
        return claim(c, kind, null, c.resolvingAgencyId(), c.due(), now);
    }

    /** Claims the notice on the dossier row (one node wins) and publishes it in the same transaction. */
    private int claim(Candidate c, DeadlineApproaching.Kind kind, Integer step, Long agency, Instant due, Instant now) {
        Boolean sent = tx.execute(status -> {
            if (!store.claimNotice(c.id(), kind, step)) {
                return false;
            }
            events.publishEvent(new DeadlineApproaching(c.code(), kind, step, agency, due, now));
            return true;
        });
        return Boolean.TRUE.equals(sent) ? 1 : 0;
    }

    /** Overdue when the due instant has passed; nearing when one working day of the agency or less is left ({@link TimeLeft}). */
    private DeadlineApproaching.Kind kind(Long agencyId, Instant due, Instant now) {
        return switch (TimeLeft.of(calendars.forAgency(agencyId), now, due).level()) {
            case OVERDUE -> DeadlineApproaching.Kind.OVERDUE;
            case SOON -> DeadlineApproaching.Kind.NEARING_DUE;
            case OK -> null;
        };
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
