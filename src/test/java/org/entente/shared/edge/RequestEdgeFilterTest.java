package org.entente.shared.edge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

/** The edge filter on pages (the API's problems are covered by RequestEdgesIT): what never gets through. */
class RequestEdgeFilterTest {

    final RequestEdgeFilter filter =
            new RequestEdgeFilter(RequestLimits.of(DataSize.ofKilobytes(1), DataSize.ofKilobytes(4)), null, null, null);

    @Test
    void aCleanRequestGoesThrough() throws Exception {
        var request = new MockHttpServletRequest("POST", "/committees/7");
        request.addParameter("title.ar", "اللجنة\u200F المشتركة");
        request.addHeader("Accept-Language", "ar-MA,ar;q=0.9");
        assertThat(run(request).passed).isTrue();
    }

    @Test
    void aControlCharacterAnywhereIs400AndGoesNoFurther() throws Exception {
        var value = new MockHttpServletRequest("POST", "/login");
        value.addParameter("username", "planner.mar\u0000");
        assertRefused(value, 400);
        var name = new MockHttpServletRequest("POST", "/login");
        name.addParameter("user\u0000name", "x");
        assertRefused(name, 400);
        assertRefused(new MockHttpServletRequest("GET", "/workplans/1%00"), 400);
        assertRefused(new MockHttpServletRequest("GET", "/workplans/%zz"), 400);
        var header = new MockHttpServletRequest("GET", "/");
        header.addHeader("Accept-Language", "ar\u0000");
        assertRefused(header, 400);
        var override = new MockHttpServletRequest("POST", "/organizations");
        override.addParameter("name.en", "abc\u202Edef");
        assertRefused(override, 400);
    }

    @Test
    void aFileNameWithADirectionOverrideIs400() throws Exception {
        var upload = new MockMultipartHttpServletRequest();
        upload.setRequestURI("/attachments/committee/1");
        upload.addFile(new MockMultipartFile("file", "invoice\u202Efdp.exe", "application/pdf", new byte[] {1}));
        assertRefused(upload, 400);
    }

    @Test
    void aBodyLongerThanItsLimitIs413FromItsLengthOrWhileItIsRead() throws Exception {
        var declared = new MockHttpServletRequest("POST", "/organizations");
        declared.setContentType("application/x-www-form-urlencoded");
        declared.setContent(new byte[2048]);
        assertRefused(declared, 413);
        // An upload may be larger: 2 kB of a file is within its 4 kB.
        var upload = new MockHttpServletRequest("POST", "/api/v1/workplans/1/activities.xlsx");
        upload.setContentType("application/octet-stream");
        upload.setContent(new byte[2048]);
        assertThat(run(upload).passed).isTrue();
        // Chunked: no length up front; the handler reading past the limit ends in 413.
        var chunked = new MockHttpServletRequest("POST", "/organizations") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContentType("application/json");
        chunked.setContent("x".repeat(5000).getBytes(StandardCharsets.US_ASCII));
        var response = new MockHttpServletResponse();
        filter.doFilter(chunked, response, (req, res) -> StreamUtils.copyToByteArray(req.getInputStream()));
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(BodyTooLarge.wasRaisedFor(chunked)).isTrue();
    }

    private void assertRefused(MockHttpServletRequest request, int status) throws Exception {
        Outcome outcome = run(request);
        assertThat(outcome.passed).as(request.getRequestURI()).isFalse();
        assertThat(outcome.response.getStatus()).as(request.getRequestURI()).isEqualTo(status);
    }

    record Outcome(boolean passed, MockHttpServletResponse response) {}

    private Outcome run(MockHttpServletRequest request) throws Exception {
        var response = new MockHttpServletResponse();
        var passed = new AtomicBoolean();
        FilterChain chain = (req, res) -> passed.set(true);
        filter.doFilter(request, response, chain);
        return new Outcome(passed.get(), response);
    }
}
