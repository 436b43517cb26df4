package vn.motcua.identity.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import vn.motcua.platform.text.CleanText;
import vn.motcua.platform.web.ErrorResponses;
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

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";
    /** No page of motcua uses these browser features; an injected frame or script cannot either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), fullscreen=(self), browsing-topics=()";
    /** The Swagger UI at /api/v1/docs: served from here, its script and styles included. */
    static final String[] DOCS = { "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**", "/api/v1/openapi",
            "/api/v1/openapi/**" };

    /**
     * Passwords are composed to NFC before hashing and comparing (the same password typed on macOS,
     * which may send it decomposed, and elsewhere is one password); a hash made before from the
     * uncomposed text still matches it.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return delegate.encode(raw == null ? null : CleanText.nfc(raw.toString()));
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                if (raw == null) {
                    return delegate.matches(null, encoded);
                }
                String composed = CleanText.nfc(raw.toString());
                return delegate.matches(composed, encoded)
                        || !composed.contentEquals(raw) && delegate.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return delegate.upgradeEncoding(encoded);
            }
        };
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * A request the firewall refuses (encoded slash, {@code ;}, {@code ..}, control characters in the
     * path, a parameter name or a header) gets the 400 problem on the API and the error page elsewhere,
     * logged in one line.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ErrorResponses errors) {
        return (request, response, e) -> {
            log.info("Refused {} {}: {}", request.getMethod(), CleanText.visible(request.getRequestURI(), 200),
                    CleanText.visible(e.getMessage(), 200));
            errors.write(request, response, HttpStatus.BAD_REQUEST, "bad-request", "problem.rejected", List.of());
        };
    }

    /** The OpenAPI document and the Swagger UI: public, with a policy that lets the UI's own script run. */
    @Bean
    @Order(0)
    SecurityFilterChain docs(HttpSecurity http) throws Exception {
        http.securityMatcher(DOCS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(h -> strictHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<PublicEndpoints> publicEndpoints, ProblemEntryPoint problems,
            ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    permitPublic(auth, publicEndpoints);
                    auth.anyRequest().authenticated();
                });
        return stateless(http, problems, tokens);
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
                .headers(h -> strictHeaders(h).contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Permissions-Policy (no camera, microphone, location...) and Cross-Origin-Opener-Policy on every answer. */
    private static HeadersConfigurer<HttpSecurity> strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
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
                });
        return stateless(http, problems, tokens);
    }

    /** No session, no cookie, no CSRF: API tokens and HTTP Basic, problems as JSON, strict headers. */
    private static SecurityFilterChain stateless(HttpSecurity http, ProblemEntryPoint problems, ApiTokens tokens)
            throws Exception {
        http.httpBasic(basic -> basic.realmName("motcua").authenticationEntryPoint(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .headers(h -> strictHeaders(h)
                        .contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
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
