package fr.cohorte.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of every API call before its route does, and refuses it when it is larger than
 * {@link ApiLimitProperties#maxBodySize()} (413, without reading more than one byte past the limit,
 * whether the client declared a length or sent it in chunks) or nests JSON deeper than
 * {@link ApiLimitProperties#maxJsonDepth()} (400, checked by Jackson's {@link StreamReadConstraints}
 * on a token pass that builds nothing). A body within the limits is handed on as read. It runs after
 * authentication, so that nobody unknown makes Cohorte read a body at all.
 */
final class ApiBodyLimits extends OncePerRequestFilter {

    private final ApiLimitProperties limits;
    private final ApiLimitProblems problems;
    private final JsonMapper json;
    private final JsonFactory depthChecked;

    ApiBodyLimits(ApiLimitProperties limits, ApiLimitProblems problems, JsonMapper json) {
        this.limits = limits;
        this.problems = problems;
        this.json = json;
        this.depthChecked = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(limits.maxJsonDepth()).build())
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maximum = limits.maxBodySize().toBytes();
        Locale locale = SupportedLanguages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        long declared = request.getContentLengthLong();
        if (declared > maximum) {
            refuse(response, problems.bodyTooLarge(maximum, declared, locale));
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximum + 1));
        if (body.length > maximum) {
            refuse(response, problems.bodyTooLarge(maximum, null, locale));
            return;
        }
        if (body.length > 0 && isJson(request) && nestedTooDeep(body)) {
            refuse(response, problems.nestedTooDeep(limits.maxJsonDepth(), locale));
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            MediaType type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
            return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Malformed JSON passes: the route's own problem says what is wrong with it. */
    private boolean nestedTooDeep(byte[] body) {
        try (JsonParser parser = depthChecked.createParser(ObjectReadContext.empty(), body)) {
            while (parser.nextToken() != null) {
                // every token read: only the nesting is checked
            }
            return false;
        } catch (StreamConstraintsException tooDeep) {
            return true;
        } catch (JacksonException malformed) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // The rest of the body is left unread: the connection cannot carry another request after it.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The request with the body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
