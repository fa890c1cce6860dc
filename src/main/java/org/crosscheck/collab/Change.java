package org.crosscheck.collab;

/**
 * What a view hears: something of a kind changed, by whom, and what they did ("added a quote", or
 * null). Views reload what they show from the services.
 */
public record Change(String topic, String entity, long entityId, long byUserId, String done) {

    public Change(String topic, String entity, long entityId, long byUserId) {
        this(topic, entity, entityId, byUserId, null);
    }
}
