package vn.motcua.organization.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.organization.AdministrativeLevel;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.OfficerAccounts;
import vn.motcua.organization.AgencyType;
import vn.motcua.organization.RoleAssignment;
import vn.motcua.organization.agency.AgencyCommand;
import vn.motcua.organization.agency.AgencyService;
import vn.motcua.organization.desk.CounterCommand;
import vn.motcua.organization.desk.CounterService;
import vn.motcua.organization.desk.DeskCommand;
import vn.motcua.organization.desk.DeskService;
import vn.motcua.organization.officer.OfficerCommand;
import vn.motcua.organization.officer.OfficerService;
import vn.motcua.platform.security.Actor;
import vn.motcua.platform.security.AgencyScope;
import vn.motcua.platform.security.Role;

/**
 * A demo province to try the system with: Hưng Yên after the 2025 reform (two levels), with its
 * People's Committee, the Public Administration Service Center, five departments, the provincial
 * police, two communes with their desks, and one officer per role. Goes through the same services
 * as an administrator would, so the data is validated and audited like any other.
 */
@Component
class DemoData {

    static final String PROVINCE_CODE = "HY.UBND";
    static final List<String> USERNAMES = List.of("quantri.so", "tiepnhan", "chuyenvien", "lanhdao", "vanthu",
            "giamsat", "tiepnhan.phohien");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** The loader acts as a province-wide administrator; the audit log records it as "system". */
    private static final Actor LOADER = new Actor(0, "system", "Dữ liệu mẫu", Actor.Kind.OFFICER, null,
            Map.of(Role.ADMIN, AgencyScope.PROVINCE));

    private final Agencies agencies;
    private final AgencyService agencyService;
    private final DeskService desks;
    private final CounterService counters;
    private final OfficerService officers;
    private final OfficerAccounts accounts;
    private final TransactionTemplate tx;

    DemoData(Agencies agencies, AgencyService agencyService, DeskService desks, CounterService counters,
            OfficerService officers, OfficerAccounts accounts, TransactionTemplate tx) {
        this.agencies = agencies;
        this.agencyService = agencyService;
        this.desks = desks;
        this.counters = counters;
        this.officers = officers;
        this.accounts = accounts;
        this.tx = tx;
    }

    /**
     * Creates the demo province unless it already exists; {@code configuredPassword} (blank = generate
     * one and log it once) is the password of every demo account. Returns whether anything was created.
     */
    boolean load(String configuredPassword) {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        problem(password).ifPresent(problem -> {
            throw new IllegalStateException("MOTCUA_DEMO_PASSWORD does not meet the password policy: " + problem);
        });
        Boolean created = tx.execute(status -> {
            if (agencies.byCode(PROVINCE_CODE).isPresent()) {
                return false;
            }
            create(password);
            return true;
        });
        if (Boolean.TRUE.equals(created)) {
            if (generated) {
                log.warn("""

                        ==============================================================
                         motcua: demo province Hưng Yên loaded (shown only this once)
                           usernames: {}
                           password:  {}
                         Set MOTCUA_DEMO_PASSWORD to choose it, MOTCUA_DEMO=false to skip.
                        ==============================================================""",
                        String.join(", ", USERNAMES), password);
            } else {
                log.info("motcua: demo province loaded; accounts {} use MOTCUA_DEMO_PASSWORD", USERNAMES);
            }
        }
        return Boolean.TRUE.equals(created);
    }

    /** Why the password cannot be every demo account's, if it cannot (identity's policy, each username). */
    Optional<String> problem(String password) {
        for (String username : USERNAMES) {
            Optional<String> problem = accounts.passwordProblem(username, password);
            if (problem.isPresent()) {
                return Optional.of(problem.get() + " (account " + username + ")");
            }
        }
        return Optional.empty();
    }

    private String generatePassword() {
        SecureRandom random = new SecureRandom();
        String password = DemoPasswords.generate(random);
        while (problem(password).isPresent()) {
            password = DemoPasswords.generate(random);
        }
        return password;
    }

