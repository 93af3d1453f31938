package vn.congressplanner.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins, counted in token buckets (Bucket4j) per client address and per account + address
 * (issue 11 §6):
 *
 * <ul>
 *   <li>an <b>address</b> has {@code planner.login.address-failures} (20) failed attempts per
 *       {@code planner.login.address-window} (10 minutes), refilled gradually: guessing from one
 *       machine slows to two tries a minute, whatever the usernames;
 *   <li>an <b>account from one address</b> is locked after {@code planner.login.account-failures}
 *       (5) failures within a {@code planner.login.lock-for} window (15 minutes), until the window
 *       ends (at most 15 minutes). The lock is per pair, so an anonymous client who knows a
 *       username (HTTP Basic needs no form, no CSRF token) locks out only itself, never the
 *       account's owner at their own desk.
 * </ul>
 *
 * A success clears the pair. The buckets live in this instance's memory, bounded to the {@link
 * #MAX_KEYS} most recent keys, so addresses an attacker makes up cannot exhaust it; with several
 * instances behind a balancer each keeps its own count (a client spread over N instances gets N
 * times the budget, still bounded). Behind a reverse proxy set {@code
 * server.forward-headers-strategy=native} (or framework) so that the address is the client's.
 */
@Component
class LoginThrottle {

  static final int MAX_KEYS = 10_000;

  private final int addressFailures;
  private final Duration addressWindow;
  private final int accountFailures;
  private final Duration lockFor;
  private final Map<String, Bucket> addresses = lru();
  private final Map<String, Bucket> pairs = lru();

  LoginThrottle(
      @Value("${planner.login.address-failures:20}") int addressFailures,
      @Value("${planner.login.address-window:PT10M}") Duration addressWindow,
      @Value("${planner.login.account-failures:5}") int accountFailures,
      @Value("${planner.login.lock-for:PT15M}") Duration lockFor) {
    this.addressFailures = addressFailures;
    this.addressWindow = addressWindow;
    this.accountFailures = accountFailures;
    this.lockFor = lockFor;
  }

  /** Whether this address has used up its failed attempts for now. */
  boolean addressBlocked(String address) {
    Bucket bucket = find(addresses, address);
    return bucket != null && bucket.getAvailableTokens() <= 0;
  }

  /** Whether this account is locked for this address. */
  boolean pairLocked(String username, String address) {
    Bucket bucket = find(pairs, pairKey(username, address));
    return bucket != null && bucket.getAvailableTokens() <= 0;
  }

  void failed(String username, String address) {
    bucket(addresses, address, this::addressBucket).tryConsume(1);
    if (username != null) {
      bucket(pairs, pairKey(username, address), this::pairBucket).tryConsume(1);
    }
  }

  void succeeded(String username, String address) {
    synchronized (pairs) {
      pairs.remove(pairKey(username, address));
    }
  }

  /** An administrator's password reset unlocks the account from every address. */
  void forget(String username) {
    String prefix = pairKey(username, "");
    synchronized (pairs) {
      pairs.keySet().removeIf(key -> key.startsWith(prefix));
    }
  }

  private Bucket addressBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(addressFailures)
                .refillGreedy(addressFailures, addressWindow)
                .build())
        .build();
  }

  /** All the tokens come back at once when the window ends. */
  private Bucket pairBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(accountFailures)
                .refillIntervally(accountFailures, lockFor)
                .build())
        .build();
  }

  private static String pairKey(String username, String address) {
    return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "\n" + address;
  }

  private static Bucket find(Map<String, Bucket> map, String key) {
    synchronized (map) {
      return map.get(key);
    }
  }

  private static Bucket bucket(Map<String, Bucket> map, String key, Supplier<Bucket> create) {
    synchronized (map) {
      return map.computeIfAbsent(key, k -> create.get());
    }
  }

  private static Map<String, Bucket> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > MAX_KEYS;
      }
    };
  }
}
