package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** A realistic speech excerpt: headings, punctuation, quotes, digits. */
    private static final String SPEECH = String.join("\n",
            "在全市安全生产工作会议上的讲话",
            "同志们：",
            "今天召开全市安全生产工作会议，主要任务是贯彻落实上级关于安全生产工作的决策部署。",
            "一、思想上要再重视。安全生产工作没有节假日，必须时刻绷紧“安全生产”这根弦。",
            "（一）要突出抓好煤矿、非煤矿山、危险化学品、道路交通等重点行业领域的安全监管。",
            "各级党委和政府要严格落实属地管理责任，企业要切实落实主体责任，确保6月底前完成整改。");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithoutBom() throws Exception {
        TextDecoder.Decoded d = TextDecoder.read(write("a.txt", SPEECH.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(SPEECH);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8WithBomDropsTheBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        TextDecoder.Decoded d = TextDecoder.read(write("a.txt", concat(bom, SPEECH.getBytes(StandardCharsets.UTF_8))));
        assertThat(d.text()).isEqualTo(SPEECH);
    }

    @Test
    void gbk() throws Exception {
        TextDecoder.Decoded d = TextDecoder.read(write("gbk.txt", SPEECH.getBytes(GBK)));
        assertThat(d.text()).isEqualTo(SPEECH);
    }

    @Test
    void shortGbkLine() throws Exception {
        String line = "安全生产工作会议";
        assertThat(TextDecoder.read(write("short.txt", line.getBytes(GBK))).text()).isEqualTo(line);
    }

    @Test
    void gb18030WithCharacterOutsideGbk() throws Exception {
        String text = SPEECH + "\n生僻字：㐀𠀀，仍须原样读出。";
        assertThat(GBK.newEncoder().canEncode("㐀")).isFalse();
        TextDecoder.Decoded d = TextDecoder.read(write("gb18030.txt", text.getBytes(GB18030)));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo(GB18030);
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path f = write("le.txt", concat(bom, SPEECH.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(TextDecoder.read(f).text()).isEqualTo(SPEECH);
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        byte[] bom = {(byte) 0xFE, (byte) 0xFF};
        Path f = write("be.txt", concat(bom, SPEECH.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(TextDecoder.read(f).text()).isEqualTo(SPEECH);
    }

    @Test
    void crlfAndCrBecomeLf() throws Exception {
        Path crlf = write("crlf.txt", SPEECH.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Path gbkCrlf = write("gbkcrlf.txt", SPEECH.replace("\n", "\r\n").getBytes(GBK));
        Path cr = write("cr.txt", SPEECH.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.read(crlf).text()).isEqualTo(SPEECH);
        assertThat(TextDecoder.read(gbkCrlf).text()).isEqualTo(SPEECH);
        assertThat(TextDecoder.read(cr).text()).isEqualTo(SPEECH);
    }

    @Test
    void lfFileKeepsBlankLinesAndIndentation() throws Exception {
        String text = "标题\n\n\u3000\u3000正文第一段。\n";
        assertThat(TextDecoder.read(write("lf.txt", text.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(text);
    }

    @Test
    void randomBytesWithNulsAreNotText() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 97) {
            bytes[i] = 0;
        }
        assertKey(write("random.bin", bytes), "import.error.notText");
    }

    @Test
    void pngIsNotText() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        assertKey(write("image.txt", png), "import.error.notText");
    }

    @Test
    void utf8TextWithNulIsNotText() throws Exception {
        assertKey(write("nul.txt", "安全\u0000生产".getBytes(StandardCharsets.UTF_8)), "import.error.notText");
    }

    @Test
    void emptyFile() throws Exception {
        assertKey(write("empty.txt", new byte[0]), "import.error.empty");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        assertKey(write("blank.txt", " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8)), "import.error.empty");
    }

    @Test
    void bomOnlyFile() throws Exception {
        assertKey(write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "import.error.empty");
    }

    @Test
    void oversizeFileIsRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(TextDecoder.MAX_BYTES + 1); // sparse: cheap to create
        }
        assertKey(f, "import.error.tooLarge");
    }

    @Test
    void oversizeBytesAreRefused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[(int) TextDecoder.MAX_BYTES + 1], "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.key()).isEqualTo("import.error.tooLarge"));
    }

    @Test
    void missingFileAndDirectory() {
        assertKey(dir.resolve("nope.txt"), "import.error.notFound");
        assertKey(dir, "import.error.notFound");
    }

    private static void assertKey(Path file, String key) {
        assertThatThrownBy(() -> TextDecoder.read(file))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