    private void create(String password) {
        long ubnd = agency(PROVINCE_CODE, "Ủy ban nhân dân tỉnh Hưng Yên", AgencyType.PEOPLES_COMMITTEE,
                AdministrativeLevel.PROVINCE, null);
        long center = agency("HY.TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh Hưng Yên", AgencyType.OTHER,
                AdministrativeLevel.PROVINCE, ubnd);
        long justice = agency("HY.STP", "Sở Tư pháp tỉnh Hưng Yên", AgencyType.DEPARTMENT,
                AdministrativeLevel.PROVINCE, ubnd);
        long construction = agency("HY.SXD", "Sở Xây dựng tỉnh Hưng Yên", AgencyType.DEPARTMENT,
                AdministrativeLevel.PROVINCE, ubnd);
        long agriculture = agency("HY.SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên", AgencyType.DEPARTMENT,
                AdministrativeLevel.PROVINCE, ubnd);
        long finance = agency("HY.STC", "Sở Tài chính tỉnh Hưng Yên", AgencyType.DEPARTMENT,
                AdministrativeLevel.PROVINCE, ubnd);
        long health = agency("HY.SYT", "Sở Y tế tỉnh Hưng Yên", AgencyType.DEPARTMENT, AdministrativeLevel.PROVINCE,
                ubnd);
        // The provincial police answer to the Ministry of Public Security, not to the People's Committee.
        long police = agency("HY.CA", "Công an tỉnh Hưng Yên", AgencyType.VERTICAL, AdministrativeLevel.PROVINCE,
                null);
        long phoHien = agency("HY.PH", "Ủy ban nhân dân phường Phố Hiến", AgencyType.PEOPLES_COMMITTEE,
                AdministrativeLevel.COMMUNE, ubnd);
        long nghiaTru = agency("HY.NT", "Ủy ban nhân dân xã Nghĩa Trụ", AgencyType.PEOPLES_COMMITTEE,
                AdministrativeLevel.COMMUNE, ubnd);

        long centerDesk = desk("HY.TTPVHCC.MC", "Trung tâm Phục vụ hành chính công tỉnh Hưng Yên",
                AdministrativeLevel.PROVINCE, true, center, "Phường Phố Hiến, tỉnh Hưng Yên",
                List.of(justice, construction, agriculture, finance, health, police, ubnd));
        long q1 = counter(centerDesk, "Q01", "Quầy Sở Tư pháp");
        counter(centerDesk, "Q02", "Quầy Sở Xây dựng");
        counter(centerDesk, "Q03", "Quầy Sở Nông nghiệp và Môi trường");
        counter(centerDesk, "Q04", "Quầy Sở Tài chính");
        counter(centerDesk, "Q05", "Quầy Sở Y tế");
        counter(centerDesk, "Q06", "Quầy Công an tỉnh");
        long phoHienDesk = desk("HY.PH.MC", "Trung tâm Phục vụ hành chính công phường Phố Hiến",
                AdministrativeLevel.COMMUNE, false, phoHien, "Phường Phố Hiến, tỉnh Hưng Yên", List.of(phoHien));
        long phoHienQ1 = counter(phoHienDesk, "Q01", "Quầy tư pháp – hộ tịch");
        counter(phoHienDesk, "Q02", "Quầy đất đai – xây dựng");
        long nghiaTruDesk = desk("HY.NT.MC", "Trung tâm Phục vụ hành chính công xã Nghĩa Trụ",
                AdministrativeLevel.COMMUNE, false, nghiaTru, "Xã Nghĩa Trụ, tỉnh Hưng Yên", List.of(nghiaTru));
        counter(nghiaTruDesk, "Q01", "Quầy tiếp nhận và trả kết quả số 1");
        counter(nghiaTruDesk, "Q02", "Quầy tiếp nhận và trả kết quả số 2");

        officer("quantri.so", "Nguyễn Thị Thu Hà", "Chuyên viên công nghệ thông tin", justice, null, List.of(),
                Role.ADMIN, justice, password);
        officer("tiepnhan", "Trần Văn Hùng", "Công chức tiếp nhận hồ sơ", center, centerDesk, List.of(q1),
                Role.RECEPTION, ubnd, password);
        officer("chuyenvien", "Lê Thị Mai", "Chuyên viên Phòng Hành chính tư pháp", justice, null, List.of(),
                Role.SPECIALIST, justice, password);
        officer("lanhdao", "Phạm Quốc Dũng", "Phó Giám đốc Sở Tư pháp", justice, null, List.of(), Role.LEADER,
                justice, password);
        officer("vanthu", "Hoàng Thị Lan", "Văn thư Sở Tư pháp", justice, null, List.of(), Role.CLERK, justice,
                password);
        officer("giamsat", "Vũ Đức Thắng", "Chuyên viên Văn phòng UBND tỉnh", ubnd, null, List.of(), Role.MONITOR,
                null, password);
        officer("tiepnhan.phohien", "Đặng Thị Hương", "Công chức Văn phòng – Thống kê", phoHien, phoHienDesk,
                List.of(phoHienQ1), Role.RECEPTION, phoHien, password);
    }

    private long agency(String code, String name, AgencyType type, AdministrativeLevel level, Long parent) {
        return agencyService.create(LOADER, new AgencyCommand(code, name, type, level, null, parent, null)).id();
    }

    private long desk(String code, String name, AdministrativeLevel level, boolean serviceCenter, long agency,
            String address, List<Long> receivesFor) {
        return desks.create(LOADER, new DeskCommand(code, name, level, serviceCenter, agency, null, address, null,
                new ArrayList<>(receivesFor), null)).id();
    }

    private long counter(long desk, String code, String name) {
        return counters.create(LOADER, desk, new CounterCommand(code, name, null)).id();
    }

    private void officer(String username, String fullName, String position, long agency, Long desk,
            List<Long> counterIds, Role role, Long roleAgency, String password) {
        officers.create(LOADER, new OfficerCommand(fullName, position, null, null, agency, desk, counterIds,
                List.of(new RoleAssignment(role, roleAgency)), username, password, null));
    }
}
