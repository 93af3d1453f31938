package vn.congressplanner.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Says at start-up where the application answers and, with the demo, where its accounts are. */
@Component
class StartupLog {

  private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

  private final Environment environment;

  StartupLog(Environment environment) {
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      return; // no web server (a test without one)
    }
    String path = environment.getProperty("server.servlet.context-path", "");
    log.info("Congress Planner is ready: http://localhost:{}{}/", port, path);
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      log.info(
          "Demo data loaded. Demo accounts (admin, lanhdao, tuyengiao, congan) and their"
              + " passwords: README.md, section \"Demo users\".");
    }
  }
}
