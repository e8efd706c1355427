package jingdu.model;

/**
 * A task as the board reads it: the task, the speech it comes from (title, date as recorded, speaker) and its
 * newest progress entry (null when none) with the number of entries.
 */
public record TaskEntry(Task task, String speechTitle, String speechDate, String speaker, TaskProgress latest,
                        int progressCount) {
}
