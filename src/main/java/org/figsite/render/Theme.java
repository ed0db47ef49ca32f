package org.figsite.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.figsite.diag.Problem;
import org.figsite.diag.ProblemException;
import org.figsite.diag.SourcePos;

/**
 * The site's FreeMarker templates: a file in the site's {@code templates/} folder overrides the
 * built-in one of the same name shipped in the jar. One Configuration for the whole build; it is
 * thread-safe once set up. HTML templates ({@code .ftlh}) escape every interpolation.
 */
public final class Theme {
  /** The hint on a syntax error whose full account is long; pointless once --verbose printed it. */
  public static final String VERBOSE_HINT = "run with --verbose to see what FreeMarker expected here";

  private final Configuration cfg;
  private final Path siteTemplates;
  private final String siteTemplatesDisplay;

  public Theme(Path siteTemplates, String siteTemplatesDisplay) throws IOException {
    this.siteTemplates = siteTemplates;
    this.siteTemplatesDisplay = siteTemplatesDisplay;
    this.cfg = configuration(siteTemplates);
  }

  /** One FreeMarker set-up for the whole build: the site's templates over the built-in ones. */
  private static Configuration configuration(Path siteTemplates) throws IOException {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
    }
    loaders.add(new ClassTemplateLoader(Theme.class, BuiltinTheme.ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setURLEscapingCharset("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    // Rethrows every error; one naming something not in the model is explained here, where the
    // environment still holds the object that lacks it.
    cfg.setTemplateExceptionHandler((te, env, out) -> {
      if (te instanceof InvalidReferenceException) {
        Optional<MissingNames.Explanation> x = MissingNames.explain(te.getBlamedExpressionString(), env);
        if (x.isPresent()) throw new Explained(te, x.get(), env);
      }
      throw te;
    });
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    // Templates are the site owner's, but nothing in them should reach Java classes.
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setLocalizedLookup(false);
    cfg.setObjectWrapper(new ViewWrapper(Configuration.VERSION_2_3_34));
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    // FreeMarker's HTML format with a faster escaper (same output) for .ftlh files. FreeMarker's
    // own mapping of .ftlh to its HTML format would win over a template configuration: off.
    cfg.setRecognizeStandardFileExtensions(false);
    TemplateConfiguration html = new TemplateConfiguration();
    html.setOutputFormat(HtmlOutput.INSTANCE);
    cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlh"), html));
    return cfg;
  }

  /** Loads (and caches) a template, or returns the positioned problem that stops it. */
  public Template template(String name) throws TemplateProblem {
    try {
      return cfg.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw new TemplateProblem(Problem.error(SourcePos.ofFile(displayName(name)), "template not found")
          .withHint("figsite's built-in theme has it; did you delete or rename a template?"));
    } catch (ParseException e) {
      throw new TemplateProblem(syntaxProblem(e, name));
    } catch (IOException e) {
      throw new TemplateProblem(Problem.error(SourcePos.ofFile(displayName(name)), "cannot read template: " + e.getMessage()));
    }
  }

  /** Renders a template with the given data model, as UTF-8. */
  public byte[] render(Template t, Map<String, Object> model, String renderingWhat) throws TemplateProblem {
    // One buffer per thread, reused: a new 16 KB buffer per page (and per 700-byte stub) was a
    // tenth of all the bytes a build allocated.
    Utf8Buffer w = PAGE_BUFFER.get();
    w.reset();
    try {
      process(t, model, renderingWhat, w);
      return w.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    } finally {
      // A rare huge page (a site page with a big table) should not stay in memory for the build.
      if (w.capacity() > MAX_KEPT_BUFFER) PAGE_BUFFER.remove();
    }
  }

  private static final int MAX_KEPT_BUFFER = 1 << 20;
  private static final ThreadLocal<Utf8Buffer> PAGE_BUFFER = ThreadLocal.withInitial(() -> new Utf8Buffer(16 * 1024));

  /**
   * Renders a template straight into {@code out} as UTF-8, through a buffer of fixed size: for
   * listings, whose pages grow with the corpus. On a template error, part of the page may have
   * been written.
   */
  public void render(Template t, Map<String, Object> model, String renderingWhat, OutputStream out)
      throws TemplateProblem, IOException {
    Utf8Buffer w = new Utf8Buffer(64 * 1024, out);
    process(t, model, renderingWhat, w);
    w.finish();
  }

  private void process(Template t, Map<String, Object> model, String renderingWhat, Writer w)
      throws TemplateProblem, IOException {
    try {
      t.process(model, w);
    } catch (TemplateException thrown) {
      Optional<MissingNames.Explanation> explained = thrown instanceof Explained x ? Optional.of(x.explanation) : Optional.empty();
      TemplateException e = thrown instanceof Explained x ? x.original : thrown;
      // A syntax error in an imported or included template surfaces here, wrapped, and positioned at
      // the #import; report it where it is instead.
      Optional<ParseException> syntax = causeOfType(e, ParseException.class);
      if (syntax.isPresent()) throw new TemplateProblem(syntaxProblem(syntax.get(), t.getSourceName()));
      String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : t.getSourceName();
      Integer line = e.getLineNumber();
      Integer col = e.getColumnNumber();
      SourcePos pos = line == null ? SourcePos.ofFile(displayName(name))
          : new SourcePos(displayName(name), line, col == null ? 1 : col);
      boolean missing = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null;
      // FreeMarker's first line for a missing value ("The following has evaluated to null or
      // missing:") does not say which value; the blamed expression does.
      String msg = explained.map(MissingNames.Explanation::message)
          .orElse(missing ? e.getBlamedExpressionString() + " is null or missing" : firstLine(e.getMessageWithoutStackTop()));
      String hint = explained.map(MissingNames.Explanation::hint)
          .orElse(missing ? "use ${x!''} or <#if x??> for values a record may lack" : "");
      throw new TemplateProblem(Problem.error(pos, "template error while rendering " + renderingWhat + ": " + msg)
          .withSourceLine(line == null ? "" : sourceLine(name, line))
          .withHint(hint)
          .withDetail(e.getMessage()));
    }
  }

  /** Where a template comes from, for messages and {@code figsite templates --list}. */
  public String displayName(String name) {
    if (name == null) return "templates";
    if (Files.isRegularFile(siteTemplates.resolve(name))) {
      return siteTemplatesDisplay + "/" + name;
    }
    return "(built-in) " + name;
  }

  /** Whether the site overrides the named template or static file. */
  public Optional<Path> siteFile(String name) {
    Path p = siteTemplates.resolve(name).normalize();
    return p.startsWith(siteTemplates.normalize()) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  private String sourceLine(String name, int line) {
    try {
      Object src = cfg.getTemplateLoader().findTemplateSource(name);
      if (src == null) return "";
      try (java.io.Reader r = cfg.getTemplateLoader().getReader(src, "UTF-8");
          java.io.BufferedReader br = new java.io.BufferedReader(r)) {
        String l = null;
        for (int i = 0; i < line; i++) l = br.readLine();
        return l == null ? "" : l;
      } finally {
        cfg.getTemplateLoader().closeTemplateSource(src);
      }
    } catch (IOException e) {
      return "";
    }
  }

  private Problem syntaxProblem(ParseException e, String fallbackName) {
    String name = e.getTemplateName() != null ? e.getTemplateName() : fallbackName;
    SourcePos pos = new SourcePos(displayName(name), Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber()));
    String first = firstLine(e.getEditorMessage());
    // "Encountered "/", but was expecting one of these patterns:" is followed by a long list of
    // tokens: keep the headline to the part that says what went wrong.
    boolean listFollows = first.endsWith(":");
    String message = listFollows ? first.substring(0, first.length() - 1).replaceFirst(", but was expecting.*$", "") : first;
    return Problem.error(pos, "template syntax: " + message)
        .withSourceLine(sourceLine(name, e.getLineNumber()))
        .withHint(listFollows ? VERBOSE_HINT : "")
        .withDetail(e.getMessage());
  }

  private static <T extends Throwable> Optional<T> causeOfType(Throwable t, Class<T> type) {
    for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (type.isInstance(c)) return Optional.of(type.cast(c));
    }
    return Optional.empty();
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    String t = s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  /** A reference to a name the model lacks, with its explanation; thrown by the exception handler. */
  private static final class Explained extends TemplateException {
    private static final long serialVersionUID = 1L;
    private final transient TemplateException original;
    private final transient MissingNames.Explanation explanation;

    Explained(TemplateException original, MissingNames.Explanation explanation, freemarker.core.Environment env) {
      super(original.getMessageWithoutStackTop(), original, env);
      this.original = original;
      this.explanation = explanation;
    }
  }

  /** A problem in a template, positioned in the template file. */
  public static final class TemplateProblem extends ProblemException {
    private static final long serialVersionUID = 1L;

    public TemplateProblem(Problem problem) {
      super(problem);
    }
  }
}
