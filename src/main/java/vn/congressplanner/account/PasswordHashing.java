package vn.congressplanner.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordHashing {

  static final String DEFAULT_ID = "bcrypt-sha256";

  /**
   * bcrypt reads at most 72 bytes, and a Vietnamese letter can take three bytes in UTF-8, so a long
   * passphrase would be refused (or, with older libraries, silently truncated). New hashes are
   * bcrypt over the base64 SHA-256 of the NFC-normalised passphrase (44 bytes): every byte counts,
   * and "ễ" typed precomposed or decomposed is the same letter. Plain {@code {bcrypt}} hashes still
   * verify.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    return new DelegatingPasswordEncoder(
        DEFAULT_ID, Map.of(DEFAULT_ID, new Sha256Bcrypt(bcrypt), "bcrypt", bcrypt));
  }

  static final class Sha256Bcrypt implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt;

    Sha256Bcrypt(BCryptPasswordEncoder bcrypt) {
      this.bcrypt = bcrypt;
    }

    @Override
    public String encode(CharSequence raw) {
      return bcrypt.encode(prehash(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
      return raw != null && bcrypt.matches(prehash(raw), encoded);
    }

    private static String prehash(CharSequence raw) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(
                    Normalizer.normalize(raw, Normalizer.Form.NFC)
                        .getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every JRE", e);
      }
    }
  }
}
