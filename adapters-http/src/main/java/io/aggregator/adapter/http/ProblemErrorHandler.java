package io.aggregator.adapter.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before the API sees them (a path with broken percent-encoding, say) are
 * answered in problem+json too, like every other error, instead of Jetty's HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private final ObjectMapper json;

    ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        Problem.Kind kind = Problem.Kind.forStatus(code);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", kind.type());
        problem.put("title", kind.title);
        problem.put("status", code);
        problem.put("detail", message == null || message.isBlank() ? kind.title : message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(json.writeValueAsBytes(problem)), callback);
    }
}
