package fr.cohorte.session;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

/** An iCalendar answer with an ETag, so that clients polling a feed that did not change get a 304. */
final class CalendarResponse {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private CalendarResponse() {
    }

    static ResponseEntity<String> of(String ics, WebRequest request) {
        String etag = "\"" + DigestUtils.md5DigestAsHex(ics.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(etag).body(ics);
    }
}
