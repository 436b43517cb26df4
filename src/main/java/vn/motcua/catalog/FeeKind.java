package vn.motcua.catalog;

/** Phí (FEE, pays for a service) or lệ phí (CHARGE, collected by the State). */
public enum FeeKind {
    FEE, CHARGE
}
