package vn.congressplanner.account;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database (shared by every instance), and Spring Session JDBC writes a
 * session's last-access time back after every request: a write transaction with a WAL flush on each
 * GET that changes nothing (issue 12 measured ~3.8 ms of latency for it). This decorator records
 * the last access only when the stored one is older than {@link #TOUCH_AFTER}; every other change
 * (attributes, a new id at login, the timeout) is saved as before. A session may thus expire up to
 * a minute earlier than its 8 hours.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<Session> {

  static final Duration TOUCH_AFTER = Duration.ofMinutes(1);

  private final FindByIndexNameSessionRepository<Session> delegate;

  @SuppressWarnings({"unchecked", "rawtypes"})
  QuietSessionRepository(JdbcIndexedSessionRepository delegate) {
    // Its session type is package-private: talk to it through the interface it implements.
    this.delegate = (FindByIndexNameSessionRepository) delegate;
  }

  @Override
  public Session createSession() {
    return new Quiet(delegate.createSession());
  }

  /**
   * The session this thread saved last, until the request ends. Spring Session's filter saves the
   * session at the end of a request and then asks whether the requested id is still valid, which
   * loads the session a second time (two statements per page, issue 12); that question gets the
   * session it just saved. {@link RequestScope} clears it around every request, so that no other
   * request ever sees it.
   */
  private static final ThreadLocal<Session> SAVED = new ThreadLocal<>();

  @Override
  public void save(Session session) {
    delegate.save(unwrap(session));
    SAVED.set(session);
  }

  @Override
  public Session findById(String id) {
    Session saved = SAVED.get();
    SAVED.remove();
    if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
      return saved;
    }
    Session found = delegate.findById(id);
    return found == null ? null : new Quiet(found);
  }

  @Override
  public void deleteById(String id) {
    delegate.deleteById(id);
  }

  @Override
  public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
    Map<String, Session> sessions = new LinkedHashMap<>();
    delegate
        .findByIndexNameAndIndexValue(indexName, indexValue)
        .forEach((id, session) -> sessions.put(id, new Quiet(session)));
    return sessions;
  }

  private static Session unwrap(Session session) {
    return session instanceof Quiet quiet ? quiet.session : session;
  }

  /** A session whose last-access time moves only once a minute; everything else passes. */
  private static final class Quiet implements Session {

    private final Session session;

    Quiet(Session session) {
      this.session = session;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      Instant stored = session.getLastAccessedTime();
      if (stored == null || !lastAccessedTime.isBefore(stored.plus(TOUCH_AFTER))) {
        session.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public String changeSessionId() {
      return session.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String name) {
      return session.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
      return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, Object value) {
      session.setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
      session.removeAttribute(name);
    }

    @Override
    public Instant getCreationTime() {
      return session.getCreationTime();
    }

    @Override
    public Instant getLastAccessedTime() {
      return session.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return session.isExpired();
    }
  }

  /** Limits {@link #SAVED} to one request: runs just outside Spring Session's filter. */
  static final class RequestScope extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      SAVED.remove();
      try {
        chain.doFilter(request, response);
      } finally {
        SAVED.remove();
      }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
      return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
      return false;
    }
  }

  /** Registers {@link RequestScope} just before Spring Session's filter. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(JdbcIndexedSessionRepository.class)
  static class RequestScopeRegistration {

    @Bean
    FilterRegistrationBean<RequestScope> quietSessionRequestScope() {
      FilterRegistrationBean<RequestScope> registration =
          new FilterRegistrationBean<>(new RequestScope());
      registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
      registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
      return registration;
    }
  }

  /** Puts the decorator in front of Spring Session's JDBC repository. */
  @Component
  @ConditionalOnClass(JdbcIndexedSessionRepository.class)
  static class Installer implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      return bean instanceof JdbcIndexedSessionRepository jdbc
          ? new QuietSessionRepository(jdbc)
          : bean;
    }
  }
}
