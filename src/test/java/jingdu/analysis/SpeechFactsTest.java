package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechFactsTest {

    @Test
    void titleLevelMeetingAndDate() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "在全县安全生产工作会议上的讲话",
                "同志们：",
                "今天，我们召开全县安全生产工作会议，总结2022年工作。",
                "今年以来，我县安全生产形势平稳，全县未发生较大事故，全市排名靠前。"));
        assertThat(f.title()).isEqualTo("在全县安全生产工作会议上的讲话");
        assertThat(f.governmentLevel()).isEqualTo("县");
        assertThat(f.meeting()).isEqualTo("全县安全生产工作会议");
        assertThat(f.meetingType()).isEqualTo("工作会议");
        assertThat(f.date()).isEqualTo("2022年");
    }

    @Test
    void meetingFromTheTitleAndPrefectureLevel() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "在全州防汛工作电视电话会议上的讲话",
                "同志们：",
                "今年入汛以来，全州降雨偏多，我州各县要立即行动。"));
        assertThat(f.governmentLevel()).isEqualTo("州");
        assertThat(f.meeting()).isEqualTo("全州防汛工作电视电话会议");
        assertThat(f.meetingType()).isEqualTo("电视电话会议");
    }

    @Test
    void aDescriptionIsNoMeetingName() {
        SpeechFacts f = SpeechFacts.of("同志们：\n这次县安委会全体会议，是经县委同意召开的一次重要会议。");
        assertThat(f.meeting()).isEqualTo("县安委会全体会议");
        assertThat(f.meetingType()).isEqualTo("全体会议");
    }

    @Test
    void nothingStatedMeansNull() {
        SpeechFacts f = SpeechFacts.of("同志们：\n一、思想上要再重视。");
        assertThat(f.title()).isNull();
        assertThat(f.governmentLevel()).isNull();
        assertThat(f.meeting()).isNull();
        assertThat(f.meetingType()).isNull();
        assertThat(f.date()).isNull();
    }
}
