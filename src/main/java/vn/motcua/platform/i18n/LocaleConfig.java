package vn.motcua.platform.i18n;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie keeps the choice.
 * API clients may also send {@code Accept-Language: en}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("motcua-lang") {
            @Override
            public java.util.Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                String header = request.getHeader("Accept-Language");
                if (request.getRequestURI().startsWith("/api/") && header != null
                        && header.toLowerCase().startsWith("en")) {
                    return Messages.EN;
                }
                return super.resolveLocale(request);
            }
        };
        resolver.setDefaultLocale(Messages.VI);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
