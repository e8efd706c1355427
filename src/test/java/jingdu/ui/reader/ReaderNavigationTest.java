package jingdu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jingdu.model.Obligation;
import jingdu.model.Strength;
import org.junit.jupiter.api.Test;

class ReaderNavigationTest {

    private static final List<Obligation> OBLIGATIONS = List.of(
            new Obligation(10, 20, Strength.MANDATORY), new Obligation(30, 40, Strength.REQUIRED),
            new Obligation(50, 60, Strength.ADVISORY));

    @Test
    void paragraphsStopAtBothEnds() {
        assertThat(ReaderNavigation.paragraph(0, 1, 5)).isEqualTo(1);
        assertThat(ReaderNavigation.paragraph(4, 1, 5)).isEqualTo(4);
        assertThat(ReaderNavigation.paragraph(0, -1, 5)).isZero();
        assertThat(ReaderNavigation.paragraph(3, -1, 0)).isZero();
    }

    @Test
    void obligationsForwardAndBackFromTheSelectionStart() {
        assertThat(ReaderNavigation.obligation(OBLIGATIONS, 0, true)).isZero();
        assertThat(ReaderNavigation.obligation(OBLIGATIONS, 10, true)).isEqualTo(1); // on the first: move on
        assertThat(ReaderNavigation.obligation(OBLIGATIONS, 50, true)).isEqualTo(-1);
        assertThat(ReaderNavigation.obligation(OBLIGATIONS, 30, false)).isZero();
        assertThat(ReaderNavigation.obligation(OBLIGATIONS, 10, false)).isEqualTo(-1);
        assertThat(ReaderNavigation.obligation(OBLIGATIONS, 45, false)).isEqualTo(1);
    }
}
