package vn.motcua.dossier;

/** Everything that can happen to a dossier; each is one transaction with one history event. */
public enum DossierAction {
    /** Online submission by the applicant (portal, national portal or an API client). */
    SUBMIT,
    /** Tiếp nhận: accept as complete; starts the clock. */
    RECEIVE,
    /** Yêu cầu bổ sung before receipt (online check or at the counter). */
    REQUEST_SUPPLEMENT_AT_INTAKE,
    /** The applicant sends the completed dossier after an intake supplement request. */
    RESUBMIT,
    /** Từ chối tiếp nhận. */
    REFUSE_INTAKE,
    /** A leader hands the current step to one officer. */
    ASSIGN,
    /** Complete the current step and pass to the next. */
    FORWARD,
    /** Send back to the previous step, with a reason. */
    SEND_BACK,
    /** Pass to the next agency of an interconnected chain. */
    TRANSFER,
    /** Yêu cầu bổ sung during processing: the clock stops until the applicant supplies. */
    REQUEST_SUPPLEMENT,
    /** The applicant supplies what was asked during processing: the clock runs again. */
    SUPPLY,
    /** Tạm dừng with a reason (clock stopped). */
    PAUSE,
    RESUME,
    /** Ask the applicant to pay (financial obligation). */
    REQUEST_PAYMENT,
    /** The payment is recorded. */
    RECORD_PAYMENT,
    /** Dừng xử lý. */
    STOP,
    /** Rút hồ sơ at the applicant's request. */
    WITHDRAW,
    /** Produce the result: approved (with result documents) or denied (with a reason). */
    RESOLVE,
    /** Phiếu xin lỗi và hẹn lại: a new appointment, once; statistics keep the original due instant. */
    APOLOGIZE,
    /** Trả kết quả (counter, post, online). */
    RETURN_RESULT,
    /** Nhập từ hệ thống cũ: the dossier was brought over from an earlier system with its timestamps. */
    IMPORT
}
