package vn.motcua.organization.desk;

/** A counter of a one-stop desk. */
public record CounterView(long id, long deskId, String code, String name, boolean active, int version) {
}
