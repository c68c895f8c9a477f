package org.pollcast.poll;

/** A poll as kept in the store, with its row id and provenance. */
public record StoredPoll(long id, Poll poll, Provenance provenance) {}
