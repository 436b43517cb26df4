package vn.motcua.platform.outbox;

/** An event of the outbox's own tests; {@code code} stands where a dossier event carries its dossier's code. */
public record OutboxTestEvent(String key, String code) {

    public OutboxTestEvent(String key) {
        this(key, null);
    }
}
