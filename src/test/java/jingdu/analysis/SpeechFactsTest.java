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

    @Test
    void theSignatureDateWinsOverYearsInTheBody() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "关于做好汛期地质灾害防范工作的通知",
                "各乡镇人民政府，县直各部门：",
                "2016年以来，我县共发生地质灾害四十余起。到2020年底，已完成搬迁一百余户。",
                "请各单位认真抓好落实。",
                "县应急管理局",
                "2024年5月8日"));
        assertThat(f.date()).isEqualTo("2024年5月8日");
        // a dateline in brackets under the title, and Chinese digits of an official signature
        assertThat(SpeechFacts.of("在全区消防工作会议上的讲话\n（2023年11月2日）\n2019年以来，全区火灾起数逐年下降。").date())
                .isEqualTo("2023年11月2日");
        assertThat(SpeechFacts.of("关于开展燃气安全检查的通知\n各单位：\n请抓好落实。\n二〇二四年十二月二十五日").date())
                .isEqualTo("2024年12月25日");
    }

    @Test
    void aNewsDatelineDatesTheReport() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "我市部署节前安全生产工作",
                "本报讯（记者 李华）2月2日，全市节前安全生产工作会议召开。会议指出，2018年以来全市未发生较大事故。"));
        assertThat(f.date()).isEqualTo("2月2日");
        assertThat(SpeechFacts.of("简讯\n本报讯 2025年1月9日，区安委会召开全体会议。").date()).isEqualTo("2025年1月9日");
        // an enterprise's news lead takes its year from the title
        assertThat(SpeechFacts.of("厂里召开2025年防汛动员会\n7月1日，厂里召开防汛动员会。2019年以来厂区未受淹。").date())
                .isEqualTo("2025年7月1日");
    }

    @Test
    void yearsThatBoundAPeriodDoNotDateTheSpeech() {
        assertThat(SpeechFacts.of("同志们：\n2015年以来，全市事故逐年下降。今年是2021年，任务繁重。").date()).isEqualTo("2021年");
        assertThat(SpeechFacts.of("同志们：\n截至2022年，全县已整治隐患三千余处。").date()).isNull();
    }

    @Test
    void aDayThatBoundsATaskDoesNotDateTheSpeech() {
        assertThat(SpeechFacts.of("同志们：\n各地要在2025年12月31日前完成整治。").date()).isNull();
        assertThat(SpeechFacts.of("同志们：\n新规自2024年7月1日起施行，2024年全省要抓好宣贯。").date()).isEqualTo("2024年");
        assertThat(SpeechFacts.of("同志们：\n2024年3月5日，我们召开了专题会议。").date()).isEqualTo("2024年3月5日");
    }

    @Test
    void aCountOfMeetingsIsNoMeetingName() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "同志们：",
                "今年以来，市政府先后召开7个专题会议研究安全生产。",
                "今天我们召开全市安全生产工作会议，部署下一阶段工作。"));
        assertThat(f.meeting()).isEqualTo("全市安全生产工作会议");
        assertThat(f.meetingType()).isEqualTo("工作会议");
        assertThat(SpeechFacts.of("同志们：\n一季度，我们召开各类调度会十余次。").meeting()).isNull();
    }

    @Test
    void theTitleNamesThisMeetingBeforeTheBodyNamesAnother() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "在全县防汛工作会议上的讲话",
                "同志们：",
                "刚才，我们收听收看了全省防汛工作电视电话会议。"));
        assertThat(f.meeting()).isEqualTo("全县防汛工作会议");
    }

    @Test
    void aListOfProvincesIsNoProvincialSpeech() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "关于进一步加强安全生产工作的通知",
                "各省、自治区、直辖市安委会：",
                "各地区要结合本省（区、市）实际，抓好落实。全省区市都要开展排查。各省（区、市）要及时报送情况。"));
        assertThat(f.governmentLevel()).isNull();
        assertThat(SpeechFacts.of("同志们：\n全区域覆盖，全市场监管。").governmentLevel()).isNull();
        assertThat(SpeechFacts.of("同志们：\n全省上下要行动起来，我省各地要抓好落实。").governmentLevel()).isEqualTo("省");
    }

    @Test
    void theFirstLineIsTheTitleOnlyWhenItReadsAsOne() {
        assertThat(SpeechFacts.of("关于做好春节期间烟花爆竹安全管理工作的通知\n各乡镇：").title())
                .isEqualTo("关于做好春节期间烟花爆竹安全管理工作的通知");
        assertThat(SpeechFacts.of("副市长王强：在全市安全生产工作会议上的讲话\n同志们：").title())
                .isEqualTo("副市长王强：在全市安全生产工作会议上的讲话");
        assertThat(SpeechFacts.of("各位领导、同志们\n今天召开会议。").title()).isNull();
        assertThat(SpeechFacts.of("各县区应急管理局：\n现将有关事项通知如下。").title()).isNull();
        assertThat(SpeechFacts.of("2024年3月5日\n同志们：").title()).isNull();
        assertThat(SpeechFacts.of("今天召开会议。主要任务是部署工作\n同志们：").title()).isNull();
    }

    @Test
    void aReportNamesTheMeetingThatWasHeld() {
        SpeechFacts f = SpeechFacts.of(String.join("\n",
                "我县部署汛期安全工作",
                "6月2日上午全县防汛安全工作会议在县政府召开。会议要求各乡镇抓好落实。"));
        assertThat(f.meeting()).isEqualTo("全县防汛安全工作会议");
        assertThat(f.meetingType()).isEqualTo("工作会议");
    }
}
