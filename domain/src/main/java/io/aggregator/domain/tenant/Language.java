package io.aggregator.domain.tenant;

import io.aggregator.domain.Coded;

/** The languages a tenant's bot and texts can be set to, by ISO 639-1 code. */
public enum Language implements Coded {
    EN,
    RU,
    ES,
    FR,
    DE;

    public static Language fromCode(String code) {
        return Coded.parse(Language.class, "language", code);
    }
}
