package io.aggregator.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aggregator.domain.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "coffee_shop_123", "tech-support-456", "a1", "9lives"})
    void acceptsSlugs(String slug) {
        assertThat(TenantId.of(slug).value()).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Coffee_shop | has 'C' at position 1",
        "coffee shop | has ' ' at position 7",
        "café        | has 'é' at position 4",
        "_coffee     | must start with a lowercase letter or a digit",
        "-x1         | must start with a lowercase letter or a digit",
        "a           | must be 2 to 63 characters long, got 1",
        "shop/../x   | has '/' at position 5",
    })
    void rejectsWithAReason(String slug, String reason) {
        assertThatThrownBy(() -> TenantId.of(slug))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("tenant_id: ")
                .hasMessageContaining(reason);
    }

    @org.junit.jupiter.api.Test
    void rejectsTooLongAndEmpty() {
        assertThatThrownBy(() -> TenantId.of("x".repeat(64))).hasMessageContaining("got 64");
        assertThatThrownBy(() -> TenantId.of("")).hasMessage("tenant_id: is required");
        assertThatThrownBy(() -> TenantId.of(null)).hasMessage("tenant_id: is required");
    }
}
