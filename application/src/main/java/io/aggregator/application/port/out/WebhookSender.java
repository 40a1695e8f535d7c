package io.aggregator.application.port.out;

/**
 * Sends webhooks to tenants' n8n. An implementation signs each call, checks the URL again just before
 * calling it (a host name may have come to point somewhere forbidden since it was saved), bounds how
 * much of an answer it reads, and never throws for anything the receiver did: every failure is an
 * {@link WebhookOutcome}.
 */
public interface WebhookSender {

    WebhookOutcome post(WebhookCall call);
}
