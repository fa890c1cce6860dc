package org.crosscheck.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * A JSON request body may be at most {@link #MAX_BYTES}: refused by its declared length before a
 * byte is read, or, without a declared length, as soon as more than that has arrived. (Files come
 * as multipart, with the upload limits of the import.)
 */
class JsonBodyLimitFilter extends OncePerRequestFilter {

    /** An article's text may have 10,000,000 characters; as JSON that fits in 16 MB for most scripts. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(JsonBodyLimitFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        // Imports take a file as the body and count it against their own, larger limit while copying it.
        if ((type != null && type.toLowerCase().startsWith("multipart/")) || request.getRequestURI().endsWith("/import")) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        // Sent in chunks, length unknown: read at most one byte more than allowed, then decide.
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("API request body over {} bytes refused: {} {}", MAX_BYTES, request.getMethod(), request.getRequestURI());
        response.setHeader("Connection", "close");
        Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "The request body is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Send long texts as files "
                        + "(multipart/form-data), which have the import's limits.", Map.of());
    }

    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
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
