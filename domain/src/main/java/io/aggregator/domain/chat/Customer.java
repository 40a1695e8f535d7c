package io.aggregator.domain.chat;

import io.aggregator.domain.Require;

/** Who the customer is, as far as the channel tells: every part is optional. */
public record Customer(String displayName, String username, String phone) {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_PHONE_LENGTH = 32;

    public Customer {
        displayName = Require.optionalText("customer.display_name", blankToNull(displayName), MAX_NAME_LENGTH);
        username = Require.optionalText("customer.username", blankToNull(username), MAX_NAME_LENGTH);
        phone = Require.optionalText("customer.phone", blankToNull(phone), MAX_PHONE_LENGTH);
    }

    public static Customer anonymous() {
        return new Customer(null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
