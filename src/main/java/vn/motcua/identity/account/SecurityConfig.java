package vn.motcua.identity.account;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import vn.motcua.platform.security.ActorPrincipal;
import vn.motcua.platform.security.Role;
import vn.motcua.platform.web.PublicEndpoints;

/**
 * Three filter chains. The API ({@code /api/**}) and the actuator ({@code /actuator/**}) are
 * stateless: HTTP Basic for people trying the API, bearer API tokens for integrations, no cookies
 * (so no CSRF exposure). Pages use a form login with a session (created only at login), CSRF
 * tokens and strict headers. Paths that modules declare public stay open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<PublicEndpoints> publicEndpoints, ProblemEntryPoint problems,
            ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    permitPublic(auth, publicEndpoints);
                    auth.requestMatchers("/api/v1/openapi/**", "/api/v1/docs/**").permitAll();
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName("motcua").authenticationEntryPoint(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) throws Exception {
        http.authorizeHttpRequests(auth -> {
                    permitPublic(auth, publicEndpoints);
                    auth.requestMatchers("/", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                            "/favicon.ico").permitAll();
                    auth.anyRequest().authenticated();
                })
                // Every failure (wrong password, unknown or disabled account, throttled) reads the same.
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", false)
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + "/login?error")))
                // No session before login: the CSRF token of anonymous pages lives in a cookie, and the
                // page asked for before login is remembered in a cookie too (staff pages only).
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository(secureCookies)))
                .requestCache(cache -> cache.requestCache(staffPagesRequestCache()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedPage("/error/403"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * The actuator: health and info for anyone; the rest (Prometheus metrics) for a province-wide
     * administrator, with an API token (how Prometheus scrapes) or HTTP Basic. Stateless like the API;
     * anonymous is 401, another role 403. Its matcher is disjoint from the API's.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, ProblemEntryPoint problems, ApiTokens tokens) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    auth.anyRequest().access((authentication, request) -> new AuthorizationDecision(
                            authentication.get() != null
                                    && authentication.get().getPrincipal() instanceof ActorPrincipal principal
                                    && principal.actor().scopeOf(Role.ADMIN).wholeProvince()));
                })
                .httpBasic(basic -> basic.realmName("motcua").authenticationEntryPoint(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /** The staff page an anonymous visitor asked for, kept in a cookie (never a session) until login. */
    private static RequestCache staffPagesRequestCache() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/staff/**"),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))));
        return cache;
    }

    private static void permitPublic(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
            List<PublicEndpoints> publicEndpoints) {
        for (PublicEndpoints endpoints : publicEndpoints) {
            for (String pattern : endpoints.readPatterns()) {
                auth.requestMatchers(HttpMethod.GET, pattern).permitAll();
                auth.requestMatchers(HttpMethod.HEAD, pattern).permitAll();
            }
            for (String pattern : endpoints.anyMethodPatterns()) {
                auth.requestMatchers(pattern).permitAll();
            }
        }
    }
}
