package io.aggregator.adapter.n8n;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a limit. A receiver cannot make the server hold more than the limit in
 * memory: once it is passed, the rest is not read at all and the connection is dropped.
 */
final class BoundedBody {
    /** How much of a body a reason quotes. */
    static final int EXCERPT_CHARS = 200;

    private final byte[] bytes;
    private final boolean truncated;

    private BoundedBody(byte[] bytes, boolean truncated) {
        this.bytes = bytes;
        this.truncated = truncated;
    }

    static HttpResponse.BodyHandler<BoundedBody> handler(int maxBytes) {
        return responseInfo -> new Reader(maxBytes);
    }

    /** The body, or its first {@code maxBytes} when {@link #truncated()}. */
    byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the receiver sent more than the limit. */
    boolean truncated() {
        return truncated;
    }

    /** The start of the body on one line, to quote in a reason and a log line; empty for an empty body. */
    String excerpt() {
        // four bytes are the most that one character takes in UTF-8
        int length = Math.min(bytes.length, EXCERPT_CHARS * 4);
        return excerpt(new String(bytes, 0, length, StandardCharsets.UTF_8));
    }

    /** {@code text} on one line and at most {@value #EXCERPT_CHARS} characters long. */
    static String excerpt(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return oneLine.length() <= EXCERPT_CHARS ? oneLine : oneLine.substring(0, EXCERPT_CHARS) + "...";
    }

    private static final class Reader implements HttpResponse.BodySubscriber<BoundedBody> {
        private final int maxBytes;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<BoundedBody> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Reader(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (body.isDone()) {
                    return;
                }
                int room = maxBytes - received.size();
                if (buffer.remaining() > room) {
                    keep(buffer, room);
                    subscription.cancel();
                    body.complete(new BoundedBody(received.toByteArray(), true));
                    return;
                }
                keep(buffer, buffer.remaining());
            }
        }

        private void keep(ByteBuffer buffer, int length) {
            byte[] chunk = new byte[length];
            buffer.get(chunk);
            received.writeBytes(chunk);
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(new BoundedBody(received.toByteArray(), false));
        }

        @Override
        public CompletionStage<BoundedBody> getBody() {
            return body;
        }
    }
}
