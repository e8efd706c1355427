package jingdu.model;

import java.time.Instant;

/** One dated progress entry of a task (最新进展): who wrote it, when, and what. */
public record TaskProgress(long id, long taskId, Instant writtenAt, String author, String body) {

    public TaskProgress withId(long newId) {
        return new TaskProgress(newId, taskId, writtenAt, author, body);
    }
}
