package jingdu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jingdu.text.TextLayout;

class HeadingDetectorTest {

    private static int[] levelAndEnd(String paragraph) {
        TextLayout.Range p = new TextLayout.Range(0, paragraph.length());
        List<TextLayout.Range> sentences = TextLayout.sentences(paragraph, p);
        int level = HeadingDetector.level(paragraph, p, sentences);
        return new int[] {level, HeadingDetector.headingEnd(p, sentences, level)};
    }

    @Test
    void aRunInHeadingEndsWithItsFirstSentence() {
        assertThat(levelAndEnd("一、风险上要再研判。夏季高温多雨，各类风险交织。")).containsExactly(1, 10);
        assertThat(levelAndEnd("（二）压实企业主体责任。各企业要落实全员责任制。")).containsExactly(2, 12);
        assertThat(levelAndEnd("（3）严格动火审批。动火作业必须办理作业票。")).containsExactly(3, 10);
    }

    @Test
    void aWholeLineHeadingIsAllHeading() {
        assertThat(levelAndEnd("一、提高站位")).containsExactly(1, 6);
        assertThat(levelAndEnd("（一）全面排查燃气隐患。")).containsExactly(2, 12);
        assertThat(levelAndEnd("2. 加强值班值守")).containsExactly(3, 9);
    }

    @Test
    void numbersAndListItemsAreNotRunInHeadings() {
        // a decimal, a list clause ending on ；, a long first sentence: body text
        assertThat(levelAndEnd("1.5万家企业完成了自查。其余企业要在月底前完成。")[0]).isZero();
        assertThat(levelAndEnd("1. 各乡镇要加强巡查；2. 各部门要加强督导。")[0]).isZero();
        assertThat(levelAndEnd("1. 各乡镇要在汛期到来之前对辖区内所有河道堤防开展一次全面排查。发现问题及时整改。")[0]).isZero();
        assertThat(levelAndEnd("今年以来，全县安全形势总体平稳。")).containsExactly(0, 0);
    }
}
