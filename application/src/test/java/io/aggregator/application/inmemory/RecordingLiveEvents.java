package io.aggregator.application.inmemory;

import io.aggregator.application.port.out.LiveEvent;
import io.aggregator.application.port.out.LiveEvents;
import io.aggregator.domain.tenant.TenantId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what was published, for tests to look at. */
public final class RecordingLiveEvents implements LiveEvents {
    public record Published(TenantId tenant, LiveEvent event) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(TenantId tenant, LiveEvent event) {
        published.add(new Published(tenant, event));
    }

    /** Someone always listens here, so every event a service can send is recorded. */
    @Override
    public boolean hasListeners(TenantId tenant) {
        return true;
    }

    public List<Published> published() {
        return List.copyOf(published);
    }
}
