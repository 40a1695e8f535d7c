package io.aggregator.adapter.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.aggregator.domain.chat.Attachment;
import io.aggregator.domain.tenant.Thresholds;
import java.util.LinkedHashMap;
import java.util.List;

/** The jsonb columns: thresholds as an object, attachments as an array of objects. */
final class JsonColumns {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** How an attachment is written in the messages.attachments column. */
    private record AttachmentJson(String type, String name, String reference, Long sizeBytes) {
    }

    private JsonColumns() {
    }

    static String thresholds(Thresholds thresholds) {
        return write(thresholds.asMap());
    }

    static Thresholds thresholds(String json) {
        return Thresholds.fromMap(read(json, new TypeReference<LinkedHashMap<String, Object>>() { }));
    }

    static String attachments(List<Attachment> attachments) {
        return write(attachments.stream()
                .map(a -> new AttachmentJson(a.type(), a.name(), a.reference(), a.sizeBytes()))
                .toList());
    }

    static List<Attachment> attachments(String json) {
        return read(json, new TypeReference<List<AttachmentJson>>() { }).stream()
                .map(a -> new Attachment(a.type(), a.name(), a.reference(), a.sizeBytes()))
                .toList();
    }

    /** A JSON object column read back as a map (an AI turn's details). */
    static String object(java.util.Map<String, Object> value) {
        return write(value);
    }

    static java.util.Map<String, Object> object(String json) {
        return json == null ? java.util.Map.of() : read(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not have the expected shape: " + e.getOriginalMessage(), e);
        }
    }

}
