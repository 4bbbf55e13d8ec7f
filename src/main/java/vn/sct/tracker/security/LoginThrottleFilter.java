package vn.sct.tracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.sct.tracker.web.CachedBodyRequest;
import vn.sct.tracker.web.ErrorBodies;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link LoginThrottle} to every way a password reaches the server: HTTP Basic on
 * {@code /api} and {@code /engine-rest}, and the webapps' login form. While a login must wait, the
 * request is answered 429 with {@code Retry-After} and the password is not checked; a 401 answer
 * counts as a wrong password, any other answer as a right one.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+$");

    private static final int MAX_LOGIN_FORM = 8 * 1024;

    private final LoginThrottle throttle;
    private final ErrorBodies errors;

    public LoginThrottleFilter(LoginThrottle throttle, ErrorBodies errors) {
        this.throttle = throttle;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest readable = request;
        if ("POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches()) {
            // The login form's body is read here and served again, so that the webapps still find it.
            readable = new CachedBodyRequest(request, request.getInputStream().readNBytes(MAX_LOGIN_FORM));
        }
        String login = login(readable);
        if (login == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(login, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            errors.write(request, response, 429, null, "login.throttled", seconds);
            return;
        }
        chain.doFilter(readable, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(login, address);
        } else if (response.getStatus() < 500) {
            throttle.succeeded(login, address);
        }
    }

    /** The login a request tries to authenticate as, or null when it carries no password. */
    static String login(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return "";
            }
        }
        if (request instanceof CachedBodyRequest form) {
            for (String pair : new String(form.body(), StandardCharsets.UTF_8).split("&")) {
                if (pair.startsWith("username=")) {
                    try {
                        return URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException badEscape) {
                        return "";
                    }
                }
            }
            return "";
        }
        return null;
    }
}
