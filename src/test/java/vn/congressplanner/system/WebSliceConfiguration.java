package vn.congressplanner.system;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The beans the templates call by name ({@code @fmt}, {@code @today}, {@code @pageLinks}, the
 * header's {@code @notificationCounter}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ClockConfiguration.class, FragmentHtml.class})
@EnableConfigurationProperties(PlannerProperties.class)
class WebSliceConfiguration {

  @Bean("fmt")
  Formats fmt(PlannerProperties properties) {
    return new Formats(properties);
  }

  @Bean("today")
  Today today(Clock clock, PlannerProperties properties) {
    return new Today(clock, properties);
  }

  @Bean("pageLinks")
  PageLinks pageLinks() {
    return new PageLinks();
  }

  /** The layout's unread counter without the notification module: always 0, same polling. */
  @Bean("notificationCounter")
  SliceNotificationCounter notificationCounter() {
    return new SliceNotificationCounter();
  }

  public static class SliceNotificationCounter {
    public long unread() {
      return 0;
    }

    public String trigger() {
      return "every 60s";
    }
  }
}
