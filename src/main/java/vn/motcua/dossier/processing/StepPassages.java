package vn.motcua.dossier.processing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.StepPassage;
import vn.motcua.dossier.Timeliness;
import vn.motcua.platform.time.BusinessZone;

/**
 * The passages of dossiers through the steps of their process, read from the history, for the
 * analysis of where time is lost. A passage of a step begins with the event that entered it and ends
 * with the hand-over that left it (the hand-overs of the {@link ControlSheets control sheet}); its
 * working time counts the office hours of the step agency's calendar, less the working time the
 * clock was stopped (supplement, pause, payment) inside it. Its allotment is measured the same way,
 * up to the step's due instant, so a passage is late exactly when the control sheet says so.
 */
@Component
class StepPassages {

    private final JdbcClient jdbc;
    private final ProcessPlans plans;
    private final WorkingCalendars calendars;
    private final BusinessZone zone;

    StepPassages(JdbcClient jdbc, ProcessPlans plans, WorkingCalendars calendars, BusinessZone zone) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.calendars = calendars;
        this.zone = zone;
    }

    /**
     * Calls {@code sink} with every passage left from {@code start} (inclusive) to {@code end} (exclusive)
     * by a dossier resolved by one of {@code resolvingAgencyIds} (null = all). Reads the history of those
     * dossiers up to {@code end} once, in order, one dossier at a time: memory stays at one dossier's events.
     */
    void leftBetween(Instant start, Instant end, Collection<Long> resolvingAgencyIds, Consumer<StepPassage> sink) {
        if (resolvingAgencyIds != null && resolvingAgencyIds.isEmpty()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("start", Timestamp.from(start));
        params.put("end", Timestamp.from(end));
        params.put("handOvers", ControlSheets.HAND_OVERS.stream().map(Enum::name).toList());
        String agencies = "";
        if (resolvingAgencyIds != null) {
            agencies = " and d.resolving_agency_id in (:agencies)";
            params.put("agencies", List.copyOf(resolvingAgencyIds));
        }
        Walk walk = new Walk(start, sink);
        jdbc.sql("""
                select e.dossier_id, e.occurred_at, e.action, e.actor_agency_id, e.from_step, e.to_step, e.step_due_at,
                    d.code, d.procedure_code, d.procedure_version, d.procedure_name, d.resolving_agency_id
                from dossier_event e join dossier d on d.id = e.dossier_id
                where e.dossier_id in (select x.dossier_id from dossier_event x
                        where x.occurred_at >= :start and x.occurred_at < :end and x.action in (:handOvers)
                          and x.from_step is not null)
                  and e.occurred_at < :end%s
                order by e.dossier_id, e.id
                """.formatted(agencies)).params(params).query(walk::row);
    }

    /** Follows each dossier's events in order, keeping the step it is in and the clock stops inside it. */
    private final class Walk {

        private final Instant start;
        private final Consumer<StepPassage> sink;
        private long dossier = -1;
        private Integer step;
        private Instant enteredAt;
        private Instant stoppedAt;
        private final List<Instant[]> stops = new ArrayList<>();

        Walk(Instant start, Consumer<StepPassage> sink) {
            this.start = start;
            this.sink = sink;
        }

        void row(ResultSet rs) throws SQLException {
            if (rs.getLong("dossier_id") != dossier) {
                dossier = rs.getLong("dossier_id");
                enter(null, null);
            }
            Instant at = rs.getTimestamp("occurred_at").toInstant();
            DossierAction action = DossierAction.valueOf(rs.getString("action"));
            Integer from = (Integer) rs.getObject("from_step", Integer.class);
            Integer to = (Integer) rs.getObject("to_step", Integer.class);
            Timestamp due = rs.getTimestamp("step_due_at");
            if (ControlSheets.HAND_OVERS.contains(action) && from != null && from.equals(step) && due != null
                    && !at.isBefore(start)) {
                sink.accept(passage(rs, from, at, due.toInstant()));
            }
            switch (action) {
                case REQUEST_SUPPLEMENT, PAUSE, REQUEST_PAYMENT -> stoppedAt = at;
                case SUPPLY, RESUME, RECORD_PAYMENT -> {
                    if (stoppedAt != null) {
                        stops.add(new Instant[] { stoppedAt, at });
                    }
                    stoppedAt = null;
                }
                default -> {
                }
            }
            if (to == null || !to.equals(from)) {
                enter(to, to == null ? null : at);
            }
        }

        private void enter(Integer index, Instant at) {
            step = index;
            enteredAt = at;
            stoppedAt = null;
            stops.clear();
        }

        private StepPassage passage(ResultSet rs, int index, Instant leftAt, Instant dueAt) throws SQLException {
            long resolving = rs.getLong("resolving_agency_id");
            Long actorAgency = (Long) rs.getObject("actor_agency_id", Long.class);
            long agency = actorAgency == null ? resolving : actorAgency;
            var calendar = calendars.forAgency(agency);
            Duration worked = calendar.workingTime(enteredAt, leftAt);
            Duration allotted = calendar.workingTime(enteredAt, dueAt);
            for (Instant[] stop : stops) {
                worked = worked.minus(calendar.workingTime(stop[0], stop[1]));
                allotted = allotted.minus(calendar.workingTime(stop[0], stop[1]));
            }
            String procedureCode = rs.getString("procedure_code");
            return new StepPassage(rs.getString("code"), procedureCode, rs.getString("procedure_name"), index,
                    stepName(procedureCode, rs.getInt("procedure_version"), resolving, index), agency, enteredAt,
                    leftAt, dueAt, worked, allotted, Timeliness.of(leftAt, dueAt, zone.zone()) == Timeliness.LATE);
        }
    }

    private String stepName(String procedureCode, int version, long resolvingAgencyId, int index) {
        try {
            List<ProcessStep> steps = plans.steps(plans.procedure(procedureCode, version), resolvingAgencyId);
            return index < steps.size() ? steps.get(index).name() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
