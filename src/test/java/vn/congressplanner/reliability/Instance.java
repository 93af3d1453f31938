package vn.congressplanner.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.congressplanner.PlannerApplication;

/**
 * One instance of the whole application in this JVM, on a free port, as {@code java -jar} would run
 * it: its own application context, connection pool, session repository and caches. Two of them on
 * one database are two instances behind a load balancer; one of them on a {@link ThrowawayPostgres}
 * is an instance whose database gets restarted.
 */
final class Instance implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private Instance(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the application with the given profiles and settings (given as command-line arguments,
   * so that they win over the profiles' files) and waits until it serves.
   */
  static Instance start(List<String> profiles, Map<String, String> settings) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    settings.forEach((key, value) -> args.add("--" + key + "=" + value));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PlannerApplication.class)
            .profiles(profiles.toArray(String[]::new))
            .run(args.toArray(String[]::new));
    return new Instance(context);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
