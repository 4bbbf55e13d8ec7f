package vn.sct.tracker.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Passes a successful answer straight through; an error answer (status 400 and above) is held back in
 * memory, bounded, so that it can be checked and rewritten before it leaves.
 */
final class BufferedErrorResponse extends HttpServletResponseWrapper {

    static final int MAX_HELD = 64 * 1024;

    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private int status = SC_OK;
    private boolean holding;
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedErrorResponse(HttpServletResponse response) {
        super(response);
    }

    boolean isHolding() {
        return holding;
    }

    int heldStatus() {
        return status;
    }

    byte[] heldBody() {
        if (writer != null) {
            writer.flush();
        }
        return held.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        holding = sc >= 400;
        if (!holding) {
            super.setStatus(sc);
        }
    }

    @Override
    public void sendError(int sc) {
        setStatus(sc);
        holding = true;
    }

    @Override
    public void sendError(int sc, String msg) {
        sendError(sc);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holding) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    if (held.size() < MAX_HELD) {
                        held.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    held.write(b, off, Math.max(0, Math.min(len, MAX_HELD - held.size())));
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("synchronous writes only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holding) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        if (!holding) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!holding) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!holding || !"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!holding || !"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding) {
            super.flushBuffer();
        }
    }

    @Override
    public boolean isCommitted() {
        return !holding && super.isCommitted();
    }

    @Override
    public void reset() {
        held.reset();
        if (!holding) {
            super.reset();
        }
    }

    @Override
    public void resetBuffer() {
        held.reset();
        if (!holding) {
            super.resetBuffer();
        }
    }
}
