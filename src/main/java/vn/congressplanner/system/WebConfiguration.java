package vn.congressplanner.system;

import jakarta.servlet.DispatcherType;
import java.beans.PropertyEditorSupport;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** Vietnamese by default; {@code ?lang=en} switches to English and is remembered in a cookie. */
  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("planner-lang");
    resolver.setDefaultLocale(VIETNAMESE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  /** Multipart bodies read before Spring Security reads a parameter (see the filter). */
  @Bean
  FilterRegistrationBean<MultipartRefusals> multipartRefusals() {
    FilterRegistrationBean<MultipartRefusals> registration =
        new FilterRegistrationBean<>(new MultipartRefusals());
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
    return registration;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }

  /**
   * Keeps a field's text exactly as typed (blank becomes {@code null}): for passwords, where a
   * space is a character like any other. Register per field in a controller's {@code @InitBinder}.
   */
  public static PropertyEditorSupport rawText() {
    return new PropertyEditorSupport() {
      @Override
      public void setAsText(String text) {
        setValue(text == null || text.isEmpty() ? null : text);
      }
    };
  }

  /** Every text a user types is trimmed and normalised to Unicode NFC before it reaches a form. */
  @ControllerAdvice
  static class NfcBinding {

    @InitBinder
    void nfcStrings(WebDataBinder binder) {
      binder.registerCustomEditor(
          String.class,
          new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
              setValue(Texts.clean(text));
            }

            @Override
            public String getAsText() {
              Object value = getValue();
              return value == null ? "" : value.toString();
            }
          });
    }
  }
}
