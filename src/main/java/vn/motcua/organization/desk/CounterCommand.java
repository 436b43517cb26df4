package vn.motcua.organization.desk;

/** A counter (quầy) to add to a desk or change; {@code version} only on change. */
public record CounterCommand(String code, String name, Integer version) {

    public CounterCommand normalized() {
        return new CounterCommand(DeskCommand.trim(code), DeskCommand.trim(name), version);
    }
}
