package vn.motcua.platform.i18n;

import java.util.Locale;

/** A message in Vietnamese (first) and English, as APIs and forms show it. */
public record LocalizedText(String vi, String en) {

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : vi;
    }
}
