package vn.motcua.catalog;

/** A fee or charge of a procedure, in VND (zero allowed: “miễn phí”). */
public record FeeItem(String name, FeeKind kind, Long amount, String legalBasis) {

    public FeeItem {
        name = Texts.clean(name);
        legalBasis = Texts.clean(legalBasis);
    }
}
