package jingdu.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import jingdu.io.AnnotationsJson;
import jingdu.io.ImportException;

/** A colleague's annotations file can be anything: it parses, or it is refused with a message key. */
class AnnotationsJsonFuzzTest {

    private static final String[] PIECES = {"{", "}", "[", "]", ",", ":", "\"format\"", "\"jingdu-annotations\"",
        "\"version\"", "1", "\"speeches\"", "\"tags\"", "\"notes\"", "\"paragraph\"", "\"level\"", "\"leadership\"",
        "\"start\"", "\"end\"", "\"quote\"", "\"body\"", "\"sha256\"", "\"text\"", "\"title\"", "-1", "1e309", "null",
        // version 2: corrections of the engine
        "2", "\"corrections\"", "\"kind\"", "\"value\"", "\"createdAt\"", "\"dismissObligation\"", "\"actor\"",
        "\"strength\"", "\"mandatory\"", "\"sector\"", "\"rejectLevel\"", "\"2024-03-06T08:00:00Z\""};

    @FuzzTest(maxDuration = "15s")
    void readBounded(FuzzedDataProvider data) {
        read(data);
    }

    @FuzzTest(maxDuration = "10m")
    void readLong(FuzzedDataProvider data) {
        read(data);
    }

    private static void read(FuzzedDataProvider data) {
        StringBuilder json = new StringBuilder();
        while (data.remainingBytes() > 0 && json.length() < 20_000) {
            json.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(6));
        }
        try {
            assertThat(AnnotationsJson.read(json.toString())).isNotNull();
        } catch (ImportException e) {
            assertThat(e.key()).isNotBlank();
        }
    }
}
