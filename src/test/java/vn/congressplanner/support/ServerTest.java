package vn.congressplanner.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against this run's PostgreSQL (demo data, "today"
 * 2019-07-15), for tests that need a real server: parallel requests through Tomcat, raw bytes that
 * MockMvc would never send. The same configuration as {@link BrowserTest}, so they share one
 * application context. Drive it with {@link WebClient}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface ServerTest {}
