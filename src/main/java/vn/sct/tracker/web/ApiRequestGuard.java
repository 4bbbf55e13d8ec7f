package vn.sct.tracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.sct.tracker.common.InputText;

/**
 * What a request to the product's own API ({@code /api}) may be before anything reads it:
 * <ul>
 *   <li>its path and parameters hold no control characters ({@link InputText}; a NUL would otherwise reach
 *       the database): 400 with the parameter named;</li>
 *   <li>a body of at most {@link #MAX_JSON} (JSON or anything else), an upload (multipart, the import) of at
 *       most {@link #MAX_UPLOAD}: 413; a body without a length is counted as it arrives.</li>
 * </ul>
 */
public class ApiRequestGuard extends OncePerRequestFilter {

    public static final int MAX_JSON = EngineApiGuardFilter.MAX_JSON;
    public static final int MAX_UPLOAD = EngineApiGuardFilter.MAX_MULTIPART;

    private final ErrorBodies errors;

    public ApiRequestGuard(ErrorBodies errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused = controlCharacterIn(request);
        if (refused != null) {
            errors.write(request, response, 400, refused, "request.parameter.control", refused);
            return;
        }
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method) && !"DELETE".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            if (request.getContentLengthLong() > MAX_UPLOAD) {
                errors.write(request, response, 413, "file", "request.body.tooLarge", MAX_UPLOAD / 1024);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_JSON) {
            errors.write(request, response, 413, "body", "request.body.tooLarge", MAX_JSON / 1024);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), MAX_JSON + 1);
        if (body.length > MAX_JSON) {
            errors.write(request, response, 413, "body", "request.body.tooLarge", MAX_JSON / 1024);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** The first parameter (or the path) holding a character no text may hold, or null. */
    static String controlCharacterIn(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (InputText.firstRefused(path, false) >= 0 || path.toLowerCase(Locale.ROOT).contains("%00")) {
            return "path";
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
            if (name == null || value == null || InputText.firstRefused(name, false) >= 0
                    || InputText.firstRefused(value, false) >= 0) {
                return name == null ? "query" : InputText.visible(name);
            }
        }
        return null;
    }

    private static String decoded(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    static byte[] readAtMost(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }
}
