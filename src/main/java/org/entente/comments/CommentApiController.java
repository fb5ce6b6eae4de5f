package org.entente.comments;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.shared.NotReadable;
import org.entente.shared.PersonNames;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.api.PersonJson;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The comments API (api.md): a record's comments ({@code ?record=activity:39}) and posting one
 * ({@code {"record": "activity:39", "body": "…", "internal": false}}). A record the caller may not
 * read is 404; a refused text or mention is 422 naming the field.
 */
@RestController
@RequestMapping(CommentApiController.PATH)
class CommentApiController {

    static final String PATH = "/api/v1/comments";

    private static final Pattern RECORD = Pattern.compile("([a-z-]{1,20}):(\\d{1,18})");

    /** A comment to post. */
    record NewComment(String record, String body, Boolean internal) {}

    /** One version of a comment's text (Markdown as typed, and as safe HTML). */
    record VersionJson(int version, String body, String html, Instant at) {}

    record CommentJson(
            long id,
            String record,
            PersonJson author,
            boolean internal,
            Instant postedAt,
            String body,
            String html,
            boolean edited,
            List<VersionJson> versions,
            String link,
            LabelJson label) {}

    private final Comments comments;
    private final PersonNames people;

    CommentApiController(Comments comments, PersonNames people) {
        this.comments = comments;
        this.people = people;
    }

    @GetMapping
    ListJson<CommentJson> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String record,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        Matcher found = parse(record);
        String type = found.group(1);
        long id = Long.parseLong(found.group(2));
        Comments.Thread thread =
                comments.thread(reader, type, id).orElseThrow(() -> new NotReadable(CommentedRecords.named(type), id));
        Map<String, org.entente.shared.PersonName> authors = people.ofAccounts(
                reader,
                thread.comments().stream().map(Comment::author).distinct().toList());
        return ListJson.of(thread.comments(), paging, c -> json(c, authors.get(c.author())));
    }

    @ResponseStatus(HttpStatus.CREATED) // the answer of success, for the OpenAPI document
    @PostMapping
    @DeniedAs(action = Comments.POST, objectType = "record")
    ResponseEntity<CommentJson> post(@AuthenticationPrincipal Subject author, @RequestBody NewComment comment) {
        Matcher found = parse(comment.record());
        Comment posted = comments.post(
                author,
                found.group(1),
                Long.parseLong(found.group(2)),
                comment.body(),
                Boolean.TRUE.equals(comment.internal()));
        return ResponseEntity.created(URI.create("/comments/" + posted.id()))
                .body(json(posted, people.ofAccount(author, posted.author())));
    }

    private static Matcher parse(String record) {
        Matcher found = RECORD.matcher(record == null ? "" : record.strip());
        if (!found.matches() || !CommentedRecords.commented(found.group(1))) {
            throw Refused.field("record", "comments.error.record");
        }
        return found;
    }

    private static CommentJson json(Comment c, org.entente.shared.PersonName author) {
        return new CommentJson(
                c.id(),
                c.recordType() + ":" + c.recordId(),
                PersonJson.of(author),
                c.internal(),
                c.postedAt(),
                c.current().body(),
                c.current().html(),
                c.edited(),
                c.versions().stream()
                        .map(v -> new VersionJson(v.number(), v.body(), v.html(), v.writtenAt()))
                        .toList(),
                "/comments/" + c.id(),
                LabelJson.of(c.label()));
    }
}
