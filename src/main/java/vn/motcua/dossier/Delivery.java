package vn.motcua.dossier;

/** How the result reaches the applicant. */
public enum Delivery {
    COUNTER, POST, ONLINE
}
