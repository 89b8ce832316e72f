package io.mpesagw.kit.outbox;

record OutboxRecord(long id, String topic, String key, String eventType, String payload) {
}
