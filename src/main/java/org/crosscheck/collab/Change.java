package org.crosscheck.collab;

/** What a view hears: something of a kind changed, by whom. Views reload what they show from the services. */
public record Change(String topic, String entity, long entityId, long byUserId) {
}
