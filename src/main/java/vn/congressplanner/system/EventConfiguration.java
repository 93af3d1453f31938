package vn.congressplanner.system;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Cross-module events: services publish past-tense records ({@code TaskCreated}, {@code
 * MilestoneSubmitted}, {@code CongressDatesChanged} …); listeners in other modules run after the
 * publishing transaction commits ({@code @ApplicationModuleListener}: asynchronously, in their own
 * transaction). Spring Modulith stores each publication in {@code event_publication} with the
 * change itself, so a listener that fails (or a JVM that stops) leaves it incomplete; this job
 * hands incomplete publications to their listeners again. Listeners are written to be idempotent,
 * because with several instances two of them may resubmit the same publication.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class EventConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EventConfiguration.class);

  private final IncompleteEventPublications incomplete;
  private final Duration retryAfter;

  EventConfiguration(
      IncompleteEventPublications incomplete,
      @Value("${planner.events.retry-after:PT5M}") Duration retryAfter) {
    this.incomplete = incomplete;
    this.retryAfter = retryAfter;
  }

  @Scheduled(
      initialDelayString = "${planner.events.retry-every:PT5M}",
      fixedDelayString = "${planner.events.retry-every:PT5M}")
  void resubmitIncompletePublications() {
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
    } catch (RuntimeException e) {
      // The database may be away for a moment; the next round tries again.
      log.warn("Could not resubmit incomplete event publications: {}", e.toString());
    }
  }
}
