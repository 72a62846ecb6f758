package org.healthplanning.gateway.rest;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A chunked request body on its way to a backend, counted: past the limit no more is passed on, the
 * client is answered (413) and the stream fails, so the proxy resets the request to the backend.
 */
final class CappedBody implements ReadStream<Buffer> {
    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable refuse;
    private Handler<Throwable> exceptionHandler;
    private long read;
    private boolean refused;

    CappedBody(ReadStream<Buffer> source, long limit, Runnable refuse) {
        this.source = source;
        this.limit = limit;
        this.refuse = refuse;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(handler == null ? null : chunk -> {
            if (refused) {
                return;
            }
            read += chunk.length();
            if (read > limit) {
                refused = true;
                refuse.run();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException("request body above " + limit + " bytes"));
                }
            } else {
                handler.handle(chunk);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : v -> {
            if (!refused) {
                handler.handle(v);
            }
        });
        return this;
    }
}
