package jingdu.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jingdu.model.TaskStatus;

/** The speech's date a deadline is read against, and when it is too vague for the deadline. */
class SpeechDateAnchorTest {

    @Test
    void recordedDatesBecomeDays() {
        assertThat(TaskBoard.anchor("2024-03-06")).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(TaskBoard.anchor("2024-03")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(TaskBoard.anchor("2024")).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(TaskBoard.anchor("2024-02-30")).isNull();
        assertThat(TaskBoard.anchor("去年春天")).isNull();
        assertThat(TaskBoard.anchor(null)).isNull();
    }

    @Test
    void aYearAloneCannotSayWhenThisMonthEnds() {
        assertThat(TaskBoard.precise("2024", "本月底前")).isFalse();
        assertThat(TaskBoard.precise("2024", "10日内")).isFalse();
        assertThat(TaskBoard.precise("2024", "3个月内")).isFalse();
        assertThat(TaskBoard.precise("2024", "24日前")).isFalse();
        assertThat(TaskBoard.precise("2024", "6月24日前")).isTrue();
        assertThat(TaskBoard.precise("2024", "6月底前")).isTrue();
        assertThat(TaskBoard.precise("2024", "年底前")).isTrue();
        assertThat(TaskBoard.precise("2024", "汛期")).isTrue();
        assertThat(TaskBoard.precise("2024-03", "本月底前")).isTrue();
        assertThat(TaskBoard.precise("2024-03", "10个工作日内")).isFalse();
        assertThat(TaskBoard.precise("2024-03-06", "10个工作日内")).isTrue();
    }

    @Test
    void onlyOpenTasksAreOverdueOrDueSoon() {
        LocalDate today = LocalDate.of(2025, 7, 1);
        assertThat(TaskBoard.mark(TaskStatus.IN_PROGRESS, LocalDate.of(2025, 6, 30), today)).isEqualTo(BoardRow.DueMark.OVERDUE);
        assertThat(TaskBoard.mark(TaskStatus.DONE, LocalDate.of(2025, 6, 30), today)).isEqualTo(BoardRow.DueMark.NONE);
        assertThat(TaskBoard.mark(TaskStatus.NOT_STARTED, today, today)).isEqualTo(BoardRow.DueMark.SOON);
        assertThat(TaskBoard.mark(TaskStatus.NOT_STARTED, today.plusDays(7), today)).isEqualTo(BoardRow.DueMark.SOON);
        assertThat(TaskBoard.mark(TaskStatus.NOT_STARTED, today.plusDays(8), today)).isEqualTo(BoardRow.DueMark.NONE);
        assertThat(TaskBoard.mark(TaskStatus.EXCLUDED, LocalDate.of(2020, 1, 1), today)).isEqualTo(BoardRow.DueMark.NONE);
        assertThat(TaskBoard.mark(TaskStatus.NOT_STARTED, null, today)).isEqualTo(BoardRow.DueMark.NONE);
    }
}
