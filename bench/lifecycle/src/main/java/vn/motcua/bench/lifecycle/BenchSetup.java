package vn.motcua.bench.lifecycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.catalog.DocumentRequirement;
import vn.motcua.catalog.Field;
import vn.motcua.catalog.OnTheSpot;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.procedure.ProcedurePublisher;
import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.AgencyRef;
import vn.motcua.organization.AgencyType;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.RoleAssignment;
import vn.motcua.organization.agency.AgencyCommand;
import vn.motcua.organization.agency.AgencyService;
import vn.motcua.organization.officer.OfficerCommand;
import vn.motcua.organization.officer.OfficerService;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.Role;

/**
 * The data a lifecycle needs, made through the application's own services as the bootstrap
 * administrator (so it passes the same validation as the admin pages), and reused when it exists:
 * one agency, one officer per role, one field and one procedure with a five-step process.
 * The actors are built by the same code as at login (the identity module's {@code ActorFactory}), so they hold
 * real account and officer ids.
 */
final class BenchSetup {

    static final String AGENCY = "BENCH-LC";
    static final String FIELD = "BENCH-LC";
    static final String PROCEDURE = "9.BENCH.LC";
    static final String PASSWORD = "Bench-Passw0rd-2026";

    /** The officers of one agency and the procedure that agency resolves. */
    record Actors(Actor reception, Actor specialist, Actor clerk, Actor leader, String procedure) {
    }

    private final ApplicationContext ctx;
    private final JdbcClient jdbc;
    private final Object accounts;
    private final Object actors;

    BenchSetup(ApplicationContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.getBean(JdbcClient.class);
        // The identity module's own account store and actor factory (as at login), reached reflectively:
        // they are internal to that module and the bench is no module.
        this.accounts = bean(ctx, "vn.motcua.identity.account.AccountStore");
        this.actors = bean(ctx, "vn.motcua.identity.account.ActorFactory");
    }

    /**
     * {@code count} agencies, each with its four officers and its own procedure (the first: agency
     * {@value #AGENCY}, procedure {@value #PROCEDURE}; the n-th adds {@code -n} / {@code .n}).
     */
    List<Actors> prepare(int count) {
        Actor admin = actor("admin");
        ctx.getBean(ProcedurePublisher.class).saveFields(List.of(new Field(FIELD, "Lĩnh vực đo tải")));
        List<Actors> result = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String suffix = i == 1 ? "" : "-" + i;
            String agencyCode = AGENCY + suffix;
            long agency = agency(admin, agencyCode, i);
            String procedure = PROCEDURE + (i == 1 ? "" : "." + i);
            procedure(procedure, agencyCode);
            result.add(new Actors(officer(admin, agency, "bench-reception" + suffix, "Cán bộ tiếp nhận", Role.RECEPTION),
                    officer(admin, agency, "bench-specialist" + suffix, "Chuyên viên thụ lý", Role.SPECIALIST),
                    officer(admin, agency, "bench-clerk" + suffix, "Chuyên viên kiểm tra", Role.CLERK),
                    officer(admin, agency, "bench-leader" + suffix, "Lãnh đạo Sở", Role.LEADER), procedure));
        }
        return result;
    }

    private long agency(Actor admin, String code, int n) {
        Agencies agencies = ctx.getBean(Agencies.class);
        Optional<AgencyRef> existing = agencies.byCode(code);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        return ctx.getBean(AgencyService.class).create(admin, new AgencyCommand(code,
                "Sở Đo tải số " + n + " (đo chu trình hồ sơ)", AgencyType.DEPARTMENT, AdministrativeLevel.PROVINCE,
                null, null, null)).id();
    }

    private Actor officer(Actor admin, long agency, String username, String name, Role role) {
        boolean exists = jdbc.sql("select count(*) from account where username = :u").param("u", username)
                .query(Integer.class).single() > 0;
        if (!exists) {
            ctx.getBean(OfficerService.class).create(admin, new OfficerCommand(name + " " + username, "Chuyên viên",
                    null, null, agency, null, List.of(), List.of(new RoleAssignment(role, agency)), username, PASSWORD,
                    null));
        }
        return actor(username);
    }

    private Actor actor(String username) {
        try {
            Object account = ((Optional<?>) method("AccountStore", "byUsername", String.class).invoke(accounts,
                    username)).orElseThrow();
            return (Actor) method("ActorFactory", "actorOf", account.getClass()).invoke(actors, account);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the actor of " + username, e);
        }
    }

    private static Object bean(ApplicationContext ctx, String className) {
        try {
            return ctx.getBean(Class.forName(className));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(className + " is not on the classpath", e);
        }
    }

    private static java.lang.reflect.Method method(String type, String name, Class<?> parameter)
            throws ReflectiveOperationException {
        java.lang.reflect.Method m = Class.forName("vn.motcua.identity.account." + type)
                .getDeclaredMethod(name, parameter);
        m.setAccessible(true);
        return m;
    }

    /** Reception (4 h), appraisal (16 h), check (8 h), approval (8 h), return; 5 working days. */
    private void procedure(String code, String agency) {
        ProcedurePublisher publisher = ctx.getBean(ProcedurePublisher.class);
        List<ProcessStep> process = List.of(
                step("Tiếp nhận hồ sơ", Role.RECEPTION, "4"),
                step("Thẩm định hồ sơ", Role.SPECIALIST, "16"),
                step("Kiểm tra, trình ký", Role.CLERK, "8"),
                step("Phê duyệt, ký kết quả", Role.LEADER, "8"),
                step("Trả kết quả", Role.RECEPTION, "0"));
        publisher.save(new ProcedureDefinition(code, "Thủ tục đo tải chu trình hồ sơ", FIELD,
                List.of(AdministrativeLevel.PROVINCE), agency, List.of(), TimeLimit.days("5"), List.of(),
                List.of(new DocumentRequirement("Tờ khai", 1, 0, true, null, null, false)), "Giấy phép",
                OnlineLevel.PARTIAL, OnTheSpot.NONE, List.of(ApplicantKind.CITIZEN), false, null, null, process,
                List.of(), true));
    }

    private static ProcessStep step(String name, Role role, String hours) {
        return new ProcessStep(name, role, StepAgency.RESOLVING, null,
                new TimeLimit(new BigDecimal(hours), TimeLimit.Unit.WORKING_HOURS));
    }

    /**
     * The tables a lifecycle writes: the dossier's, and the outbox's — {@code outbox} (the platform's
     * own, from V20261204_0200) and/or {@code event_publication} (Spring Modulith's registry, before
     * it), whichever the database has.
     */
    static final List<String> CANDIDATES = List.of("dossier", "dossier_event", "dossier_document",
            "dossier_code_sequence", "dossier_request", "event_publication", "outbox");

    List<String> tables() {
        return CANDIDATES.stream().filter(t -> jdbc.sql("select to_regclass(:t) is not null").param("t", t)
                .query(Boolean.class).single()).toList();
    }

    /** Sizes in bytes of the tables a lifecycle writes (heap, indexes, TOAST, free-space and visibility maps). */
    Map<String, Long> sizes() {
        var result = new java.util.LinkedHashMap<String, Long>();
        for (String t : tables()) {
            result.put(t, jdbc.sql("select pg_total_relation_size(cast(:t as regclass))").param("t", t)
                    .query(Long.class).single());
        }
        return result;
    }
}
