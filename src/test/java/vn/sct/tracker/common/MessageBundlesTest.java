package vn.sct.tracker.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text is in Vietnamese and beside it in English; the answers name a field by its label. */
class MessageBundlesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        Properties vi = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        assertThat(vi.stringPropertyNames()).filteredOn(k -> !k.equals("label.none"))
                .allSatisfy(k -> assertThat(vi.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void aRefusalOfAFieldWithoutALabelNamesTheFieldAsSent() {
        assertThat(new ValidationException("weird", "reason.required").getMessage()).isEqualTo("weird: bắt buộc phải nhập");
        assertThat(new ValidationException("deadline", "reason.required").getMessage())
                .isEqualTo("Thời hạn hoàn thành: bắt buộc phải nhập");
    }

    @Test
    void datesAreReadStrictly() {
        assertThat(InputDates.date("2027-01-29", "d")).hasToString("2027-01-29");
        assertThat(InputDates.date(" 29/1/2027 ", "d")).hasToString("2027-01-29");
        for (String bad : new String[] {"2027-1-29", "2027-01-29T00:00", "29/01/27", "0000-01-01", "2200-01-01",
                "29-01-2027", "２０２７-01-29", "2027-01-29 "}) {
            if (bad.strip().equals("2027-01-29")) {
                continue;
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputDates.date(bad, "d")).as(bad)
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(InputDates.month("10/2026", "m")).hasToString("2026-10");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InputDates.month("-2026-10", "m"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void textRefusesControlCharactersOnly() {
        assertThat(InputText.firstRefused("Báo cáo <b>gấp</b> 😀", false)).isEqualTo(-1);
        assertThat(InputText.firstRefused("dòng 1\ndòng 2\ttab", true)).isEqualTo(-1);
        assertThat(InputText.firstRefused("dòng 1\ndòng 2", false)).isEqualTo(6);
        assertThat(InputText.firstRefused("a\u0000", true)).isEqualTo(1);
        assertThat(InputText.firstRefused("a\u0085", true)).isEqualTo(1);
        assertThat(InputText.firstRefused("a\uD800b", true)).isEqualTo(1);
        assertThat(InputText.firstRefused("\uFFFF", true)).isZero();
    }

    @Test
    void sentencesJoinWithOneFullStop() {
        assertThat(Text.sentences("Đã báo cáo đúng thời gian hoàn thành.", "Đã tiếp thu ý kiến"))
                .isEqualTo("Đã báo cáo đúng thời gian hoàn thành. Đã tiếp thu ý kiến");
        assertThat(Text.sentences("Dự thảo báo cáo", "Đã tiếp thu ý kiến")).isEqualTo("Dự thảo báo cáo. Đã tiếp thu ý kiến");
        assertThat(Text.sentences("Xong!", null)).isEqualTo("Xong!");
        assertThat(Text.sentences("  ", "Ghi chú")).isEqualTo("Ghi chú");
    }
}
