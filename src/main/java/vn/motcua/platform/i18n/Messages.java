package vn.motcua.platform.i18n;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys from the {@code i18n/*.properties} bundles in both languages. */
@Component
public class Messages {

    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public LocalizedText text(String key, Object... args) {
        return new LocalizedText(get(key, VI, args), get(key, EN, args));
    }

    public LocalizedText text(MessageSourceResolvable resolvable) {
        return new LocalizedText(get(resolvable, VI), get(resolvable, EN));
    }

    /** The message in the language of the current request (Vietnamese unless English was chosen). */
    public String get(String key, Object... args) {
        return get(key, LocaleContextHolder.getLocale(), args);
    }

    public String get(String key, Locale locale, Object... args) {
        return source.getMessage(key, args, key, locale);
    }

    private String get(MessageSourceResolvable resolvable, Locale locale) {
        try {
            return source.getMessage(resolvable, locale);
        } catch (NoSuchMessageException e) {
            String[] codes = resolvable.getCodes();
            return codes == null || codes.length == 0 ? "?" : codes[codes.length - 1];
        }
    }
}
