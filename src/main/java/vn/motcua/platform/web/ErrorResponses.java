package vn.motcua.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import tools.jackson.databind.json.JsonMapper;

import vn.motcua.platform.i18n.Messages;

/**
 * Answers a refused request from a servlet filter, before Spring MVC (and its {@link ErrorHandling})
 * is reached: problem details on {@code /api/**}, the Vietnamese error page elsewhere. The page is
 * drawn from a copy of the request without its parameters, since they are what was refused.
 */
@Component
public class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final Problems problems;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final ObjectProvider<ThymeleafViewResolver> views;
    private final Messages messages;

    ErrorResponses(Problems problems, JsonMapper json, LocaleResolver locales,
            ObjectProvider<ThymeleafViewResolver> views, Messages messages) {
        this.messages = messages;
        this.problems = problems;
        this.json = json;
        this.locales = locales;
        this.views = views;
    }

    /** Writes the problem (type and message key, with the invalid fields if any) as the response. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String messageKey, List<FieldProblem> fields) throws IOException {
        HttpServletRequest quiet = new WithoutParameters(request);
        Locale locale = locale(quiet);
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            Problem problem = problems.of(status, type, messageKey, new Object[0], fields, request.getRequestURI());
            response.resetBuffer();
            response.setStatus(status.value());
            if (ErrorHandling.isApi(request)) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                json.writeValue(response.getOutputStream(), problem);
            } else {
                page(quiet, response, problem, locale);
            }
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            return Messages.VI;
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Problem problem, Locale locale)
            throws IOException {
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Map<String, Object> model = new HashMap<>();
        model.put("problem", problem);
        model.put("status", problem.status());
        model.put("actor", null);
        model.put("a11yClasses", PageSupport.a11yClasses(request));
        try {
            ThymeleafViewResolver resolver = views.getIfAvailable();
            View view = resolver == null ? null : resolver.resolveViewName("error", locale);
            if (view != null) {
                view.render(model, request, response);
                return;
            }
        } catch (Exception e) {
            log.warn("Error page could not be drawn for {}: {}", request.getRequestURI(), e.toString());
            response.resetBuffer();
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(problem.title()) + "</title></head><body><h1>"
                + HtmlUtils.htmlEscape(problem.title()) + "</h1><p>" + HtmlUtils.htmlEscape(problem.detail())
                + "</p><p><a href=\"" + HtmlUtils.htmlEscape(request.getContextPath()) + "/\">"
                + HtmlUtils.htmlEscape(messages.get("error.back", locale)) + "</a></p></body></html>");
    }

    /** The request without its query string and parameters (nothing refused is read again). */
    static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
