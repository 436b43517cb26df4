package vn.motcua.dossier;

/**
 * Statuses of a dossier (DESIGN.md §4), with the status number the national portal (DVCQG) uses.
 * PROCESSING is reported as 2 on the event of receipt and 4 afterwards.
 */
public enum DossierStatus {
    /** Mới đăng ký (chờ tiếp nhận). */
    SUBMITTED(1),
    /** Yêu cầu bổ sung hồ sơ. */
    SUPPLEMENT_REQUESTED(5),
    /** Từ chối tiếp nhận. */
    INTAKE_REFUSED(3),
    /** Đang xử lý: received; the current step says where. */
    PROCESSING(4),
    /** Chờ thực hiện nghĩa vụ tài chính. */
    AWAITING_PAYMENT(6),
    /** Tạm dừng: the clock is stopped, the reason recorded. */
    PAUSED(4),
    /** Rút hồ sơ. */
    WITHDRAWN(7),
    /** Dừng xử lý. */
    STOPPED(8),
    /** Đã xử lý xong / có kết quả (approved or denied). */
    RESOLVED(9),
    /** Đã trả kết quả. */
    RETURNED(10);

    private final int nationalCode;

    DossierStatus(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    /** Whether the dossier has left processing for good (the instant of this is its "finished" time). */
    public boolean isFinished() {
        return this == RESOLVED || this == RETURNED || this == WITHDRAWN || this == STOPPED;
    }

    /**
     * Whether a dossier can be in this status before receipt ({@code received == false}) or after.
     * Only a supplement request and a withdrawal can happen on either side of receipt.
     */
    public boolean possible(boolean received) {
        return switch (this) {
            case SUBMITTED, INTAKE_REFUSED -> !received;
            case SUPPLEMENT_REQUESTED, WITHDRAWN -> true;
            default -> received;
        };
    }
}
