package vn.congressplanner.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the statements a request executes. The data source hands out connections whose statements
 * bump a per-thread counter; a filter in front of every other (Spring Session's included) reads it
 * when the request is done and logs it for requests that ask with the {@value #HEADER} header, so
 * that the load runs themselves are not slowed by logging.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class StatementCounting {

  static final String HEADER = "X-Count-Statements";

  /**
   * Answered by the filter itself, before security: the bench profile only, never in production.
   */
  static final String JVM_PATH = "/bench/jvm";

  static long allocatedBytes() {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    return threads instanceof com.sun.management.ThreadMXBean sun
        ? sun.getTotalThreadAllocatedBytes()
        : -1;
  }

  private static final Logger log = LoggerFactory.getLogger(StatementCounting.class);
  private static final ThreadLocal<int[]> COUNTER = new ThreadLocal<>();

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource ds && !(bean instanceof Counting)
            ? new Counting(ds)
            : bean;
      }
    };
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> statementCountFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(
            new OncePerRequestFilter() {
              @Override
              protected void doFilterInternal(
                  HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                  throws ServletException, IOException {
                if (JVM_PATH.equals(request.getRequestURI())) {
                  // The bench driver's window counters: bytes allocated by every thread so far.
                  response.setContentType("application/json");
                  response.getWriter().write("{\"allocatedBytes\":" + allocatedBytes() + "}");
                  return;
                }
                int[] count = {0};
                COUNTER.set(count);
                try {
                  chain.doFilter(request, response);
                } finally {
                  COUNTER.remove();
                  if (request.getHeader(HEADER) != null) {
                    String query = request.getQueryString();
                    log.info(
                        "bench-statements {} {} {} statements={}",
                        request.getMethod(),
                        request.getRequestURI() + (query == null ? "" : "?" + query),
                        response.getStatus(),
                        count[0]);
                  }
                }
              }
            });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private static void counted() {
    int[] count = COUNTER.get();
    if (count != null) {
      count[0]++;
    }
  }

  static final class Counting extends DelegatingDataSource {

    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(super.getConnection(username, password));
    }

    private static Connection wrap(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              StatementCounting.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                Object result = invoke(connection, method, args);
                return result instanceof Statement statement
                    ? statementProxy(statement, method.getReturnType())
                    : result;
              });
    }

    private static Object statementProxy(Statement statement, Class<?> type) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
              counted();
            }
            return invoke(statement, method, args);
          };
      return Proxy.newProxyInstance(
          StatementCounting.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
