package vn.congressplanner.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template to an A4 PDF: the same engine, messages and {@code @fmt} bean as the
 * pages, then jsoup (HTML to a W3C document) and openhtmltopdf on PDFBox. The fonts come from the
 * classpath (DejaVu Sans, licence beside them in {@code fonts/}) so that Vietnamese diacritics come
 * out right whatever fonts the server has.
 */
@Component
class PdfRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";

  private final ITemplateEngine templates;
  private final ApplicationContext application;

  PdfRenderer(ITemplateEngine templates, ApplicationContext application) {
    this.templates = templates;
    this.application = application;
  }

  byte[] render(String template, Map<String, Object> variables, Locale locale) {
    Context context = new Context(locale, variables);
    // Lets templates reach beans (@fmt) outside a web request, as they do in one.
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(application, null));
    String html = templates.process(template, context);
    org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      font(builder, "/fonts/DejaVuSans.ttf", 400);
      font(builder, "/fonts/DejaVuSans-Bold.ttf", 700);
      builder.withW3cDocument(document, "/");
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void font(PdfRendererBuilder builder, String resource, int weight) {
    builder.useFont(
        () -> PdfRenderer.class.getResourceAsStream(resource),
        FONT_FAMILY,
        weight,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
  }
}
