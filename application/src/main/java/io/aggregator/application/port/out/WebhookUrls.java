package io.aggregator.application.port.out;

import java.net.URI;

/** Which webhook URLs a tenant may give: the deployment's policy. */
public interface WebhookUrls {

    /**
     * @return the URL, if the server may call it
     * @throws io.aggregator.domain.ValidationException naming {@code field} and saying why not
     */
    URI check(String field, String url);
}
