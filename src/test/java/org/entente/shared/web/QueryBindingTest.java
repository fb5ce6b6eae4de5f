package org.entente.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A query string bound to a record, with a name that walks into a component the request left null:
 * passed over like an unknown name (the binder used to throw, a 500), for every controller at once.
 */
class QueryBindingTest {

    /** A query record as the pages bind them: texts, none of them required. */
    record Asked(String q, String classification, List<String> nations) {}

    /** A form record with a nested text, bound by its constructor. */
    record Form(LanguageTexts title, String status) {}

    @RestController
    static class Pages {
        @GetMapping("/asked")
        String asked(Asked asked) {
            return "q=" + asked.q() + " classification=" + asked.classification();
        }

        @PostMapping("/form")
        String form(Form form) {
            return "title=" + (form.title() == null ? null : form.title().en()) + " status=" + form.status();
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages())
            .setControllerAdvice(new QueryBinding())
            .build();

    private String answer(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void aNestedNameUnderANullComponentIsPassedOver() throws Exception {
        assertThat(answer(get("/asked").param("q", "plan").param("classification.x", "1")))
                .isEqualTo("q=plan classification=null");
        assertThat(answer(get("/asked").param("nations[0]", "MAR").param("q.x.y", "1")))
                .startsWith("q=null classification=null");
    }

    @Test
    void aFormsNestedTextsStillBind() throws Exception {
        assertThat(answer(post("/form").param("title.en", "Plan").param("status", "DRAFT")))
                .isEqualTo("title=Plan status=DRAFT");
        assertThat(answer(post("/form").param("status.x", "1").param("title.en.x", "1")))
                .startsWith("title=");
    }
}
