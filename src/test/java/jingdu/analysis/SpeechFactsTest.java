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
        assertThat(f.date()).isEqualTo("2022年");
    }

    @Test
    void nothingStatedMeansNull() {
        SpeechFacts f = SpeechFacts.of("同志们：\n一、思想上要再重视。");
        assertThat(f.title()).isNull();
        assertThat(f.governmentLevel()).isNull();
        assertThat(f.meeting()).isNull();
        assertThat(f.date()).isNull();
    }
}
