package org.entente.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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

    /** A relabel form: a list of nations, and a map keyed by nation. */
    record Relabel(List<String> releasableTo, Map<String, String> capacity) {}

    @RestController
    static class Pages {
        @PostMapping("/relabel")
        String relabel(Relabel form) {
            return "releasableTo=" + form.releasableTo() + " capacity=" + form.capacity();
        }

        /** As the shared handlers answer it. */
        @ExceptionHandler(InvalidPropertyException.class)
        @ResponseStatus(HttpStatus.BAD_REQUEST)
        String badName(InvalidPropertyException bad) {
            return "bad name " + bad.getPropertyName();
        }

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
        return answer(request, 200);
    }

    private String answer(RequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return response.getContentAsString();
    }

    @Test
    void aListIndexThatIsNotANumberIsABadNameNotAFault() throws Exception {
        assertThat(answer(post("/relabel").param("releasableTo[MAR]", "MAR"), 400))
                .isEqualTo("bad name releasableTo[MAR]");
        assertThat(answer(post("/relabel").param("releasableTo[", "MAR"), 400)).isEqualTo("bad name releasableTo[");
        assertThat(answer(post("/relabel").param("releasableTo[99999999999]", "MAR"), 400))
                .isEqualTo("bad name releasableTo[99999999999]");
    }

    @Test
    void numberedListsAndKeyedMapsStillBind() throws Exception {
        assertThat(answer(post("/relabel")
                        .param("releasableTo[1]", "ISR")
                        .param("releasableTo[0]", "MAR")
                        .param("capacity[MAR]", "Co-chair")))
                .isEqualTo("releasableTo=[MAR, ISR] capacity={MAR=Co-chair}");
        assertThat(answer(post("/relabel").param("releasableTo", "MAR", "ISR"))).startsWith("releasableTo=[MAR, ISR]");
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
