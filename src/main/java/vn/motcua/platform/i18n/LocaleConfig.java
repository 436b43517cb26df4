package vn.motcua.platform.i18n;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie keeps the choice.
 * API clients may also send {@code Accept-Language: en}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new ChoiceLocaleResolver();
    }

    /** The cookie's choice if any; else English for API calls asking for it; else Vietnamese. */
    static final class ChoiceLocaleResolver implements LocaleResolver {

        private static final String COOKIE = "motcua-lang";

        private static final String ATTRIBUTE = ChoiceLocaleResolver.class.getName() + ".locale";

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
                return chosen;
            }
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (COOKIE.equals(cookie.getName())) {
                        return "en".equals(cookie.getValue()) ? Messages.EN : Messages.VI;
                    }
                }
            }
            String header = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            return api && header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Messages.EN
                    : Messages.VI;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            Locale chosen = locale != null && "en".equals(locale.getLanguage()) ? Messages.EN : Messages.VI;
            request.setAttribute(ATTRIBUTE, chosen);
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
