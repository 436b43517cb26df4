package vn.motcua.platform.web;

/**
 * A page form whose public fields are bound directly (no getters and setters), e.g. a form with many
 * repeated rows. The platform's binder set-up, which runs before a controller's own, switches such a
 * form's binder to field access before it registers the text rule's editor.
 */
public interface FieldBoundForm {

    /** How many rows a list of the form may grow to while binding, when the form type says more than Spring's 256. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @interface CollectionLimit {
        int value();
    }

    static int collectionLimitOf(Class<?> type) {
        CollectionLimit limit = type.getAnnotation(CollectionLimit.class);
        return limit == null ? 256 : limit.value();
    }
}
