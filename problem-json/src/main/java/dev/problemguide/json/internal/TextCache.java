package dev.problemguide.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the JSON-escaped, UTF-8 encoded form of the texts problems repeat — the titles and details of the
 * status guide and the messages files, problem types — so each is escaped and encoded once, not per
 * response. Bounded: once full, further texts are written as usual and nothing is evicted, so the texts
 * met first (the ones every problem of a status shares) stay.
 */
final class TextCache {

    private final int capacity;
    private final ConcurrentHashMap<String, SerializedString> texts = new ConcurrentHashMap<>();

    TextCache(int capacity) {
        this.capacity = capacity;
    }

    SerializableString of(String text) {
        SerializedString cached = texts.get(text);
        if (cached != null) {
            return cached;
        }
        SerializedString serialized = new SerializedString(text);
        if (texts.size() < capacity && text.length() <= 1024) {
            texts.putIfAbsent(text, serialized);
        }
        return serialized;
    }
}
