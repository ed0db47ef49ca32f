package org.figsite.render;

import java.io.IOException;

/** Assembles {@code 404.html} with {@code 404.ftlh}, which GitHub Pages serves for any missing path. */
public final class NotFoundPage {
  public static final String PATH = "/404.html";

  private NotFoundPage() {}

  public static void write(PageWriter pages) throws IOException, Theme.TemplateProblem {
    pages.write(PATH, pages.template("404.ftlh"), pages.model(PATH, "", pages.config().description()), "404.html");
  }
}
