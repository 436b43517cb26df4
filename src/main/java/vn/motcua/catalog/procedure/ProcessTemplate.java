package vn.motcua.catalog.procedure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.StepAgency;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.platform.security.Role;

/**
 * The four-step process most procedures follow: the desk receives, a specialist appraises, a leader
 * approves, the desk returns the result. Shares are in working hours: 10 % to reception, 20 % to
 * approval, the rest to appraisal, nothing to the return.
 */
public final class ProcessTemplate {

    private ProcessTemplate() {
    }

    public static List<ProcessStep> standard(TimeLimit limit) {
        BigDecimal total = limit == null ? BigDecimal.ZERO : limit.inHours();
        BigDecimal reception = share(total, "0.1");
        BigDecimal approval = share(total, "0.2");
        BigDecimal appraisal = total.subtract(reception).subtract(approval);
        return List.of(
                step("Tiếp nhận hồ sơ", Role.RECEPTION, reception),
                step("Thẩm định hồ sơ", Role.SPECIALIST, appraisal),
                step("Phê duyệt kết quả", Role.LEADER, approval),
                step("Trả kết quả", Role.RECEPTION, BigDecimal.ZERO));
    }

    private static BigDecimal share(BigDecimal total, String fraction) {
        return total.multiply(new BigDecimal(fraction)).setScale(2, RoundingMode.DOWN);
    }

    private static ProcessStep step(String name, Role role, BigDecimal hours) {
        return new ProcessStep(name, role, StepAgency.RESOLVING, null,
                new TimeLimit(hours, TimeLimit.Unit.WORKING_HOURS));
    }
}
