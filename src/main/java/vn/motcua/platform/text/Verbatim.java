package vn.motcua.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a request body kept exactly as sent, not composed to NFC: passwords, which the
 * login compares as typed (a form login or HTTP Basic never goes through the JSON binding). The
 * characters {@link CleanText} refuses are refused here too.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Verbatim {
}
