package vn.motcua.identity.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * CSRF tokens without a session for people who have none. Once a session exists (after login) the
 * token lives in it, bound to the server side as before; before login (the login form, public
 * pages) it lives in an HttpOnly cookie instead, so that showing a page to an anonymous visitor
 * never creates a session. The choice follows only whether the request has a session, for saving
 * and loading alike: a session-holder's token is never read from a cookie.
 * <p>
 * Behind HTTPS the cookie is {@code __Host-XSRF-TOKEN} (Secure, path {@code /}, no domain), which a
 * neighbouring sub-domain cannot set; a plain-HTTP trial installation uses {@code XSRF-TOKEN}.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
    private final String cookieName;

    SessionOrCookieCsrfTokenRepository(boolean secure) {
        this.cookieName = secure ? "__Host-XSRF-TOKEN" : "XSRF-TOKEN";
        cookie.setCookieName(cookieName);
        cookie.setCookiePath("/");
        // One header and one parameter name, whichever repository holds the token (the pages' script
        // sends the header named in the page).
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setParameterName("_csrf");
        cookie.setCookieCustomizer(c -> c.sameSite("Lax").secure(secure));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean hasSession = request.getSession(false) != null;
        if (token == null) {
            if (hasSession) {
                session.saveToken(null, request, response);
            }
            if (WebUtils.getCookie(request, cookieName) != null) {
                cookie.saveToken(null, request, response);
            }
        } else if (hasSession) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}
