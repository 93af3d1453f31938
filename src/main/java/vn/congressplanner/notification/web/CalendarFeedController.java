package vn.congressplanner.notification.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.congressplanner.notification.CalendarFeed;

/** {@code GET /calendar/{token}.ics}: no session, the secret token is the key. */
@RestController
class CalendarFeedController {

  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final CalendarFeed calendar;

  CalendarFeedController(CalendarFeed calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/calendar/{token}.ics")
  ResponseEntity<String> feed(@PathVariable String token) {
    return ResponseEntity.ok()
        .contentType(CALENDAR)
        .cacheControl(CacheControl.noStore())
        .header("X-Robots-Tag", "noindex")
        .body(calendar.feed(token));
  }
}
