package vn.sct.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TasklistErrorFilterTest {

    @Test
    void extractsTheVietnameseMessageFromTheEnginesWrapping() {
        String wrapped = "Cannot submit task form 8831d94c: ENGINE-03051 There was an exception while invoking the"
                + " TaskListener. Message: 'vn.sct.tracker.common.ValidationException: Ý kiến: bắt buộc khi trả"
                + " lại: hãy nói rõ cần sửa gì'";
        assertThat(TasklistErrorFilter.plainMessage(wrapped)).isEqualTo("Ý kiến: bắt buộc khi trả lại: hãy nói rõ cần sửa gì");
    }

    @Test
    void leavesOtherErrorsAlone() {
        assertThat(TasklistErrorFilter.plainMessage("ENGINE-03051 … Message: 'java.lang.NullPointerException'")).isNull();
        assertThat(TasklistErrorFilter.plainMessage(null)).isNull();
    }
}
