package vn.motcua.catalog;

/** A field (lĩnh vực) of procedures, e.g. {@code G09-TP05} “Hộ tịch”. */
public record Field(String code, String name) {

    public Field {
        code = Texts.clean(code);
        name = Texts.clean(name);
    }
}
